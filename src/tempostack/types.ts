/**
 * TempoStack (`tempo.grafana.com/v1alpha1`) types, written from the operator's CRD
 * (`data/crds/tempostacks.crd.yaml`, Tempo Operator v0.22.0). Field names and optionality follow the
 * CRD's OpenAPI schema; `types.spec.ts` checks every property named here against that schema.
 *
 * Kubernetes core structures that the plugin never edits field by field (tolerations, security
 * contexts, env) are typed loosely: the plugin passes them through unchanged.
 */

/** A Kubernetes quantity as it appears in JSON: a string such as `"500m"` or `"2Gi"`, or a number. */
export type QuantityValue = string | number;

/** `corev1.ResourceList`: resource name → quantity. */
export type ResourceList = Partial<Record<'cpu' | 'memory', QuantityValue>> &
  Record<string, QuantityValue | undefined>;

/** `corev1.ResourceRequirements`. */
export interface ResourceRequirements {
  limits?: ResourceList;
  requests?: ResourceList;
  claims?: { name: string; request?: string }[];
}

/** Kubernetes structures passed through untouched. */
export type KubeObjectMap = Record<string, unknown>;

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  [key: string]: unknown;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export type ManagementState = 'Managed' | 'Unmanaged';

export const TSHIRT_SIZES = [
  '1x.demo',
  '1x.pico',
  '1x.extra-small',
  '1x.small',
  '1x.medium',
] as const;
export type TShirtSize = (typeof TSHIRT_SIZES)[number];

export const STORAGE_TYPES = ['s3', 'azure', 'gcs'] as const;
export type StorageType = (typeof STORAGE_TYPES)[number];

export const CREDENTIAL_MODES = ['static', 'token', 'token-cco'] as const;
export type CredentialMode = (typeof CREDENTIAL_MODES)[number];

export const INGRESS_TYPES = ['ingress', 'route', 'none', ''] as const;
export type IngressType = (typeof INGRESS_TYPES)[number];

export const TLS_ROUTE_TERMINATIONS = ['insecure', 'edge', 'passthrough', 'reencrypt'] as const;
export type TLSRouteTermination = (typeof TLS_ROUTE_TERMINATIONS)[number];

export const TENANT_MODES = ['static', 'openshift'] as const;
export type TenantMode = (typeof TENANT_MODES)[number];

export interface TLSSpec {
  enabled?: boolean;
  caName?: string;
  certName?: string;
  minVersion?: string;
  cipherSuites?: string[];
}

export interface ObjectStorageSecretSpec {
  name: string;
  type: StorageType;
  credentialMode?: CredentialMode;
}

export interface ObjectStorageSpec {
  secret: ObjectStorageSecretSpec;
  tls?: TLSSpec;
}

/** Fields every component template shares (`TempoComponentSpec`). */
export interface TempoComponentSpec {
  replicas?: number;
  resources?: ResourceRequirements;
  nodeSelector?: Record<string, string>;
  tolerations?: KubeObjectMap[];
  podSecurityContext?: KubeObjectMap;
}

export interface RouteSpec {
  termination?: TLSRouteTermination;
}

export interface IngressSpec {
  type?: IngressType;
  host?: string;
  annotations?: Record<string, string>;
  ingressClassName?: string;
  route?: RouteSpec;
}

export interface JaegerQueryAuthenticationSpec {
  enabled?: boolean;
  sar?: string;
  resources?: ResourceRequirements;
}

export interface JaegerQueryMonitor {
  enabled?: boolean;
  prometheusEndpoint?: string;
  redMetricsNamespace?: string;
}

export interface JaegerQuerySpec {
  enabled?: boolean;
  ingress?: IngressSpec;
  monitorTab?: JaegerQueryMonitor;
  resources?: ResourceRequirements;
  tempoQuery?: { resources?: ResourceRequirements };
  authentication?: JaegerQueryAuthenticationSpec;
  servicesQueryDuration?: string;
  findTracesConcurrentRequests?: number;
}

export interface TempoDistributorSpec {
  component?: TempoComponentSpec;
  tls?: TLSSpec;
}

