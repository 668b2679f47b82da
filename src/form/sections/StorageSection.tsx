import { Checkbox, FormGroup, Radio } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { presetFor } from '../../tempostack/form/secret-presets';
import { CA_CONFIGMAP_KEYS } from '../../tempostack/validation-storage';
import { STORAGE_TYPES, type StorageType } from '../../tempostack/types';
import { storageCredentialModeSupported } from '../../tempostack/validation';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { ExistingSecretField } from './ExistingSecretField';
import { InlineSecretFields } from './InlineSecretFields';
import { StorageChangeWarnings } from './StorageChangeWarnings';

export interface StorageSectionProps {
  /** Keys of the inline Secret whose values a restored draft did not keep. */
  secretKeysToReenter?: readonly string[];
}

/** Object storage: type, Secret (existing or created inline), TLS, volume size and class. */
export const StorageSection = ({ secretKeysToReenter = [] }: StorageSectionProps) => {
  const { t } = useTempoTranslation();
  const { state, dispatch, operation, cluster, messagesFor } = useFormContext();
  const { storage, newSecret } = state.values;
  const typeLabels: Record<StorageType, string> = {
    s3: t('Amazon S3 or S3-compatible'),
    azure: t('Azure Blob Storage'),
    gcs: t('Google Cloud Storage'),
  };
  const setType = (type: StorageType) => {
    dispatch({
      type: 'storage',
      patch: {
        type,
        credentialMode:
          storage.credentialMode && storageCredentialModeSupported(type, storage.credentialMode)
            ? storage.credentialMode
            : '',
      },
    });
    dispatch({ type: 'newSecret', patch: { preset: presetFor(newSecret.preset, type).id } });
  };
  const isS3 = storage.type === 's3';
  return (
    <>
      <StorageChangeWarnings />
      <FormGroup
        role="radiogroup"
        isInline
        fieldId={fieldDomId('storage.type')}
        label={t('Storage type')}
        isRequired
      >
        {STORAGE_TYPES.map((type) => (
          <Radio
            key={type}
            id={`${fieldDomId('storage.type')}-${type}`}
            data-test={`storage.type-${type}`}
            name="storageType"
            label={typeLabels[type]}
            isChecked={storage.type === type}
            onChange={() => setType(type)}
          />
        ))}
        <FieldMessages field="storage.type" messages={messagesFor('storage.type')} />
      </FormGroup>
      {operation === 'create' ? (
        <FormGroup
          role="radiogroup"
          isInline
          fieldId={fieldDomId('storage.secretSource')}
          label={t('Storage Secret')}
        >
          <Radio
            id={`${fieldDomId('storage.secretSource')}-existing`}
            data-test="storage.secretSource-existing"
            name="secretSource"
            label={t('Use an existing Secret')}
            isChecked={storage.secretSource === 'existing'}
            onChange={() => dispatch({ type: 'storage', patch: { secretSource: 'existing' } })}
          />
          <Radio
            id={`${fieldDomId('storage.secretSource')}-new`}
            data-test="storage.secretSource-new"
            name="secretSource"
            label={t('Create a Secret')}
            isChecked={storage.secretSource === 'new'}
            onChange={() => dispatch({ type: 'storage', patch: { secretSource: 'new' } })}
          />
        </FormGroup>
      ) : null}
      {storage.secretSource === 'new' && operation === 'create' ? (
        <InlineSecretFields secretKeysToReenter={secretKeysToReenter} />
      ) : (
        <ExistingSecretField />
      )}
      <SelectField
        field="storage.credentialMode"
        label={t('Credential mode')}
        value={storage.credentialMode}
        options={[
          { value: '', label: t('Detect from the Secret’s keys') },
          { value: 'static', label: t('Static keys') },
          { value: 'token', label: t('Short-lived token') },
          {
            value: 'token-cco',
            label: t('Token from the cloud credential operator (S3 only)'),
            isDisabled: !isS3,
          },
        ]}
        onChange={(credentialMode) => dispatch({ type: 'storage', patch: { credentialMode } })}
        helperText={t(
          'Leave it to detection unless the operator must use a specific mode: keys such as region or role_arn mean a token, access keys mean static credentials.',
        )}
      />
      <FormGroup fieldId={fieldDomId('storage.tlsEnabled')} label={t('TLS')}>
        <Checkbox
          id={fieldDomId('storage.tlsEnabled')}
          data-test="storage.tlsEnabled"
          label={t('Connect to the object store with TLS using a custom CA')}
          description={
            isS3
              ? t('For S3 endpoints with a certificate from a private CA.')
              : t('Custom TLS is supported for S3 only.')
          }
          isChecked={storage.tlsEnabled}
          isDisabled={!isS3 && !storage.tlsEnabled}
          onChange={(_event, tlsEnabled) => {
            dispatch({ type: 'storage', patch: { tlsEnabled } });
            dispatch({ type: 'touch', field: 'storage.tlsEnabled' });
          }}
        />
        <FieldMessages field="storage.tlsEnabled" messages={messagesFor('storage.tlsEnabled')} />
      </FormGroup>
      {storage.tlsEnabled ? (
        <SelectField
          field="storage.caName"
          label={t('CA ConfigMap')}
          value={storage.caName}
          options={[
            { value: '', label: t('No custom CA (use the system trust)') },
            ...(storage.caName && !cluster.configMapNames.includes(storage.caName)
              ? [{ value: storage.caName, label: storage.caName }]
              : []),
            ...cluster.configMapNames.map((name) => ({ value: name, label: name })),
          ]}
          onChange={(caName) => dispatch({ type: 'storage', patch: { caName } })}
          helperText={t('A ConfigMap with the CA bundle under one of the keys {{keys}}.', {
            keys: CA_CONFIGMAP_KEYS.join(', '),
          })}
        />
      ) : null}
      <TextField
        field="storage.storageSize"
        label={t('Ingester volume size')}
        value={storage.storageSize}
        placeholder="10Gi"
        onChange={(storageSize) => dispatch({ type: 'storage', patch: { storageSize } })}
        helperText={t(
          'Size of each ingester’s PersistentVolumeClaim (write-ahead log). Default: 10Gi.',
        )}
      />
      <TextField
        field="storage.storageClassName"
        label={t('Storage class')}
        value={storage.storageClassName}
        onChange={(storageClassName) => dispatch({ type: 'storage', patch: { storageClassName } })}
        helperText={t('Leave empty for the cluster’s default storage class.')}
      />
    </>
  );
};
