/**
 * The TempoStack defaulting done at admission: the CRD schema defaults applied by the API server
 * and the operator's mutating webhook (validation-rules.md §B, rules B1–B20, in the webhook's
 * execution order). `applyDefaults` returns the effective object the operator stores and reconciles.
 *
 * Only the fields the defaulting logic sets are written (plus the parent objects they need). The
 * webhook's Go round trip also writes zero-valued struct fields (`gateway.enabled: false`,
 * `search.maxDuration: "0s"`, …) and re-formats user-written durations; that noise is not modelled.
 */
import { parseGoDuration } from './go-duration';
import { OPENSHIFT_ENVIRONMENT, type OperatorEnvironment } from './operator-environment';
import { compareQuantities, parseQuantity } from './quantity';
import { ingesterQuorum, sizeDefaults, type SizeReplicaProfile } from './size-profiles';
import type { TempoComponentSpec, TempoStack, TempoStackSpec } from './types';

/** Label always overwritten with the operator distribution (B2). */
export const DISTRIBUTION_LABEL = 'tempo.grafana.com/distribution';
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';

/** `spec.retention.global.traces` default as the operator serializes it (B4). */
export const DEFAULT_RETENTION = '48h0m0s';
/** `spec.storageSize` default (CRD and B5). */
export const DEFAULT_STORAGE_SIZE = '10Gi';
/** `spec.search.defaultResultLimit` default (B6). */
export const DEFAULT_SEARCH_RESULT_LIMIT = 20;
/** `jaegerQuery.servicesQueryDuration` default, 3 days as the operator serializes it (B15). */
export const DEFAULT_SERVICES_QUERY_DURATION = '72h0m0s';
/** `spec.timeout` default (B19). */
export const DEFAULT_TIMEOUT = '30s';
/** Metrics-generator processors written when enabled without any (B18). */
export const DEFAULT_METRICS_GENERATOR_PROCESSORS: readonly string[] = [
  'span-metrics',
  'service-graphs',
  'local-blocks',
];
/** `jaeger_agent_endpoint` CRD default. */
export const DEFAULT_JAEGER_AGENT_ENDPOINT = 'localhost:6831';

/** The default SubjectAccessReview of the Jaeger UI oauth-proxy (B17). */
export const defaultJaegerQuerySar = (namespace: string): string =>
  `{"namespace": "${namespace}", "resource": "pods", "verb": "get"}`;

/**
 * `tempo-NAME` made DNS-safe as Go's `naming.DNSName` does (B3). Same as `naming.ts`'s
 * `defaultServiceAccountName`, repeated here because `naming.ts` depends on this module.
 */
