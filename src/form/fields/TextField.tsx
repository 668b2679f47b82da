import { FormGroup, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useFormContext } from '../state/TempoStackFormContext';
import { FieldMessages, validatedOf } from './FieldMessages';
import { fieldDomId } from './fieldId';

export interface TextFieldProps {
  /** Dotted path of the field in the form values (also its `data-test`). */
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Help shown under the field while it has no message. */
  helperText?: ReactNode;
  /** A popover button next to the label. */
  labelHelp?: React.ReactElement;
  isRequired?: boolean;
  isDisabled?: boolean;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  /** Messages of these fields are shown too (e.g. the Secret's key checks on its name). */
  messagesOf?: string;
}

/** A text input bound to one field, with its messages shown once touched. */
export const TextField = ({
  field,
  label,
  value,
  onChange,
  helperText,
  labelHelp,
  isRequired,
  isDisabled,
  type = 'text',
  placeholder,
  messagesOf,
}: TextFieldProps) => {
  const { dispatch, messagesFor } = useFormContext();
  const messages = messagesFor(messagesOf ?? field);
  const id = fieldDomId(field);
  return (
    <FormGroup label={label} isRequired={isRequired} fieldId={id} labelHelp={labelHelp}>
      <TextInput
        id={id}
        data-test={field}
        type={type}
        value={value}
        isRequired={isRequired}
        isDisabled={isDisabled}
        placeholder={placeholder}
        validated={validatedOf(messages)}
        aria-describedby={`${id}-helper`}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        onChange={(_event, next) => onChange(next)}
        onBlur={() => dispatch({ type: 'touch', field })}
      />
      <FieldMessages id={`${id}-helper`} messages={messages} helperText={helperText} />
    </FormGroup>
  );
};
