import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { ConfigurationErrorPart } from '../../../tempostack/health';
import type { TempoStack } from '../../../tempostack/types';
import { GCS_TOKEN_FILE, storageSecretRequirements } from '../../../tempostack/validation-storage';

/**
 * Plain words for one part of a `ConfigurationError` message (`explainConfigurationError`),
 * naming the stack's storage secret and, for a missing key, every key the secret needs.
 * `undefined` for unrecognised text (the caller shows the operator's message).
 */
export const useConfigurationErrorText = (
  stack: TempoStack,
): ((part: ConfigurationErrorPart) => string | undefined) => {
  const { t } = useTempoTranslation();
  const storage = stack.spec.storage?.secret;
  const secret = storage?.name ?? '';
  return useCallback(
    ({ code, params }: ConfigurationErrorPart): string | undefined => {
      switch (code) {
        case 'storageSecretNotFound':
          return t(
            'The storage secret "{{secret}}" does not exist in this namespace. Create it, or set spec.storage.secret.name to an existing secret.',
            { secret: params.secret ?? secret },
          );
        case 'storageSecretFetchFailed':
          return t('The operator could not read the storage secret: {{error}}', {
            error: params.error,
          });
        case 'storageCAConfigMapNotFound':
          return t(
            'The CA ConfigMap "{{configMap}}" set in spec.storage.tls.caName does not exist in this namespace.',
            { configMap: params.configMap },
          );
        case 'storageCAConfigMapFetchFailed':
          return t('The operator could not read the storage CA ConfigMap: {{error}}', {
            error: params.error,
          });
        case 'storageCAConfigMapMissingKey':
          return t(
            'The storage CA ConfigMap has none of the keys service-ca.crt, ca.crt or ca-bundle.crt.',
          );
        case 'storageSecretTypeRequired':
          return t('spec.storage.secret.type is required: set s3, azure or gcs.');
        case 'storageSecretTypeInvalid':
          return t('"{{type}}" is not a storage type: use s3, azure or gcs.', {
            type: params.type,
          });
        case 'storageSecretMixedCredentials':
          return t(
            'The storage secret "{{secret}}" mixes long-lived keys with short-lived token credentials. Keep only one kind.',
            { secret },
          );
        case 'storageSecretMissingKey': {
          const keys = storage?.type
            ? storageSecretRequirements(storage.type, storage.credentialMode ?? 'static')
            : [];
          const missing = t('The storage secret "{{secret}}" has no "{{key}}" key.', {
            secret,
            key: params.key,
          });
          return keys.length > 0
            ? `${missing} ${t('A {{type}} secret needs the keys: {{keys}}.', {
                type: storage?.type,
                keys: keys.join(', '),
              })}`
            : missing;
        }
        case 'storageSecretInvalidEndpoint':
          return t(
            'The "endpoint" key of the storage secret "{{secret}}" is not a valid URL. Include the scheme, for example https://s3.example.com.',
            { secret },
          );
        case 'storageSecretInvalidGcsKey':
          return t('The "key.json" of the storage secret "{{secret}}" is not valid JSON.', {
            secret,
          });
        case 'storageGcsCredentialSourceInvalid':
          return t('The credential source in "key.json" must point to the token file {{file}}.', {
            file: GCS_TOKEN_FILE,
          });
        case 'storageCredentialModeUnsupported':
          return t('This credential mode is not supported for {{provider}} storage.', {
            provider: params.provider,
          });
        case 'storageTLSUnsupported':
          return t(
            'Custom TLS settings (spec.storage.tls) are not supported for {{provider}} storage.',
            { provider: params.provider },
          );
        case 'storageTokenCCOWithoutCCOEnvironment':
          return t(
            'Credential mode token-cco needs a cluster whose Cloud Credential Operator runs in short-term credentials mode.',
          );
        case 'storageNotConfigured':
          return t('No storage secret is configured: set spec.storage.secret.');
        case 'missingTenantSecret':
          return t('The secret of tenant "{{tenant}}" is missing.', { tenant: params.tenant });
        case 'invalidTenantSecret':
          return t('A gateway tenant secret has invalid contents.');
        case 'invalidTenantsConfiguration':
          return t('The tenants configuration is invalid: {{detail}}', { detail: params.detail });
        case 'missingOpenShiftBaseDomain':
          return t(
            "The operator could not read the cluster's base domain from the IngressController or DNS configuration.",
          );
        case 'invalidTLSProfile':
          return t("The operator could not read the cluster's TLS security profile.");
        case 'upgradeFailed':
          return t("Upgrading the stack to the operator's version failed: {{error}}", {
            error: params.error,
          });
        default:
          return undefined;
      }
    },
    [t, secret, storage],
  );
};
