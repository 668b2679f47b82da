import { FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useFormContext } from '../state/TempoStackFormContext';
import { FieldMessages, validatedOf } from './FieldMessages';
import { fieldDomId } from './fieldId';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  isDisabled?: boolean;
}

export interface SelectFieldProps<T extends string> {
  field: string;
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  helperText?: ReactNode;
  labelHelp?: React.ReactElement;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/** A native select bound to one field (keyboard and screen-reader friendly). */
export const SelectField = <T extends string>({
  field,
  label,
  value,
  options,
  onChange,
  helperText,
  labelHelp,
  isRequired,
  isDisabled,
}: SelectFieldProps<T>) => {
  const { dispatch, messagesFor } = useFormContext();
  const messages = messagesFor(field);
  const id = fieldDomId(field);
  return (
    <FormGroup label={label} isRequired={isRequired} fieldId={id} labelHelp={labelHelp}>
      <FormSelect
        id={id}
        data-test={field}
        value={value}
        isDisabled={isDisabled}
        validated={validatedOf(messages)}
        aria-describedby={`${id}-helper`}
        onChange={(_event, next) => {
          onChange(next as T);
          dispatch({ type: 'touch', field });
        }}
      >
        {options.map((option) => (
          <FormSelectOption
            key={option.value}
            value={option.value}
            label={option.label}
            isDisabled={option.isDisabled}
          />
        ))}
      </FormSelect>
      <FieldMessages id={`${id}-helper`} messages={messages} helperText={helperText} />
    </FormGroup>
  );
};