export interface TempoQueryFrontendSpec {
  component?: TempoComponentSpec;
  jaegerQuery?: JaegerQuerySpec;
  mcpServer?: { enabled?: boolean };
}

export interface TempoGatewaySpec {
  enabled: boolean;
  component?: TempoComponentSpec;
  ingress?: IngressSpec;
  rbac?: { enabled?: boolean };
}

export interface TempoMetricsGeneratorSpec {
  enabled?: boolean;
  component?: TempoComponentSpec;
  processors?: string[];
  remoteWriteURLs?: string[];
}

export interface TempoTemplateSpec {
  distributor?: TempoDistributorSpec;
  ingester?: TempoComponentSpec;
  compactor?: TempoComponentSpec;
  querier?: TempoComponentSpec;
  queryFrontend?: TempoQueryFrontendSpec;
  gateway?: TempoGatewaySpec;
  metricsGenerator?: TempoMetricsGeneratorSpec;
}

export interface OIDCSpec {
  secret?: { name?: string };
  issuerURL?: string;
  redirectURL?: string;
  groupClaim?: string;
  usernameClaim?: string;
}

export interface AuthenticationSpec {
  tenantName: string;
  tenantId: string;
  oidc?: OIDCSpec;
}

export interface RoleSpec {
  name: string;
  resources: string[];
  tenants: string[];
  permissions: ('read' | 'write')[];
}

export interface Subject {
  name: string;
  kind: 'user' | 'group';
}

export interface RoleBindingsSpec {
  name: string;
  subjects: Subject[];
  roles: string[];
}

export interface TenantsSpec {
  mode?: TenantMode;
  authentication?: AuthenticationSpec[];
  authorization?: { roles?: RoleSpec[]; roleBindings?: RoleBindingsSpec[] };
}

export interface IngestionLimitSpec {
  ingestionBurstSizeBytes?: number;
  ingestionRateLimitBytes?: number;
  maxBytesPerTrace?: number;
  maxTracesPerUser?: number;
}

export interface QueryLimit {
  maxBytesPerTagValues?: number;
  maxSearchBytesPerTrace?: number;
  maxSearchDuration?: string;
}

export interface RateLimitSpec {
  ingestion?: IngestionLimitSpec;
  query?: QueryLimit;
}

export interface LimitSpec {
  global?: RateLimitSpec;
  perTenant?: Record<string, RateLimitSpec>;
}

export interface RetentionSpec {
  global?: { traces?: string };
  perTenant?: Record<string, { traces?: string }>;
}

export interface SearchSpec {
  defaultResultLimit?: number;
  maxDuration?: string;
  maxResultLimit?: number;
}

export interface ObservabilitySpec {
  metrics?: {
    createServiceMonitors?: boolean;
    createPrometheusRules?: boolean;
    extraServiceMonitorLabels?: Record<string, string>;
    extraPrometheusRuleLabels?: Record<string, string>;
  };
  tracing?: {
    sampling_fraction?: string;
    jaeger_agent_endpoint?: string;
    otlp_http_endpoint?: string;
  };
  grafana?: {
    createDatasource?: boolean;
    instanceSelector?: KubeObjectMap;
  };
}

export interface ReplicationZone {
  topologyKey: string;
  maxSkew: number;
}

export interface TempoStackSpec {
  storage: ObjectStorageSpec;
  storageSize?: QuantityValue;
  storageClassName?: string;
  size?: TShirtSize;
  resources?: { total?: ResourceRequirements };
  replicationFactor?: number;
  replicationZones?: ReplicationZone[];
  managementState?: ManagementState;
  serviceAccount?: string;
  retention?: RetentionSpec;
  search?: SearchSpec;
  limits?: LimitSpec;
  tenants?: TenantsSpec;
  template?: TempoTemplateSpec;
  timeout?: string;
  images?: {
    tempo?: string;
    tempoQuery?: string;
    tempoGateway?: string;
    tempoGatewayOpa?: string;
    jaegerQuery?: string;
    oauthProxy?: string;
  };
  networkPolicy?: { enabled?: boolean };
  observability?: ObservabilitySpec;
  hashRing?: { memberlist?: { enableIPv6?: boolean; instanceAddrType?: 'default' | 'podIP' } };
  extraConfig?: { tempo?: unknown };
  env?: KubeObjectMap[];
  envFrom?: KubeObjectMap[];
}