const defaultServiceAccount = (name: string): string => {
  const full = `tempo-${name}`;
  const last = full.length - 1;
  return Array.from(full.toLowerCase(), (c, i) =>
    /^[a-z0-9]$/.test(c) ? c : i === 0 || i === last ? 'a' : '-',
  ).join('');
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isUnset = (value: unknown): boolean => value === undefined || value === null;

/** Go `Duration == 0` for a `metav1.Duration` field; an unparsable string is left alone. */
const isZeroDuration = (value: string | undefined): boolean =>
  value === undefined || value === '' || parseGoDuration(value) === 0;

/** Go `Quantity.Cmp(0) <= 0`; an unparsable value is left alone. */
const isNonPositiveQuantity = (value: string | number | undefined): boolean => {
  if (value === undefined || value === '') return true;
  try {
    return compareQuantities(parseQuantity(value), parseQuantity(0)) <= 0;
  } catch {
    return false;
  }
};

/**
 * `mergo.Merge(dst, default)` without override: fills fields of `target` that are unset (or empty
 * slices; inside nested structs also empty strings, `0` and `false`) from `defaults`.
 */
const fillEmptyFields = (
  target: Record<string, unknown>,
  defaults: Record<string, unknown>,
  nested: boolean,
): void => {
  for (const [key, value] of Object.entries(defaults)) {
    const current = target[key];
    if (isPlainObject(current) && isPlainObject(value)) {
      fillEmptyFields(current, value, true);
    } else if (
      isUnset(current) ||
      (Array.isArray(current) && current.length === 0) ||
      (nested && (current === '' || current === 0 || current === false))
    ) {
      target[key] = structuredClone(value);
    }
  }
};

/**
 * CRD schema defaults, applied by the API server before the webhook and again after it (when the
 * webhook's Go serialisation has created `networkPolicy` and `observability.tracing`).
 */
const applySchemaDefaults = (spec: TempoStackSpec, afterWebhook: boolean): void => {
  spec.managementState ??= 'Managed';
  spec.storageSize ??= DEFAULT_STORAGE_SIZE;
  if (spec.tenants) spec.tenants.mode ??= 'static';
  if (spec.replicationZones) {
    spec.replicationZones = spec.replicationZones.map((zone) => ({
      ...zone,
      maxSkew: zone.maxSkew ?? 1,
    }));
  }
  if (afterWebhook || spec.networkPolicy) {
    spec.networkPolicy = { ...spec.networkPolicy, enabled: spec.networkPolicy?.enabled ?? true };
  }
  if (afterWebhook || spec.observability?.tracing) {
    const observability = (spec.observability ??= {});
    const tracing = (observability.tracing ??= {});
    tracing.jaeger_agent_endpoint ??= DEFAULT_JAEGER_AGENT_ENDPOINT;
  }
};

type ReplicatedComponent = keyof SizeReplicaProfile;

/**
 * Applies the admission defaulting to a TempoStack and returns the effective object (the input is
 * not changed). Idempotent: applying it to its own result changes nothing.
 */
export const applyDefaults = (
  stack: TempoStack,
  env: OperatorEnvironment = OPENSHIFT_ENVIRONMENT,
): TempoStack => {
  const result = structuredClone(stack);
  const spec = (result.spec ??= {} as TempoStackSpec);
  const metadata = (result.metadata ??= {});
  applySchemaDefaults(spec, false);

  // B1, B2
  const labels = (metadata.labels = { ...metadata.labels });
  if (!labels[MANAGED_BY_LABEL]) labels[MANAGED_BY_LABEL] = 'tempo-operator';
  labels[DISTRIBUTION_LABEL] = env.distribution;

  // B3
  if (!spec.serviceAccount) spec.serviceAccount = defaultServiceAccount(metadata.name ?? '');

  // B4
  const retention = (spec.retention ??= {});
  const globalRetention = (retention.global ??= {});
  if (isZeroDuration(globalRetention.traces)) globalRetention.traces = DEFAULT_RETENTION;

  // B5
  if (isNonPositiveQuantity(spec.storageSize)) spec.storageSize = DEFAULT_STORAGE_SIZE;

  // B6
  const search = (spec.search ??= {});
  if (isUnset(search.defaultResultLimit)) search.defaultResultLimit = DEFAULT_SEARCH_RESULT_LIMIT;

  // B7–B10
  const size = spec.size ?? '';
  const profile = sizeDefaults(size);
  const replicationFactor = spec.replicationFactor || profile?.replicationFactor || 1;
  const template = (spec.template ??= {});
  const ingester = (template.ingester ??= {});
  const distributor = ((template.distributor ??= {}).component ??= {});
  const compactor = (template.compactor ??= {});
  const querier = (template.querier ??= {});
  const queryFrontendSpec = (template.queryFrontend ??= {});
  const queryFrontend = (queryFrontendSpec.component ??= {});
  const gatewaySpec = (template.gateway ??= { enabled: false });
  const gateway = (gatewaySpec.component ??= {});
  if (isUnset(ingester.replicas)) {
    ingester.replicas = size !== '' ? ingesterQuorum(replicationFactor) : 1;
  }
  const replicasFor = (component: ReplicatedComponent): number =>
    profile?.replicas?.[component] ?? 1;
  const stateless: [TempoComponentSpec, ReplicatedComponent][] = [
    [distributor, 'distributor'],
    [compactor, 'compactor'],
    [querier, 'querier'],
    [queryFrontend, 'queryFrontend'],
    [gateway, 'gateway'],
  ];
  for (const [component, name] of stateless) {
    if (isUnset(component.replicas)) component.replicas = replicasFor(name);
  }
  const metricsGeneratorReplicas = profile?.replicas?.metricsGenerator;
  if (metricsGeneratorReplicas !== undefined) {
    const metricsGenerator = ((template.metricsGenerator ??= {}).component ??= {});
    if (isUnset(metricsGenerator.replicas)) metricsGenerator.replicas = metricsGeneratorReplicas;
  }
  if (!spec.replicationFactor) spec.replicationFactor = replicationFactor;

  // B11, B12
  if (spec.tenants?.mode === 'openshift' && !gatewaySpec.ingress?.type) {
    gatewaySpec.ingress = { ...gatewaySpec.ingress, type: 'route' };
  }
  const gatewayIngress = gatewaySpec.ingress;
  if (gatewayIngress?.type === 'route' && !gatewayIngress.route?.termination) {
    gatewayIngress.route = { ...gatewayIngress.route, termination: 'reencrypt' };
  }

  // B13
  const jaegerQuery = (queryFrontendSpec.jaegerQuery ??= {});
  const jaegerIngress = jaegerQuery.ingress;
  if (jaegerIngress?.type === 'route' && !jaegerIngress.route?.termination) {
    jaegerIngress.route = { ...jaegerIngress.route, termination: 'edge' };
  }

  // B14
  if (env.operatorIPv6Only) {
    const memberlist = ((spec.hashRing ??= {}).memberlist ??= {});
    if (isUnset(memberlist.enableIPv6)) memberlist.enableIPv6 = true;
  }

  // B15
  if (isUnset(jaegerQuery.servicesQueryDuration)) {
    jaegerQuery.servicesQueryDuration = DEFAULT_SERVICES_QUERY_DURATION;
  }

  // B16, B17
  if (
    env.featureGates.openshiftOauthProxy &&
    isUnset(jaegerQuery.authentication) &&
    jaegerIngress?.type === 'route'
  ) {
    jaegerQuery.authentication = { enabled: true };
  }
  const authentication = jaegerQuery.authentication;
  if (authentication?.enabled && (authentication.sar ?? '').trim() === '') {
    authentication.sar = defaultJaegerQuerySar(metadata.namespace ?? '');
  }

  // B18
  const metricsGeneratorSpec = template.metricsGenerator;
  if (metricsGeneratorSpec?.enabled && (metricsGeneratorSpec.processors ?? []).length === 0) {
    metricsGeneratorSpec.processors = [...DEFAULT_METRICS_GENERATOR_PROCESSORS];
  }

  // B19
  if (isZeroDuration(spec.timeout)) spec.timeout = DEFAULT_TIMEOUT;

  // B20
  for (const component of [ingester, distributor, compactor, querier, queryFrontend, gateway]) {
    const current = component.podSecurityContext;
    if (isPlainObject(current)) {
      fillEmptyFields(current, env.defaultPodSecurityContext, false);
    } else {
      component.podSecurityContext = structuredClone({ ...env.defaultPodSecurityContext });
    }
  }

  applySchemaDefaults(spec, true);
  return result;
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const childPath = (parent: string, key: string | number): string => {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
};

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const collectFilled = (before: unknown, after: unknown, path: string, out: string[]): void => {
  if (isPlainObject(after) && Object.keys(after).length > 0 && isPlainObject(before)) {
    for (const [key, value] of Object.entries(after)) {
      collectFilled(before[key], value, childPath(path, key), out);
    }
    return;
  }
  if (isPlainObject(after) && Object.keys(after).length > 0 && isUnset(before)) {
    collectFilled({}, after, path, out);
    return;
  }
  if (Array.isArray(after) && Array.isArray(before) && after.length === before.length) {
    after.forEach((value, i) => collectFilled(before[i], value, childPath(path, i), out));
    return;
  }
  if (after !== undefined && !sameValue(before, after)) out.push(path);
};

/**
 * Field paths (e.g. `spec.retention.global.traces`, `metadata.labels[tempo.grafana.com/distribution]`)
 * whose value defaulting filled in or replaced between `before` and `after` (typically the input and
 * the result of `applyDefaults`), so a UI can mark them as set by the operator.
 */
export const listDefaultedFields = (before: TempoStack, after: TempoStack): string[] => {
  const out: string[] = [];
  collectFilled(before, after, '', out);
  return out;
};
