import { Spinner } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { SecretKeyCheck } from './SecretKeyCheck';

/** Picks an existing Secret of the namespace and checks its keys live (names only). */
export const ExistingSecretField = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, cluster } = useFormContext();
  const { storage } = state.values;
  const setName = (secretName: string) => dispatch({ type: 'storage', patch: { secretName } });
  const names = cluster.secretNames;
  const helperText = t('The Secret with the object storage location and credentials.');
  return (
    <>
      {cluster.secretNamesLoaded && names.length > 0 ? (
        <SelectField
          field="storage.secretName"
          label={t('Secret')}
          isRequired
          value={storage.secretName}
          options={[
            { value: '', label: t('Select a Secret'), isDisabled: true },
            ...(storage.secretName && !names.includes(storage.secretName)
              ? [{ value: storage.secretName, label: storage.secretName }]
              : []),
            ...names.map((name) => ({ value: name, label: name })),
          ]}
          onChange={setName}
          helperText={helperText}
        />
      ) : (
        <TextField
          field="storage.secretName"
          label={t('Secret name')}
          isRequired
          value={storage.secretName}
          onChange={setName}
          helperText={helperText}
        />
      )}
      {storage.secretName && cluster.secretKeys === undefined && !cluster.lookups.storageSecret ? (
        <Spinner size="md" aria-label={t('Reading the Secret')} />
      ) : null}
      {cluster.secretKeys ? (
        <SecretKeyCheck
          keys={cluster.secretKeys}
          type={storage.type}
          credentialMode={storage.credentialMode}
        />
      ) : null}
    </>
  );
};
