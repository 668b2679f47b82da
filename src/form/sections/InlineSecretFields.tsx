import { FileUpload, FormGroup } from '@patternfly/react-core';
import { useState } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import {
  IBM_COS_REGIONS,
  ibmCosEndpoint,
  presetFor,
  presetsFor,
  type SecretPresetField,
} from '../../tempostack/form/secret-presets';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { useSecretKeyLabels } from './useSecretKeyLabels';

/**
 * The Secret the wizard creates: a preset for the object store, its name and its keys. Values stay
 * in memory and go only into the Secret create request.
 */
export const InlineSecretFields = ({
  secretKeysToReenter,
}: {
  secretKeysToReenter: readonly string[];
}) => {
  const { t } = useTempoTranslation();
  const { state, dispatch, messagesFor } = useFormContext();
  const { storage, newSecret } = state.values;
  const preset = presetFor(newSecret.preset, storage.type);
  const labels = useSecretKeyLabels();
  const [fileName, setFileName] = useState('');
  const setKey = (key: string, value: string) =>
    dispatch({ type: 'newSecret', patch: { data: { ...newSecret.data, [key]: value } } });
  const presetLabels: Record<string, string> = {
    minio: t('MinIO or another S3-compatible store'),
    'ibm-cos': t('IBM Cloud Object Storage (HMAC keys)'),
    'aws-sts': t('Amazon S3 with a short-lived token (STS)'),
    azure: t('Azure Blob Storage'),
    gcs: t('Google Cloud Storage'),
  };

  const field = ({ key, kind }: SecretPresetField) => {
    const name = `newSecret.data.${key}`;
    if (kind === 'file') {
      const id = fieldDomId(name);
      const messages = messagesFor(name);
      return (
        <FormGroup key={key} label={labels.label(key)} isRequired fieldId={id}>
          <FileUpload
            id={id}
            data-test={name}
            type="text"
            hideDefaultPreview
            filename={fileName}
            filenamePlaceholder={t('Upload the service account key (JSON)')}
            browseButtonText={t('Upload')}
            value={newSecret.data[key] ?? ''}
            onFileInputChange={(_event, file) => {
              setFileName(file.name);
              void file.text().then((text) => setKey(key, text));
              dispatch({ type: 'touch', field: name });
            }}
            onClearClick={() => {
              setFileName('');
              setKey(key, '');
            }}
          />
          <FieldMessages
            field={name}
            messages={messages}
            helperText={labels.help(key, preset.id)}
          />
        </FormGroup>
      );
    }
    return (
      <TextField
        key={key}
        field={name}
        label={labels.label(key)}
        isRequired
        type={kind === 'password' ? 'password' : kind === 'url' ? 'url' : 'text'}
        value={newSecret.data[key] ?? ''}
        onChange={(value) => setKey(key, value)}
        helperText={labels.help(key, preset.id)}
        placeholder={
          key === 'endpoint' && preset.id === 'ibm-cos' ? ibmCosEndpoint('us-east') : undefined
        }
      />
    );
  };

  return (
    <>
      <SelectField
        field="newSecret.preset"
        label={t('Object store')}
        value={preset.id}
        options={presetsFor(storage.type).map((p) => ({ value: p.id, label: presetLabels[p.id] }))}
        onChange={(id) => dispatch({ type: 'newSecret', patch: { preset: id, region: '' } })}
      />
      <TextField
        field="storage.secretName"
        label={t('Secret name')}
        isRequired
        value={storage.secretName}
        onChange={(secretName) => dispatch({ type: 'storage', patch: { secretName } })}
        helperText={t('The wizard creates this Secret first, then the TempoStack.')}
      />
      {secretKeysToReenter.length > 0 ? (
        <FieldMessages
          messages={[]}
          helperText={t('Secret values are never saved in the draft: enter {{keys}} again.', {
            keys: secretKeysToReenter.join(', '),
          })}
        />
      ) : null}
      {preset.id === 'ibm-cos' ? (
        <SelectField
          field="newSecret.region"
          label={t('Region')}
          value={newSecret.region}
          options={[
            { value: '', label: t('Select a region to fill in the endpoint') },
            ...IBM_COS_REGIONS.map((region) => ({ value: region, label: region })),
          ]}
          onChange={(region) =>
            dispatch({
              type: 'newSecret',
              patch: {
                region,
                data: region
                  ? { ...newSecret.data, endpoint: ibmCosEndpoint(region) }
                  : newSecret.data,
              },
            })
          }
          helperText={t('Sets the endpoint to the region’s public S3 endpoint.')}
        />
      ) : null}
      {preset.fields.map(field)}
    </>
  );
};