export type ConditionStatusValue = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: string;
  status: ConditionStatusValue;
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

/** Pod status → pod names (`PodStatusMap`). Keys are `Ready`, `Running`, `Pending`, `Failed`, … */
export type PodStatusMap = Record<string, string[] | undefined>;

export interface ComponentStatus {
  compactor?: PodStatusMap;
  distributor?: PodStatusMap;
  ingester?: PodStatusMap;
  querier?: PodStatusMap;
  queryFrontend?: PodStatusMap;
  gateway?: PodStatusMap;
  metricsGenerator?: PodStatusMap | null;
}

export interface TempoStackStatus {
  operatorVersion?: string;
  tempoVersion?: string;
  tempoQueryVersion?: string;
  components?: ComponentStatus;
  conditions?: Condition[];
}

export interface TempoStack {
  apiVersion: 'tempo.grafana.com/v1alpha1';
  kind: 'TempoStack';
  metadata: ObjectMeta;
  spec: TempoStackSpec;
  status?: TempoStackStatus;
}

export const TEMPOSTACK_GROUP = 'tempo.grafana.com';
export const TEMPOSTACK_VERSION = 'v1alpha1';
export const TEMPOSTACK_KIND = 'TempoStack';
export const TEMPOSTACK_API_VERSION = `${TEMPOSTACK_GROUP}/${TEMPOSTACK_VERSION}` as const;

/** The operator version the plugin models by default. */
export const DEFAULT_OPERATOR_VERSION = '0.22.0';

/**
 * Components of a TempoStack, by the value of their `app.kubernetes.io/component` label.
 * The order is the order the UI lists them in.
 */
export const COMPONENTS = [
  'distributor',
  'ingester',
  'querier',
  'query-frontend',
  'compactor',
  'gateway',
  'metrics-generator',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Key of a component in `status.components`. */
export const COMPONENT_STATUS_KEY: Record<Component, keyof ComponentStatus> = {
  distributor: 'distributor',
  ingester: 'ingester',
  querier: 'querier',
  'query-frontend': 'queryFrontend',
  compactor: 'compactor',
  gateway: 'gateway',
  'metrics-generator': 'metricsGenerator',
};

/** Minimal shapes of the Kubernetes objects the domain core reads (workloads and pods). */
export interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  started?: boolean;
  state?: {
    waiting?: { reason?: string; message?: string };
    running?: { startedAt?: string };
    terminated?: { reason?: string; exitCode?: number; message?: string; finishedAt?: string };
  };
  lastState?: {
    terminated?: { reason?: string; exitCode?: number; message?: string; finishedAt?: string };
  };
}

export interface PodLike {
  metadata: ObjectMeta;
  spec?: {
    containers?: { name: string; resources?: ResourceRequirements }[];
    nodeName?: string;
  };
  status?: {
    phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
    conditions?: {
      type: string;
      status: ConditionStatusValue;
      reason?: string;
      message?: string;
    }[];
    containerStatuses?: ContainerStatus[];
    reason?: string;
    message?: string;
  };
}

export interface WorkloadLike {
  kind: 'Deployment' | 'StatefulSet';
  metadata: ObjectMeta;
  spec?: {
    replicas?: number;
    template?: {
      spec?: { containers?: { name: string; resources?: ResourceRequirements }[] };
    };
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
    observedGeneration?: number;
  };
}

/**
 * A Secret as the domain core's checks see it: its name and its decoded data. The values are read
 * only to check them (an endpoint's URL form, the JSON of a GCS key); no finding, message or
 * returned value ever contains one.
 */
export interface SecretInput {
  name: string;
  data: Readonly<Record<string, string>>;
}

/** A ConfigMap as the domain core's checks see it. */
export interface ConfigMapInput {
  name: string;
  data: Readonly<Record<string, string>>;
}
