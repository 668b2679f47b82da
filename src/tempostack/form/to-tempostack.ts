/**
 * The TempoStack the form's values describe, merged over a base object (the stored object when
 * editing, the YAML-edited object in the wizard) so that every field the form does not show —
 * unknown or newer spec fields, labels, annotations, status — is kept as it is. Fields the form
 * shows are written only when their value differs from the stored one, so a stored object that
 * the user did not change comes back identical.
 */
import type { TempoStack } from '../types';
import { TEMPOSTACK_API_VERSION, TEMPOSTACK_KIND } from '../types';
import {
  COMPONENT_SPEC_PATH,
  REPLICATED_COMPONENTS,
  RESOURCE_COMPONENTS,
  type QueryFields,
  type TempoStackFormValues,
  type TenancyFields,
} from './form-types';
import { parseInteger, splitList, textOrUnset } from './form-text';
import {
  getPath,
  isJsonObject,
  setPath,
  writeField,
  type JsonObject,
  type WriteOptions,
} from './object-path';

const SPEC = ['spec'];
const TEMPLATE = ['spec', 'template'];
const JAEGER = ['spec', 'template', 'queryFrontend', 'jaegerQuery'];
const INGRESS = [...JAEGER, 'ingress'];
const TENANTS = ['spec', 'tenants'];

const falseIsUnset: WriteOptions = {
  unsetLike: (stored) => stored === undefined || stored === null || stored === false,
};

const text = (root: JsonObject, path: readonly string[], value: string): void =>
  writeField(root, path, textOrUnset(value));

const integer = (root: JsonObject, path: readonly string[], value: string): void =>
  writeField(root, path, parseInteger(value));

const flag = (root: JsonObject, path: readonly string[], value: boolean): void =>
  writeField(root, path, value ? true : undefined, falseIsUnset);

const writeStorage = (root: JsonObject, values: TempoStackFormValues): void => {
  const { storage } = values;
  setPath(root, ['spec', 'storage', 'secret', 'name'], storage.secretName.trim());
  setPath(root, ['spec', 'storage', 'secret', 'type'], storage.type);
  text(root, ['spec', 'storage', 'secret', 'credentialMode'], storage.credentialMode);
  flag(root, ['spec', 'storage', 'tls', 'enabled'], storage.tlsEnabled);
  text(root, ['spec', 'storage', 'tls', 'caName'], storage.caName);
  text(root, [...SPEC, 'storageSize'], storage.storageSize);
  text(root, [...SPEC, 'storageClassName'], storage.storageClassName);
};

const writeSizing = (root: JsonObject, values: TempoStackFormValues): void => {
  const { sizing } = values;
  text(root, [...SPEC, 'size'], sizing.size);
  text(root, ['spec', 'resources', 'total', 'limits', 'cpu'], sizing.totalCpu);
  text(root, ['spec', 'resources', 'total', 'limits', 'memory'], sizing.totalMemory);
  integer(root, [...SPEC, 'replicationFactor'], sizing.replicationFactor);
  for (const component of REPLICATED_COMPONENTS) {
    integer(
      root,
      [...COMPONENT_SPEC_PATH[component], 'replicas'],
      sizing.components[component].replicas,
    );
  }
  for (const component of RESOURCE_COMPONENTS) {
    const fields = sizing.components[component];
    const resources = [...COMPONENT_SPEC_PATH[component], 'resources'];
    text(root, [...resources, 'requests', 'cpu'], fields.cpuRequest);
    text(root, [...resources, 'requests', 'memory'], fields.memoryRequest);
    text(root, [...resources, 'limits', 'cpu'], fields.cpuLimit);
    text(root, [...resources, 'limits', 'memory'], fields.memoryLimit);
  }
};

