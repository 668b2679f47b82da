/**
 * The values the TempoStack wizard and edit form work with: plain, serialisable, every text field
 * kept as the user typed it (quantities, numbers and durations are strings until they are written
 * into a TempoStack by `toTempoStack`). Fields the form does not show are not here: they live in
 * the base object that `toTempoStack` merges over.
 */
import type {
  CredentialMode,
  ManagementState,
  StorageType,
  TenantMode,
  TLSRouteTermination,
  TShirtSize,
} from '../types';

/** Where the Jaeger UI is exposed (`''` and `none` in a stored object both mean none). */
export type FormIngressType = 'none' | 'ingress' | 'route';

/** `jaegerQuery.authentication`: unset (the operator decides), explicitly on, explicitly off. */
export type AuthenticationChoice = 'default' | 'enabled' | 'disabled';

/** `spec.tenants`: absent, or one of the two modes the CRD accepts. */
export type TenancyChoice = 'none' | TenantMode;

/** Where the storage Secret comes from. */
export type SecretSource = 'existing' | 'new';

/** Requests and limits of one container, as typed. */
export interface ResourceFields {
  cpuRequest: string;
  memoryRequest: string;
  cpuLimit: string;
  memoryLimit: string;
}

/** The containers whose resources the form edits, in the order the form lists them. */
export const RESOURCE_COMPONENTS = [
  'distributor',
  'ingester',
  'querier',
  'queryFrontend',
  'jaegerQuery',
  'tempoQuery',
  'oauthProxy',
  'compactor',
  'gateway',
] as const;
export type ResourceComponent = (typeof RESOURCE_COMPONENTS)[number];

/** Components with their own replica count (the query containers share the query-frontend pod). */
export const REPLICATED_COMPONENTS = [
  'distributor',
  'ingester',
  'querier',
  'queryFrontend',
  'compactor',
  'gateway',
] as const satisfies readonly ResourceComponent[];
export type ReplicatedComponent = (typeof REPLICATED_COMPONENTS)[number];

/** Where a component's `replicas` and `resources` live in the spec. */
export const COMPONENT_SPEC_PATH: Readonly<Record<ResourceComponent, readonly string[]>> = {
  distributor: ['spec', 'template', 'distributor', 'component'],
  ingester: ['spec', 'template', 'ingester'],
  querier: ['spec', 'template', 'querier'],
  queryFrontend: ['spec', 'template', 'queryFrontend', 'component'],
  jaegerQuery: ['spec', 'template', 'queryFrontend', 'jaegerQuery'],
  tempoQuery: ['spec', 'template', 'queryFrontend', 'jaegerQuery', 'tempoQuery'],
  oauthProxy: ['spec', 'template', 'queryFrontend', 'jaegerQuery', 'authentication'],
  compactor: ['spec', 'template', 'compactor'],
  gateway: ['spec', 'template', 'gateway', 'component'],
};

export interface ComponentFields extends ResourceFields {
  /** Empty for the query containers (no replica field of their own). */
  replicas: string;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface TenantFields {
  name: string;
  id: string;
  /** OIDC settings, static mode only. */
  oidcSecretName: string;
  issuerURL: string;
  redirectURL: string;
  groupClaim: string;
  usernameClaim: string;
}

export interface RoleFields {
  name: string;
  /** Comma-separated. */
  resources: string;
  /** Comma-separated tenant names. */
  tenants: string;
  read: boolean;
  write: boolean;
}

export interface SubjectFields {
  kind: 'user' | 'group';
  name: string;
}

export interface RoleBindingFields {
  name: string;
  /** Comma-separated role names. */
  roles: string;
  subjects: SubjectFields[];
}

export interface StorageFields {
  type: StorageType;
  secretSource: SecretSource;
  /** Name of the existing Secret, or of the one the wizard creates. */
  secretName: string;
  /** `''`: not set, the operator discovers the mode from the Secret's keys. */
  credentialMode: '' | CredentialMode;
  tlsEnabled: boolean;
  caName: string;
  storageSize: string;
  storageClassName: string;
}

/** The Secret the wizard creates: a preset and the values typed into its keys. */
export interface NewSecretFields {
  preset: string;
  /** Secret key → value. Held in memory only: never in the draft, logs or messages. */
  data: Record<string, string>;
  /** IBM Cloud region the endpoint was built from (not stored in the Secret). */
  region: string;
}

export interface SizingFields {
  size: '' | TShirtSize;
  totalCpu: string;
  totalMemory: string;
  replicationFactor: string;
  components: Record<ResourceComponent, ComponentFields>;
}

export interface QueryFields {
  jaegerEnabled: boolean;
  ingressType: FormIngressType;
  host: string;
  annotations: KeyValue[];
  termination: '' | TLSRouteTermination;
  ingressClassName: string;
  authentication: AuthenticationChoice;
  sar: string;
  servicesQueryDuration: string;
  searchDefaultResultLimit: string;
  searchMaxResultLimit: string;
  searchMaxDuration: string;
}

export interface TenancyFields {
  mode: TenancyChoice;
  tenants: TenantFields[];
  gatewayEnabled: boolean;
  roles: RoleFields[];
  roleBindings: RoleBindingFields[];
}

export interface LimitsFields {
  retention: string;
  timeout: string;
  ingestionBurstSizeBytes: string;
  ingestionRateLimitBytes: string;
  maxBytesPerTrace: string;
  maxTracesPerUser: string;
  maxBytesPerTagValues: string;
  maxSearchDuration: string;
}

/** Everything the wizard and the edit form show. */
export interface TempoStackFormValues {
  name: string;
  namespace: string;
  managementState: ManagementState;
  storage: StorageFields;
  newSecret: NewSecretFields;
  sizing: SizingFields;
  query: QueryFields;
  tenancy: TenancyFields;
  limits: LimitsFields;
}
