/**
 * Storage validation of the TempoStack webhook (validation-rules.md §C 3–17), following the
 * operator's `GetStorageParamsForTempoStack`: fetch the secret → discover the credential mode →
 * check the keys → check TLS, stopping at the first stage that fails. A fetch failure that is the
 * only storage error becomes a warning (rule 3). Secret values are read only to check them.
 */
import { parseRequestURI } from './go-url';
import type { CredentialMode, SecretInput, StorageType, TempoStackSpec } from './types';
import { isLookupError, type Finding, type ValidationLookups } from './validation-types';

const SECRET_NAME_PATH = 'spec.storage.secret.name';
const CA_NAME_PATH = 'spec.storage.tls.caName';

/** Where a GCS workload-identity credential source must point. */
export const GCS_TOKEN_FILE = '/var/run/secrets/storage/serviceaccount/token';

/** Keys of a CA ConfigMap the operator accepts, in the order it checks them. */
export const CA_CONFIGMAP_KEYS = ['service-ca.crt', 'ca.crt', 'ca-bundle.crt'] as const;

const REQUIRED_KEYS: Readonly<Record<StorageType, Readonly<Record<CredentialMode, string[]>>>> = {
  s3: {
    static: ['bucket', 'endpoint', 'access_key_id', 'access_key_secret'],
    token: ['bucket', 'region', 'role_arn'],
    'token-cco': ['bucket', 'region'],
  },
  azure: {
    static: ['container', 'account_name', 'account_key'],
    token: ['container', 'account_name', 'client_id', 'tenant_id'],
    'token-cco': [],
  },
  gcs: {
    static: ['bucketname', 'key.json'],
    token: ['bucketname', 'key.json'],
    'token-cco': [],
  },
};

/**
 * The keys a storage secret needs (non-empty) for a storage type and credential mode. GCS static:
 * the webhook only insists on a parsable `key.json`, but Tempo also needs `bucketname`. Azure and
 * GCS do not support `token-cco` at all (see {@link storageCredentialModeSupported}): `[]`.
 */
export const storageSecretRequirements = (type: StorageType, mode: CredentialMode): string[] => [
  ...REQUIRED_KEYS[type][mode],
];

/** Whether the operator supports a credential mode for a storage type (`token-cco`: S3 only). */
export const storageCredentialModeSupported = (type: StorageType, mode: CredentialMode): boolean =>
  mode !== 'token-cco' || type === 's3';

const secretError = (
  rule: string,
  code: string,
  message: string,
  secretName: string,
  params?: Record<string, string | number>,
): Finding => ({
  rule,
  path: SECRET_NAME_PATH,
  severity: 'error',
  message,
  code,
  value: secretName,
  ...(params ? { params } : {}),
});

const missingKeys = (rule: string, secret: SecretInput, keys: readonly string[]): Finding[] =>
  keys
    .filter((key) => !secret.data[key])
    .map((key) =>
      secretError(
        rule,
        'storageSecretMissingKey',
        `storage secret must contain "${key}" field`,
        secret.name,
        {
          key,
        },
      ),
    );