const annotationsOf = (query: QueryFields): Record<string, string> | undefined => {
  const entries = query.annotations
    .filter(({ key }) => key.trim() !== '')
    .map(({ key, value }) => [key.trim(), value] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
};

const writeAuthentication = (root: JsonObject, query: QueryFields): void => {
  const path = [...JAEGER, 'authentication'];
  const enabledPath = [...path, 'enabled'];
  if (query.authentication === 'default') {
    // Only an absent `authentication` lets the operator decide; resources set on it keep it.
    writeField(root, enabledPath, undefined, { unsetLike: (stored) => stored === undefined });
    writeField(root, [...path, 'sar'], undefined, { unsetLike: (stored) => stored === undefined });
    return;
  }
  if (query.authentication === 'enabled') {
    writeField(root, enabledPath, true);
  } else {
    const stored = getPath(root, enabledPath);
    const present = isJsonObject(getPath(root, path));
    if (!present || (stored !== undefined && stored !== false)) setPath(root, enabledPath, false);
  }
  text(root, [...path, 'sar'], query.sar);
};

const writeQuery = (root: JsonObject, values: TempoStackFormValues): void => {
  const { query } = values;
  flag(root, [...JAEGER, 'enabled'], query.jaegerEnabled);
  writeField(
    root,
    [...INGRESS, 'type'],
    query.ingressType === 'none' ? undefined : query.ingressType,
    {
      unsetLike: (stored) => stored === undefined || stored === '' || stored === 'none',
    },
  );
  text(root, [...INGRESS, 'host'], query.host);
  writeField(root, [...INGRESS, 'annotations'], annotationsOf(query));
  text(root, [...INGRESS, 'route', 'termination'], query.termination);
  text(root, [...INGRESS, 'ingressClassName'], query.ingressClassName);
  text(root, [...JAEGER, 'servicesQueryDuration'], query.servicesQueryDuration);
  writeAuthentication(root, query);
  integer(root, ['spec', 'search', 'defaultResultLimit'], query.searchDefaultResultLimit);
  integer(root, ['spec', 'search', 'maxResultLimit'], query.searchMaxResultLimit);
  text(root, ['spec', 'search', 'maxDuration'], query.searchMaxDuration);
};

/** Items of a stored list, merged with the form's items by position (unknown fields kept). */
const mergeItems = (
  stored: unknown,
  items: JsonObject[],
  write: (target: JsonObject, index: number) => void,
): JsonObject[] | undefined => {
  if (items.length === 0) return undefined;
  const previous = Array.isArray(stored) ? stored : [];
  return items.map((_, i) => {
    const target: JsonObject = isJsonObject(previous[i]) ? structuredClone(previous[i]) : {};
    write(target, i);
    return target;
  });
};

const writeTenantFields = (root: JsonObject, tenancy: TenancyFields): void => {
  if (tenancy.mode === 'none') return;
  writeField(root, [...TENANTS, 'mode'], tenancy.mode === 'static' ? undefined : 'openshift', {
    unsetLike: (stored) => stored === undefined || stored === 'static',
  });
  const staticMode = tenancy.mode === 'static';
  const authentication = mergeItems(
    getPath(root, [...TENANTS, 'authentication']),
    tenancy.tenants.map(() => ({})),
    (target, i) => {
      const tenant = tenancy.tenants[i];
      setPath(target, ['tenantName'], tenant.name.trim());
      setPath(target, ['tenantId'], tenant.id.trim());
      if (!staticMode) return;
      text(target, ['oidc', 'secret', 'name'], tenant.oidcSecretName);
      text(target, ['oidc', 'issuerURL'], tenant.issuerURL);
      text(target, ['oidc', 'redirectURL'], tenant.redirectURL);
      text(target, ['oidc', 'groupClaim'], tenant.groupClaim);
      text(target, ['oidc', 'usernameClaim'], tenant.usernameClaim);
    },
  );
  writeField(root, [...TENANTS, 'authentication'], authentication);
  if (!staticMode) return;
  const authorization = [...TENANTS, 'authorization'];
  const roles = mergeItems(
    getPath(root, [...authorization, 'roles']),
    tenancy.roles.map(() => ({})),
    (target, i) => {
      const role = tenancy.roles[i];
      setPath(target, ['name'], role.name.trim());
      setPath(target, ['resources'], splitList(role.resources));
      setPath(target, ['tenants'], splitList(role.tenants));
      const permissions = [...(role.read ? ['read'] : []), ...(role.write ? ['write'] : [])];
      const stored = target.permissions;
      const same =
        Array.isArray(stored) &&
        stored.length === permissions.length &&
        permissions.every((p) => stored.includes(p));
      if (!same) setPath(target, ['permissions'], permissions);
    },
  );
  writeField(root, [...authorization, 'roles'], roles);
  const bindings = mergeItems(
    getPath(root, [...authorization, 'roleBindings']),
    tenancy.roleBindings.map(() => ({})),
    (target, i) => {
      const binding = tenancy.roleBindings[i];
      setPath(target, ['name'], binding.name.trim());
      setPath(target, ['roles'], splitList(binding.roles));
      setPath(
        target,
        ['subjects'],
        binding.subjects
          .filter((subject) => subject.name.trim() !== '')
          .map((subject) => ({ kind: subject.kind, name: subject.name.trim() })),
      );
    },
  );
  writeField(root, [...authorization, 'roleBindings'], bindings);
};

const writeTenants = (root: JsonObject, tenancy: TenancyFields): void => {
  if (tenancy.mode === 'none') {
    writeField(root, TENANTS, undefined);
    return;
  }
  // A new tenancy states its mode; a stored one keeps how it said it (or did not).
  if (!isJsonObject(getPath(root, TENANTS))) setPath(root, TENANTS, { mode: tenancy.mode });
  writeTenantFields(root, tenancy);
  // Removing the last tenant field must not remove tenancy itself.
  if (!isJsonObject(getPath(root, TENANTS))) setPath(root, TENANTS, { mode: tenancy.mode });
};

const writeLimits = (root: JsonObject, values: TempoStackFormValues): void => {
  const { limits } = values;
  const ingestion = ['spec', 'limits', 'global', 'ingestion'];
  const query = ['spec', 'limits', 'global', 'query'];
  text(root, ['spec', 'retention', 'global', 'traces'], limits.retention);
  text(root, [...SPEC, 'timeout'], limits.timeout);
  integer(root, [...ingestion, 'ingestionBurstSizeBytes'], limits.ingestionBurstSizeBytes);
  integer(root, [...ingestion, 'ingestionRateLimitBytes'], limits.ingestionRateLimitBytes);
  integer(root, [...ingestion, 'maxBytesPerTrace'], limits.maxBytesPerTrace);
  integer(root, [...ingestion, 'maxTracesPerUser'], limits.maxTracesPerUser);
  integer(root, [...query, 'maxBytesPerTagValues'], limits.maxBytesPerTagValues);
  text(root, [...query, 'maxSearchDuration'], limits.maxSearchDuration);
};

/** The TempoStack for the form's values, merged over `base` (which is not changed). */
export const toTempoStack = (values: TempoStackFormValues, base?: TempoStack): TempoStack => {
  const root = (base ? structuredClone(base) : {}) as JsonObject;
  root.apiVersion = TEMPOSTACK_API_VERSION;
  root.kind = TEMPOSTACK_KIND;
  if (!isJsonObject(root.metadata)) root.metadata = {};
  if (!isJsonObject(root.spec)) root.spec = {};
  setPath(root, ['metadata', 'name'], values.name.trim());
  setPath(root, ['metadata', 'namespace'], values.namespace.trim());
  writeField(
    root,
    [...SPEC, 'managementState'],
    values.managementState === 'Unmanaged' ? 'Unmanaged' : undefined,
    {
      unsetLike: (stored) => stored === undefined || stored === 'Managed',
    },
  );
  writeStorage(root, values);
  writeSizing(root, values);
  writeQuery(root, values);
  writeTenants(root, values.tenancy);
  flag(root, [...TEMPLATE, 'gateway', 'enabled'], values.tenancy.gatewayEnabled);
  // The CRD requires `enabled` whenever `gateway` is present (e.g. for its resources).
  if (
    isJsonObject(getPath(root, [...TEMPLATE, 'gateway'])) &&
    getPath(root, [...TEMPLATE, 'gateway', 'enabled']) === undefined
  ) {
    setPath(root, [...TEMPLATE, 'gateway', 'enabled'], false);
  }
  writeLimits(root, values);
  if (!isJsonObject(root.spec)) root.spec = {};
  return root as unknown as TempoStack;
};
