/**
 * The reconcile-time configuration checks that end in a `ConfigurationError` condition
 * (validation-rules.md §D): the storage secret (the webhook's storage rules, messages joined with
 * `, `), `token-cco` without a CCO environment, the tenant rules, the static-mode OIDC tenant
 * secrets, and the OpenShift base domain. On success they return what the manifests need.
 *
 * TODO(domain): the domain core validates admission (`validateStorage`, `validateTenants`, used
 * here) but has no §D function; the reasons and message prefixes below come from
 * validation-rules.md §D.
 */
import type { TempoStack } from '../../src/tempostack/types';
import { validateTenants } from '../../src/tempostack/validation-gateway';
import { validateStorage } from '../../src/tempostack/validation-storage';
import type { ClusterApi } from '../cluster/api';
import { isNotFound, statusOf } from '../controllers/api-errors';
import { REFS } from '../controllers/refs';
import { decodeSecretData } from './secret-data';
import type { ManifestContext } from './manifest-context';
import type { StorageSettings } from './tempo-config';

/** A configuration problem: the `ConfigurationError` reason and message. */
export class ConfigurationError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

const errorText = (error: unknown): string =>
  statusOf(error)?.message ?? (error instanceof Error ? error.message : String(error));

/** Checks the storage secret; returns the storage settings for the config. */
export const checkStorage = async (
  api: ClusterApi,
  stack: TempoStack,
  ccoEnvironment: boolean,
): Promise<StorageSettings & { secretName: string }> => {
  const secretSpec = stack.spec.storage.secret;
  const namespace = stack.metadata.namespace ?? '';
  if (secretSpec.credentialMode === 'token-cco' && !ccoEnvironment) {
    throw new ConfigurationError(
      'InvalidStorageConfig',
      'cannot configure tempo in CCO mode without CCO environment',
    );
  }
  let data: Record<string, string> | undefined;
  let lookupError: string | undefined;
  try {
    data = decodeSecretData(await api.get(REFS.secrets, secretSpec.name, namespace));
  } catch (error) {
    lookupError = errorText(error);
  }
  const findings = validateStorage(stack.spec, {
    storageSecret: data
      ? { name: secretSpec.name, data }
      : { error: lookupError ?? 'unknown error' },
  });
  if (findings.length > 0 || !data) {
    throw new ConfigurationError('InvalidStorageConfig', findings.map((f) => f.message).join(', '));
  }
  const endpoint = data.endpoint;
  return {
    secretName: secretSpec.name,
    type: secretSpec.type,
    bucket: secretSpec.type === 'gcs' ? data.bucketname : data.bucket,
    endpoint,
    insecure: endpoint?.startsWith('http://') ?? false,
    container: data.container,
    region: data.region,
  };
};

/** Checks the tenant configuration; returns the static-mode OIDC client data per tenant. */
export const checkTenants = async (
  api: ClusterApi,
  stack: TempoStack,
  appsDomain: string | undefined,
): Promise<ManifestContext['tenantSecrets']> => {
  const tenants = stack.spec.tenants;
  if (!tenants) return {};
  const invalid = validateTenants(stack.spec).find((f) => f.severity === 'error');
  if (invalid) {
    throw new ConfigurationError(
      'InvalidTenantsConfiguration',
      `Invalid tenants configuration: ${invalid.message}`,
    );
  }
  if ((tenants.mode ?? 'static') === 'openshift') {
    if (!appsDomain) {
      throw new ConfigurationError(
        'CouldNotGetOpenShiftBaseDomain',
        'Missing OpenShift IngressController and cluster DNS configuration to read base domain',
      );
    }
    return {};
  }
  const secrets: ManifestContext['tenantSecrets'] = {};
  for (const tenant of tenants.authentication ?? []) {
    const secretName = tenant.oidc?.secret?.name;
    if (!secretName) continue;
    let data: Record<string, string>;
    try {
      data = decodeSecretData(await api.get(REFS.secrets, secretName, stack.metadata.namespace));
    } catch (error) {
      if (isNotFound(error)) {
        throw new ConfigurationError(
          'ReasonMissingGatewayTenantSecret',
          `Missing secrets for tenant ${tenant.tenantName}`,
        );
      }
      throw new Error(
        `failed to lookup tempostack gateway tenant secret, name: ${stack.metadata.namespace ?? ''}/${secretName}, error: ${errorText(error)}`,
      );
    }
    if (!data.clientID) {
      throw new ConfigurationError(
        'ReasonMissingGatewayTenantSecret',
        'Invalid gateway tenant secret contents',
      );
    }
    secrets[tenant.tenantName] = {
      clientID: data.clientID,
      clientSecret: data.clientSecret,
      issuerCAPath: data.issuerCAPath,
    };
  }
  return secrets;
};
