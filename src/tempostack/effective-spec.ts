/**
 * The effective TempoStack the Tempo Operator (v0.22.0) acts on – the admission defaults of
 * `defaults.ts` applied for the operator's features – and the small predicates the object
 * inventory, endpoints and health derive from it.
 */
import type { Component, TempoStack } from './types';
import { COMPONENTS, DEFAULT_OPERATOR_VERSION } from './types';
import { applyDefaults, DISTRIBUTION_LABEL } from './defaults';
import { parseGoDuration } from './go-duration';
import {
  COMMUNITY_ENVIRONMENT,
  OPENSHIFT_ENVIRONMENT,
  type OperatorEnvironment,
} from './operator-environment';

/**
 * The operator's distribution and the feature gates that decide which objects it creates for a
 * stack. Unset fields take the operator bundle's defaults for the distribution.
 */
export interface OperatorFeatures {
  /** OpenShift bundle (distribution `openshift`). */
  openshift: boolean;
  /** Gate `openshift.servingCertsService` (OpenShift bundle: on). */
  servingCertsService?: boolean;
  /** Gate `builtInCertManagement` (built-in default: on). */
  builtInCertManagement?: boolean;
  /**
   * Gate `networkPolicies` (built-in default: on). Upstream it only governs the operator's own
   * policies; a TempoStack's policies follow `spec.networkPolicy.enabled` alone.
   */
  networkPolicies?: boolean;
  /** Gate `prometheusOperator` (OpenShift bundle: on; community: off). */
  prometheusOperator?: boolean;
  /** Gate `openshift.oauthProxy`: Jaeger UI routes get oauth-proxy when `authentication` is unset. */
  oauthProxyDefault?: boolean;
  /** Gate `grafanaOperator` (default: off). */
  grafanaOperator?: boolean;
  /** The operator runs in a cloud-credential-operator STS/WIF environment (`token-cco` works). */
  tokenCCOEnvironment?: boolean;
  /** Operator version to model; default `status.operatorVersion`, then {@link DEFAULT_OPERATOR_VERSION}. */
  operatorVersion?: string;
}

/** {@link OperatorFeatures} with every field decided. */
export type ResolvedOperatorFeatures = Required<OperatorFeatures>;

/**
 * Decides every feature. Without `features`, the distribution comes from the CR's
 * `tempo.grafana.com/distribution` label and is assumed to be OpenShift when the label is absent
 * (the plugin runs in the OpenShift console).
 */
export function resolveOperatorFeatures(
  stack: TempoStack,
  features?: OperatorFeatures,
): ResolvedOperatorFeatures {
  const label = stack.metadata.labels?.[DISTRIBUTION_LABEL];
  const openshift = features?.openshift ?? (label === undefined ? true : label === 'openshift');
  return {
    openshift,
    servingCertsService: features?.servingCertsService ?? openshift,
    builtInCertManagement: features?.builtInCertManagement ?? true,
    networkPolicies: features?.networkPolicies ?? true,
    prometheusOperator: features?.prometheusOperator ?? openshift,
    oauthProxyDefault: features?.oauthProxyDefault ?? openshift,
    grafanaOperator: features?.grafanaOperator ?? false,
    tokenCCOEnvironment: features?.tokenCCOEnvironment ?? false,
    operatorVersion:
      features?.operatorVersion || stack.status?.operatorVersion || DEFAULT_OPERATOR_VERSION,
  };
}

/** The webhook environment (`operator-environment.ts`) matching resolved features. */
export function toOperatorEnvironment(features: ResolvedOperatorFeatures): OperatorEnvironment {
  const bundle = features.openshift ? OPENSHIFT_ENVIRONMENT : COMMUNITY_ENVIRONMENT;
  return {
    ...bundle,
    featureGates: {
      ...bundle.featureGates,
      openshiftServingCertsService: features.servingCertsService,
      builtInCertManagement: features.builtInCertManagement,
      networkPolicies: features.networkPolicies,
      prometheusOperator: features.prometheusOperator,
      openshiftOauthProxy: features.oauthProxyDefault,
      grafanaOperator: features.grafanaOperator,
    },
  };
}

/** The stack with the admission defaults applied (idempotent for CRs read from the cluster). */
export function effectiveStack(stack: TempoStack, features?: OperatorFeatures): TempoStack {
  return applyDefaults(stack, toOperatorEnvironment(resolveOperatorFeatures(stack, features)));
}

/**
 * Parses `major.minor[.patch]` (an optional leading `v` and any pre-release/build suffix are
 * ignored); `undefined` for anything else.
 */