const has = (secret: SecretInput, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(secret.data, key);

const mixedCredentials = (secret: SecretInput): Finding =>
  secretError(
    'C6',
    'storageSecretMixedCredentials',
    'storage secret contains fields for long lived and short lived configuration',
    secret.name,
  );

/** Go `discoverS3CredentialType`: key presence decides (`region`/`role_arn` mean token). */
const discoverS3Mode = (secret: SecretInput): CredentialMode | Finding => {
  const shortLived = ['region', 'role_arn'].some((key) => has(secret, key));
  const longLived = ['endpoint', 'access_key_id', 'access_key_secret'].some((key) =>
    has(secret, key),
  );
  if (shortLived && longLived) return mixedCredentials(secret);
  return shortLived ? 'token' : 'static';
};

/** Go `discoverAzureCredentialType`: `tenant_id` means token, `account_key` static. */
const discoverAzureMode = (secret: SecretInput): CredentialMode | Finding => {
  const shortLived = has(secret, 'tenant_id');
  if (shortLived && has(secret, 'account_key')) return mixedCredentials(secret);
  return shortLived ? 'token' : 'static';
};

interface GcsCredentials {
  type: string;
  file: string;
}

/** The last value whose key matches `name` case-insensitively, as Go's `encoding/json` picks it. */
const field = (object: Record<string, unknown>, name: string): unknown[] =>
  Object.entries(object)
    .filter(([key]) => key.toLowerCase() === name)
    .map(([, value]) => value);

const stringField = (values: unknown[]): string | undefined => {
  if (values.some((v) => v !== null && typeof v !== 'string')) return undefined;
  const last = values[values.length - 1];
  return typeof last === 'string' ? last : '';
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Go `extractGoogleCredentialSource`: the key.json `type` and `credential_source.file`. */
const readGcsKey = (secret: SecretInput): GcsCredentials | string => {
  const keyJson = secret.data['key.json'];
  if (!keyJson) return 'missing secret field key.json';
  const unparsable = 'gcp storage secret cannot be parsed from JSON content';
  let parsed: unknown;
  try {
    parsed = JSON.parse(keyJson);
  } catch {
    return unparsable;
  }
  if (parsed === null) return { type: '', file: '' };
  if (!isObject(parsed)) return unparsable;
  const type = stringField(field(parsed, 'type'));
  const sources = field(parsed, 'credential_source');
  if (type === undefined || sources.some((s) => s !== null && !isObject(s))) return unparsable;
  const source = sources[sources.length - 1];
  const file = isObject(source) ? stringField(field(source, 'file')) : '';
  return file === undefined ? unparsable : { type, file };
};

const gcsKeyError = (secret: SecretInput, message: string): Finding =>
  secretError(
    'C13',
    message.startsWith('missing') ? 'gcsKeyJsonMissing' : 'gcsKeyJsonInvalid',
    message,
    secret.name,
  );

const discoverGcsMode = (secret: SecretInput): CredentialMode | Finding => {
  const key = readGcsKey(secret);
  if (typeof key === 'string') return gcsKeyError(secret, key);
  return key.type === 'external_account' ? 'token' : 'static';
};

const s3KeyErrors = (secret: SecretInput, mode: CredentialMode): Finding[] => {
  const rule = mode === 'static' ? 'C7' : 'C9';
  const errors = missingKeys(rule, secret, REQUIRED_KEYS.s3[mode]);
  if (mode === 'static' && has(secret, 'endpoint')) {
    const parsed = parseRequestURI(secret.data.endpoint);
    if ('error' in parsed || parsed.scheme === '') {
      errors.push(
        secretError(
          'C8',
          'storageSecretInvalidEndpoint',
          '"endpoint" field of storage secret must be a valid URL',
          secret.name,
        ),
      );
    }
  }
  return errors;
};

const gcsTokenErrors = (secret: SecretInput): Finding[] => {
  const errors = missingKeys('C14', secret, REQUIRED_KEYS.gcs.token);
  if (errors.length > 0) return errors;
  const key = readGcsKey(secret);
  if (typeof key === 'string') return [gcsKeyError(secret, key)];
  if (key.file === GCS_TOKEN_FILE) return [];
  return [
    secretError(
      'C14',
      'gcsCredentialSourceInvalid',
      'credential source in secret needs to point to token file',
      secret.name,
    ),
  ];
};

const tlsUnsupported = (rule: string, code: string, provider: string): Finding => ({
  rule,
  path: 'spec.storage.tls.enabled',
  severity: 'error',
  message: `custom TLS settings are not supported for ${provider}`,
  code,
  value: true,
});

const unsupportedMode = (rule: string, code: string, message: string): Finding => ({
  rule,
  path: SECRET_NAME_PATH,
  severity: 'error',
  message,
  code,
  value: 'token-cco',
  valueFormat: 'json',
});

/**
 * A failed fetch ends the storage checks, so it is always the only storage error: the webhook
 * reports it as a warning (rule C3).
 */
const fetchWarning = (
  path: string,
  message: string,
  code: string,
  params: Record<string, string>,
  value: string,
): Finding[] => [{ rule: 'C3', path, severity: 'warning', message, code, params, value }];

const caErrors = (spec: TempoStackSpec, lookups: ValidationLookups): Finding[] => {
  const caName = spec.storage?.tls?.caName;
  const configMap = lookups.caConfigMap;
  if (!spec.storage?.tls?.enabled || !caName || configMap === undefined) return [];
  if (isLookupError(configMap)) {
    return fetchWarning(
      CA_NAME_PATH,
      `could not fetch ConfigMap: ${configMap.error}`,
      'caConfigMapUnavailable',
      { configMap: caName },
      caName,
    );
  }
  if (CA_CONFIGMAP_KEYS.some((key) => configMap.data[key])) return [];
  return [
    {
      rule: 'C17',
      path: CA_NAME_PATH,
      severity: 'error',
      message: "CA ConfigMap must contain a 'service-ca.crt', 'ca.crt', or 'ca-bundle.crt' key",
      code: 'caConfigMapMissingKey',
      params: { configMap: configMap.name },
      value: configMap.name,
    },
  ];
};

/** Credential mode: explicit, discovered from the secret, or unknown (secret not looked up). */
const credentialMode = (
  explicit: CredentialMode | undefined,
  secret: SecretInput | undefined,
  discover: (secret: SecretInput) => CredentialMode | Finding,
): CredentialMode | Finding | undefined => explicit || (secret ? discover(secret) : undefined);

/**
 * The webhook's storage findings (rules C3–C17). Checks that need the secret or the CA ConfigMap
 * are skipped while that lookup is `undefined`; the checks that do not need it still run.
 */
export const validateStorage = (spec: TempoStackSpec, lookups: ValidationLookups): Finding[] => {
  const secretSpec = spec.storage?.secret;
  const name = secretSpec?.name ?? '';
  const lookup = lookups.storageSecret;
  if (isLookupError(lookup)) {
    return fetchWarning(
      SECRET_NAME_PATH,
      `could not fetch storage configuration secret: ${lookup.error}. Tempo will start once the storage secret is available`,
      'storageSecretUnavailable',
      { secret: name },
      name,
    );
  }
  const secret = lookup;
  const type: string = secretSpec?.type ?? '';
  const explicit = secretSpec?.credentialMode;
  const tlsEnabled = spec.storage?.tls?.enabled === true;
  switch (type) {
    case 's3': {
      const mode = credentialMode(explicit, secret, discoverS3Mode);
      if (typeof mode === 'object') return [mode];
      const keyErrors = secret && mode ? s3KeyErrors(secret, mode) : [];
      return keyErrors.length > 0 ? keyErrors : caErrors(spec, lookups);
    }
    case 'azure': {
      const mode = credentialMode(explicit, secret, discoverAzureMode);
      if (typeof mode === 'object') return [mode];
      if (mode === 'token-cco') {
        return [
          unsupportedMode(
            'C11',
            'azureTokenCcoUnsupported',
            'not supported by azure secret credential mode',
          ),
        ];
      }
      const keyErrors = secret && mode ? missingKeys('C10', secret, REQUIRED_KEYS.azure[mode]) : [];
      if (keyErrors.length > 0) return keyErrors;
      return tlsEnabled
        ? [tlsUnsupported('C12', 'azureCustomTlsUnsupported', 'Azure Storage')]
        : [];
    }
    case 'gcs': {
      const mode = credentialMode(explicit, secret, discoverGcsMode);
      if (typeof mode === 'object') return [mode];
      if (mode === 'token-cco') {
        return [
          unsupportedMode('C15', 'gcsTokenCcoUnsupported', 'credential mode not supported for GCS'),
        ];
      }
      const keyErrors = secret && mode === 'token' ? gcsTokenErrors(secret) : [];
      if (keyErrors.length > 0) return keyErrors;
      return tlsEnabled
        ? [tlsUnsupported('C16', 'gcsCustomTlsUnsupported', 'Google Cloud Storage')]
        : [];
    }
    case '':
      return [
        {
          rule: 'C4',
          path: 'spec.storage.secret.type',
          severity: 'error',
          message: 'storage secret type is required',
          code: 'storageSecretTypeRequired',
          value: '',
          valueFormat: 'json',
        },
      ];
    default:
      return [
        {
          rule: 'C5',
          path: 'spec.storage.secret.type',
          severity: 'error',
          message: `${type} is not an allowed storage secret type`,
          code: 'storageSecretTypeUnknown',
          params: { type },
          value: type,
          valueFormat: 'json',
        },
      ];
  }
};
