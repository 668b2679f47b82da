/**
 * The form's starting values: empty ones for a new TempoStack (`emptyFormValues`) and the values of
 * a stored TempoStack (`toFormValues`). The way back is `toTempoStack` (`to-tempostack.ts`).
 */
import type {
  AuthenticationSpec,
  CredentialMode,
  IngressSpec,
  QuantityValue,
  ResourceRequirements,
  RoleBindingsSpec,
  RoleSpec,
  TempoStack,
  TShirtSize,
} from '../types';
import { CREDENTIAL_MODES, STORAGE_TYPES, TSHIRT_SIZES } from '../types';
import {
  COMPONENT_SPEC_PATH,
  RESOURCE_COMPONENTS,
  type AuthenticationChoice,
  type ComponentFields,
  type FormIngressType,
  type ResourceComponent,
  type RoleBindingFields,
  type RoleFields,
  type TempoStackFormValues,
  type TenantFields,
} from './form-types';
import { getPath, isJsonObject } from './object-path';

/** Text of a stored scalar (`undefined`/`null`/objects: empty). */
export const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

const quantityText = (value: QuantityValue | undefined | null): string => textOf(value);

export const emptyComponent = (): ComponentFields => ({
  replicas: '',
  cpuRequest: '',
  memoryRequest: '',
  cpuLimit: '',
  memoryLimit: '',
});

const emptyComponents = (): Record<ResourceComponent, ComponentFields> =>
  Object.fromEntries(RESOURCE_COMPONENTS.map((c) => [c, emptyComponent()])) as Record<
    ResourceComponent,
    ComponentFields
  >;

export const emptyTenant = (id: string): TenantFields => ({
  name: '',
  id,
  oidcSecretName: '',
  issuerURL: '',
  redirectURL: '',
  groupClaim: '',
  usernameClaim: '',
});

/** The values of the wizard before the user changes anything. */
export const emptyFormValues = (namespace = ''): TempoStackFormValues => ({
  name: '',
  namespace,
  managementState: 'Managed',
  storage: {
    type: 's3',
    secretSource: 'existing',
    secretName: '',
    credentialMode: '',
    tlsEnabled: false,
    caName: '',
    storageSize: '',
    storageClassName: '',
  },
  newSecret: { preset: 'minio', data: {}, region: '' },
  sizing: {
    size: '',
    totalCpu: '',
    totalMemory: '',
    replicationFactor: '',
    components: emptyComponents(),
  },
  query: {
    jaegerEnabled: false,
    ingressType: 'none',
    host: '',
    annotations: [],
    termination: '',
    ingressClassName: '',
    authentication: 'default',
    sar: '',
    servicesQueryDuration: '',
    searchDefaultResultLimit: '',
    searchMaxResultLimit: '',
    searchMaxDuration: '',
  },
  tenancy: { mode: 'none', tenants: [], gatewayEnabled: false, roles: [], roleBindings: [] },
  limits: {
    retention: '',
    timeout: '',
    ingestionBurstSizeBytes: '',
    ingestionRateLimitBytes: '',
    maxBytesPerTrace: '',
    maxTracesPerUser: '',
    maxBytesPerTagValues: '',
    maxSearchDuration: '',
  },
});

const componentFields = (stack: TempoStack, component: ResourceComponent): ComponentFields => {
  const at = getPath(stack, COMPONENT_SPEC_PATH[component]);
  const holder = isJsonObject(at) ? at : {};
  const resources = (
    isJsonObject(holder.resources) ? holder.resources : {}
  ) as ResourceRequirements;
  return {
    replicas:
      component === 'jaegerQuery' || component === 'tempoQuery' || component === 'oauthProxy'
        ? ''
        : textOf(holder.replicas),
    cpuRequest: quantityText(resources.requests?.cpu),
    memoryRequest: quantityText(resources.requests?.memory),
    cpuLimit: quantityText(resources.limits?.cpu),
    memoryLimit: quantityText(resources.limits?.memory),
  };
};

const ingressTypeOf = (ingress: IngressSpec | undefined): FormIngressType =>
  ingress?.type === 'ingress' || ingress?.type === 'route' ? ingress.type : 'none';

const authenticationOf = (auth: unknown): AuthenticationChoice => {
  if (auth === undefined || auth === null) return 'default';
  return isJsonObject(auth) && auth.enabled === true ? 'enabled' : 'disabled';
};

const tenantOf = (auth: AuthenticationSpec): TenantFields => ({
  name: textOf(auth.tenantName),
  id: textOf(auth.tenantId),
  oidcSecretName: textOf(auth.oidc?.secret?.name),
  issuerURL: textOf(auth.oidc?.issuerURL),
  redirectURL: textOf(auth.oidc?.redirectURL),
  groupClaim: textOf(auth.oidc?.groupClaim),
  usernameClaim: textOf(auth.oidc?.usernameClaim),
});

/** A list shown as comma-separated text. */
export const listText = (items: readonly unknown[] | undefined): string =>
  Array.isArray(items) ? items.map(textOf).join(', ') : '';

