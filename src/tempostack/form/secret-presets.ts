/**
 * The storage Secrets the wizard can create inline, one preset per common object store, with the
 * keys the operator reads for it (the required ones come from `storageSecretRequirements`). The
 * values typed into them go only into the Secret create request built by `buildStorageSecret`.
 */
import type { CredentialMode, SecretInput, StorageType } from '../types';
import { storageSecretRequirements } from '../validation-storage';

export const SECRET_PRESET_IDS = ['minio', 'ibm-cos', 'aws-sts', 'azure', 'gcs'] as const;
export type SecretPresetId = (typeof SECRET_PRESET_IDS)[number];

/** How a key is entered: plain text, masked text, or a file read in the browser. */
export type SecretFieldKind = 'text' | 'url' | 'password' | 'file';

export interface SecretPresetField {
  key: string;
  kind: SecretFieldKind;
}

export interface SecretPreset {
  id: SecretPresetId;
  type: StorageType;
  /** The mode the operator discovers from these keys (the TempoStack does not need to set it). */
  credentialMode: CredentialMode;
  fields: readonly SecretPresetField[];
}

const KIND: Readonly<Record<string, SecretFieldKind>> = {
  endpoint: 'url',
  access_key_secret: 'password',
  account_key: 'password',
  'key.json': 'file',
};

const preset = (
  id: SecretPresetId,
  type: StorageType,
  credentialMode: CredentialMode,
): SecretPreset => ({
  id,
  type,
  credentialMode,
  fields: storageSecretRequirements(type, credentialMode).map((key) => ({
    key,
    kind: KIND[key] ?? 'text',
  })),
});

export const SECRET_PRESETS: Readonly<Record<SecretPresetId, SecretPreset>> = {
  minio: preset('minio', 's3', 'static'),
  'ibm-cos': preset('ibm-cos', 's3', 'static'),
  'aws-sts': preset('aws-sts', 's3', 'token'),
  azure: preset('azure', 'azure', 'static'),
  gcs: preset('gcs', 'gcs', 'static'),
};

/** The presets for a storage type, in menu order. */
export const presetsFor = (type: StorageType): SecretPreset[] =>
  SECRET_PRESET_IDS.map((id) => SECRET_PRESETS[id]).filter((p) => p.type === type);

/** The preset for an id, falling back to the first preset of the type. */
export const presetFor = (id: string, type: StorageType): SecretPreset => {
  const known = (SECRET_PRESET_IDS as readonly string[]).includes(id)
    ? SECRET_PRESETS[id as SecretPresetId]
    : undefined;
  return known && known.type === type ? known : presetsFor(type)[0];
};

/** IBM Cloud Object Storage regions with a regional (cross-zone) S3 endpoint. */
export const IBM_COS_REGIONS = [
  'us-south',
  'us-east',
  'ca-tor',
  'br-sao',
  'eu-gb',
  'eu-de',
  'eu-es',
  'jp-tok',
  'jp-osa',
  'au-syd',
] as const;

/** The public S3 endpoint of an IBM Cloud Object Storage region. */
export const ibmCosEndpoint = (region: string): string =>
  `https://s3.${region}.cloud-object-storage.appdomain.cloud`;

/** The preset's keys with a non-empty value, in the preset's order. */
const filledData = (
  preset: SecretPreset,
  data: Readonly<Record<string, string>>,
): Record<string, string> =>
  Object.fromEntries(
    preset.fields.flatMap(({ key }) => (data[key] ? [[key, data[key]] as const] : [])),
  );

/** The Secret as validation sees it (for the live key checks before it exists). */
export const storageSecretInput = (
  name: string,
  preset: SecretPreset,
  data: Readonly<Record<string, string>>,
): SecretInput => ({ name, data: filledData(preset, data) });

/** A Secret object the wizard sends. */
export interface StorageSecretObject {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; namespace: string };
  type: 'Opaque';
  stringData: Record<string, string>;
}

/** The Secret create request body: only the preset's keys, only those with a value. */
export const buildStorageSecret = (
  name: string,
  namespace: string,
  preset: SecretPreset,
  data: Readonly<Record<string, string>>,
): StorageSecretObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace },
  type: 'Opaque',
  stringData: filledData(preset, data),
});
