import { FormGroup, Radio } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { RECOMMENDED_MAX_NAME_LENGTH } from '../../tempostack/validation-names';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useNamespaceNames } from '../hooks/useNamespaceNames';
import { useFormContext } from '../state/TempoStackFormContext';

/** Namespace, name and management state. Name and namespace cannot change once created. */
export const BasicsSection = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, operation, messagesFor } = useFormContext();
  const { values } = state;
  const namespaces = useNamespaceNames();
  const isEdit = operation === 'update';
  const namespaceOptions = [
    ...(values.namespace && !namespaces.names?.includes(values.namespace)
      ? [values.namespace]
      : []),
    ...(namespaces.names ?? []),
  ];
  return (
    <>
      {namespaces.names && !isEdit ? (
        <SelectField
          field="namespace"
          label={t('Namespace')}
          isRequired
          value={values.namespace}
          options={[
            { value: '', label: t('Select a namespace'), isDisabled: true },
            ...namespaceOptions.map((ns) => ({ value: ns, label: ns })),
          ]}
          onChange={(namespace) => dispatch({ type: 'basics', patch: { namespace } })}
          helperText={t(
            'The TempoStack, its Secret and everything the operator creates for it live here.',
          )}
        />
      ) : (
        <TextField
          field="namespace"
          label={t('Namespace')}
          isRequired
          isDisabled={isEdit}
          value={values.namespace}
          onChange={(namespace) => dispatch({ type: 'basics', patch: { namespace } })}
        />
      )}
      <TextField
        field="name"
        label={t('Name')}
        isRequired
        isDisabled={isEdit}
        value={values.name}
        onChange={(name) => dispatch({ type: 'basics', patch: { name } })}
        helperText={
          isEdit
            ? t('The name of an existing TempoStack cannot change.')
            : t(
                'Lower case letters, digits and "-", starting with a letter. The operator rejects names over 63 characters; keep it to {{max}} or fewer, because it names objects such as the Service tempo-NAME-query-frontend-discovery, which may not exceed 63 characters.',
                { max: RECOMMENDED_MAX_NAME_LENGTH },
              )
        }
      />
      <FormGroup
        role="radiogroup"
        isInline
        fieldId={fieldDomId('managementState')}
        label={t('Management state')}
      >
        <Radio
          id={`${fieldDomId('managementState')}-managed`}
          name="managementState"
          label={t('Managed')}
          description={t('The operator creates and updates every component of the stack.')}
          isChecked={values.managementState === 'Managed'}
          onChange={() => dispatch({ type: 'basics', patch: { managementState: 'Managed' } })}
        />
        <Radio
          id={`${fieldDomId('managementState')}-unmanaged`}
          name="managementState"
          label={t('Unmanaged')}
          description={t(
            'The operator leaves the components alone: changes to the stack take effect only when it is Managed again.',
          )}
          isChecked={values.managementState === 'Unmanaged'}
          onChange={() => dispatch({ type: 'basics', patch: { managementState: 'Unmanaged' } })}
        />
        <FieldMessages field="managementState" messages={messagesFor('managementState')} />
      </FormGroup>
    </>
  );
};