const roleOf = (role: RoleSpec): RoleFields => ({
  name: textOf(role.name),
  resources: listText(role.resources),
  tenants: listText(role.tenants),
  read: Array.isArray(role.permissions) && role.permissions.includes('read'),
  write: Array.isArray(role.permissions) && role.permissions.includes('write'),
});

const roleBindingOf = (binding: RoleBindingsSpec): RoleBindingFields => ({
  name: textOf(binding.name),
  roles: listText(binding.roles),
  subjects: (Array.isArray(binding.subjects) ? binding.subjects : []).map((subject) => ({
    kind: subject?.kind === 'group' ? 'group' : 'user',
    name: textOf(subject?.name),
  })),
});

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;

/** The form's values for a stored (or YAML-edited) TempoStack. */
export const toFormValues = (stack: TempoStack): TempoStackFormValues => {
  const spec = isJsonObject(stack.spec) ? stack.spec : ({} as TempoStack['spec']);
  const empty = emptyFormValues(textOf(stack.metadata?.namespace));
  const template = spec.template;
  const jaegerQuery = template?.queryFrontend?.jaegerQuery;
  const ingress = jaegerQuery?.ingress;
  const tenants = spec.tenants;
  const ingestion = spec.limits?.global?.ingestion;
  const query = spec.limits?.global?.query;
  return {
    ...empty,
    name: textOf(stack.metadata?.name),
    managementState: spec.managementState === 'Unmanaged' ? 'Unmanaged' : 'Managed',
    storage: {
      type: oneOf(STORAGE_TYPES, spec.storage?.secret?.type, 's3'),
      secretSource: 'existing',
      secretName: textOf(spec.storage?.secret?.name),
      credentialMode: oneOf<'' | CredentialMode>(
        ['', ...CREDENTIAL_MODES],
        spec.storage?.secret?.credentialMode,
        '',
      ),
      tlsEnabled: spec.storage?.tls?.enabled === true,
      caName: textOf(spec.storage?.tls?.caName),
      storageSize: quantityText(spec.storageSize),
      storageClassName: textOf(spec.storageClassName),
    },
    sizing: {
      size: oneOf<'' | TShirtSize>(['', ...TSHIRT_SIZES], spec.size, ''),
      totalCpu: quantityText(spec.resources?.total?.limits?.cpu),
      totalMemory: quantityText(spec.resources?.total?.limits?.memory),
      replicationFactor: textOf(spec.replicationFactor),
      components: Object.fromEntries(
        RESOURCE_COMPONENTS.map((c) => [c, componentFields(stack, c)]),
      ) as Record<ResourceComponent, ComponentFields>,
    },
    query: {
      jaegerEnabled: jaegerQuery?.enabled === true,
      ingressType: ingressTypeOf(ingress),
      host: textOf(ingress?.host),
      annotations: Object.entries(
        isJsonObject(ingress?.annotations) ? ingress.annotations : {},
      ).map(([key, value]) => ({ key, value: textOf(value) })),
      termination: oneOf(
        ['', 'insecure', 'edge', 'passthrough', 'reencrypt'] as const,
        ingress?.route?.termination,
        '',
      ),
      ingressClassName: textOf(ingress?.ingressClassName),
      authentication: authenticationOf(jaegerQuery?.authentication),
      sar: textOf(jaegerQuery?.authentication?.sar),
      servicesQueryDuration: textOf(jaegerQuery?.servicesQueryDuration),
      searchDefaultResultLimit: textOf(spec.search?.defaultResultLimit),
      searchMaxResultLimit: textOf(spec.search?.maxResultLimit),
      searchMaxDuration: textOf(spec.search?.maxDuration),
    },
    tenancy: {
      mode: tenants ? (tenants.mode === 'openshift' ? 'openshift' : 'static') : 'none',
      tenants: (Array.isArray(tenants?.authentication) ? tenants.authentication : []).map(tenantOf),
      gatewayEnabled: template?.gateway?.enabled === true,
      roles: (Array.isArray(tenants?.authorization?.roles) ? tenants.authorization.roles : []).map(
        roleOf,
      ),
      roleBindings: (Array.isArray(tenants?.authorization?.roleBindings)
        ? tenants.authorization.roleBindings
        : []
      ).map(roleBindingOf),
    },
    limits: {
      retention: textOf(spec.retention?.global?.traces),
      timeout: textOf(spec.timeout),
      ingestionBurstSizeBytes: textOf(ingestion?.ingestionBurstSizeBytes),
      ingestionRateLimitBytes: textOf(ingestion?.ingestionRateLimitBytes),
      maxBytesPerTrace: textOf(ingestion?.maxBytesPerTrace),
      maxTracesPerUser: textOf(ingestion?.maxTracesPerUser),
      maxBytesPerTagValues: textOf(query?.maxBytesPerTagValues),
      maxSearchDuration: textOf(query?.maxSearchDuration),
    },
  };
};