export function parseOperatorVersion(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? '0')];
}

/** Whether `version` ≥ `minimum`; an unparsable `version` counts as {@link DEFAULT_OPERATOR_VERSION}. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const v = parseOperatorVersion(version) ?? parseOperatorVersion(DEFAULT_OPERATOR_VERSION);
  const m = parseOperatorVersion(minimum);
  if (!v || !m) return false;
  for (let i = 0; i < 3; i += 1) {
    if (v[i] !== m[i]) return v[i] > m[i];
  }
  return true;
}

/** `template.gateway.enabled`. */
export function isGatewayEnabled(stack: TempoStack): boolean {
  return stack.spec.template?.gateway?.enabled === true;
}

/** `template.metricsGenerator.enabled`. */
export function isMetricsGeneratorEnabled(stack: TempoStack): boolean {
  return stack.spec.template?.metricsGenerator?.enabled === true;
}

/** `template.queryFrontend.jaegerQuery.enabled`. */
export function isJaegerQueryEnabled(stack: TempoStack): boolean {
  return stack.spec.template?.queryFrontend?.jaegerQuery?.enabled === true;
}

/** Components deployed for a stack, in {@link COMPONENTS} order. */
export function enabledComponents(stack: TempoStack): Component[] {
  return COMPONENTS.filter((c) => {
    if (c === 'gateway') return isGatewayEnabled(stack);
    if (c === 'metrics-generator') return isMetricsGeneratorEnabled(stack);
    return true;
  });
}

/** `template.distributor.tls.enabled`: the distributor's receivers serve TLS. */
export function isDistributorTLSEnabled(stack: TempoStack): boolean {
  return stack.spec.template?.distributor?.tls?.enabled === true;
}

/** `spec.networkPolicy.enabled`, default `true` (CRD default). */
export function isNetworkPolicyEnabled(stack: TempoStack): boolean {
  return stack.spec.networkPolicy?.enabled !== false;
}

/** `tenants.mode` (CRD default `static`); `undefined` without `spec.tenants`. */
export function tenantMode(stack: TempoStack): 'static' | 'openshift' | undefined {
  if (!stack.spec.tenants) return undefined;
  return stack.spec.tenants.mode ?? 'static';
}

/** Tenant names from `tenants.authentication[]`, in CR order. */
export function tenantNames(stack: TempoStack): string[] {
  return (stack.spec.tenants?.authentication ?? []).map((a) => a.tenantName);
}

/**
 * Whether the query-frontend pod runs oauth-proxy: gateway disabled, Jaeger Query ingress type
 * `route` and `jaegerQuery.authentication.enabled` after defaulting (the `openshift.oauthProxy`
 * gate enables it when `authentication` is unset).
 */
export function isOauthProxyEnabled(stack: TempoStack, features?: OperatorFeatures): boolean {
  const effective = effectiveStack(stack, features);
  const jaegerQuery = effective.spec.template?.queryFrontend?.jaegerQuery;
  return (
    !isGatewayEnabled(effective) &&
    jaegerQuery?.ingress?.type === 'route' &&
    jaegerQuery.authentication?.enabled === true
  );
}

/**
 * Replicas of a component's workload in an *effective* stack ({@link effectiveStack}); an unset
 * count (the metrics-generator without a size) is Kubernetes' default 1.
 */
export function replicasOf(effective: TempoStack, component: Component): number {
  const t = effective.spec.template;
  const replicas: Record<Component, number | undefined> = {
    distributor: t?.distributor?.component?.replicas,
    ingester: t?.ingester?.replicas,
    querier: t?.querier?.replicas,
    'query-frontend': t?.queryFrontend?.component?.replicas,
    compactor: t?.compactor?.replicas,
    gateway: t?.gateway?.component?.replicas,
    'metrics-generator': t?.metricsGenerator?.component?.replicas,
  };
  const value = replicas[component];
  return typeof value === 'number' ? value : 1;
}

/** Replicas of a component's workload after admission defaulting. */
export function effectiveReplicas(
  stack: TempoStack,
  component: Component,
  features?: OperatorFeatures,
): number {
  return replicasOf(effectiveStack(stack, features), component);
}

/**
 * Value of the route timeout annotation the operator writes: `<spec.timeout in whole seconds>s`
 * (default timeout 30s).
 */
export function routeTimeoutAnnotation(stack: TempoStack): string {
  const nanos = parseGoDuration(stack.spec.timeout ?? '');
  const seconds = nanos === undefined || nanos === 0 ? 30 : Math.trunc(nanos / 1e9);
  return `${seconds}s`;
}
