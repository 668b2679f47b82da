import { Button, Flex, FlexItem, FormGroup, TextInput } from '@patternfly/react-core';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import type { ReactNode } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { KeyValue } from '../../tempostack/form/form-types';
import { useFormContext } from '../state/TempoStackFormContext';
import { FieldMessages } from './FieldMessages';
import { fieldDomId } from './fieldId';

export interface KeyValueEditorProps {
  field: string;
  label: string;
  /** One entry, for the add and remove buttons (e.g. "annotation"). */
  itemName: string;
  pairs: readonly KeyValue[];
  onChange: (pairs: KeyValue[]) => void;
  helperText?: ReactNode;
  isDisabled?: boolean;
}

/** Rows of key and value inputs (annotations, labels), with add and remove. */
export const KeyValueEditor = ({
  field,
  label,
  itemName,
  pairs,
  onChange,
  helperText,
  isDisabled,
}: KeyValueEditorProps) => {
  const { t } = useTempoTranslation();
  const { dispatch, messagesFor } = useFormContext();
  const id = fieldDomId(field);
  const update = (index: number, patch: Partial<KeyValue>) =>
    onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  return (
    <FormGroup label={label} fieldId={`${id}-0-key`} role="group" data-test={field}>
      {pairs.map((pair, i) => (
        <Flex key={i} spaceItems={{ default: 'spaceItemsSm' }} flexWrap={{ default: 'nowrap' }}>
          <FlexItem flex={{ default: 'flex_1' }}>
            <TextInput
              id={`${id}-${i}-key`}
              data-test={`${field}.${i}.key`}
              aria-label={t('{{label}} key {{index}}', { label, index: i + 1 })}
              placeholder={t('Key')}
              value={pair.key}
              isDisabled={isDisabled}
              onChange={(_event, key) => update(i, { key })}
              onBlur={() => dispatch({ type: 'touch', field })}
            />
          </FlexItem>
          <FlexItem flex={{ default: 'flex_1' }}>
            <TextInput
              id={`${id}-${i}-value`}
              data-test={`${field}.${i}.value`}
              aria-label={t('{{label}} value {{index}}', { label, index: i + 1 })}
              placeholder={t('Value')}
              value={pair.value}
              isDisabled={isDisabled}
              onChange={(_event, value) => update(i, { value })}
            />
          </FlexItem>
          <FlexItem>
            <Button
              variant="plain"
              icon={<MinusCircleIcon />}
              aria-label={t('Remove {{item}} {{index}}', { item: itemName, index: i + 1 })}
              isDisabled={isDisabled}
              onClick={() => onChange(pairs.filter((_, j) => j !== i))}
            />
          </FlexItem>
        </Flex>
      ))}
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        isDisabled={isDisabled}
        data-test={`${field}.add`}
        onClick={() => onChange([...pairs, { key: '', value: '' }])}
      >
        {t('Add {{item}}', { item: itemName })}
      </Button>
      <FieldMessages field={field} messages={messagesFor(field)} helperText={helperText} />
    </FormGroup>
  );
};
