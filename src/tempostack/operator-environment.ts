/**
 * The parts of the Tempo Operator's own configuration that its admission webhook depends on
 * (feature gates from `FEATURE_GATES`, `DEFAULT_POD_SECURITY_CONTEXT`, the distribution label and
 * whether the operator pod itself only has IPv6 addresses), as plain data.
 */

/** Which operator build runs in the cluster; written to the `tempo.grafana.com/distribution` label. */
export type OperatorDistribution = 'openshift' | 'community';

/** The feature gates the TempoStack webhook reads. */
export interface OperatorFeatureGates {
  openshiftRoute: boolean;
  openshiftServingCertsService: boolean;
  openshiftOauthProxy: boolean;
  openshiftNoAuthWarning: boolean;
  prometheusOperator: boolean;
  grafanaOperator: boolean;
  httpEncryption: boolean;
  grpcEncryption: boolean;
  builtInCertManagement: boolean;
  networkPolicies: boolean;
}

/** The environment the operator's defaulting and validating webhooks run in. */
export interface OperatorEnvironment {
  distribution: OperatorDistribution;
  featureGates: OperatorFeatureGates;
  /** `DEFAULT_POD_SECURITY_CONTEXT`, merged into the component pod security contexts. */
  defaultPodSecurityContext: Record<string, unknown>;
  /** True when the operator pod only has IPv6 addresses on `eth0`/`en0` (defaulting rule B14). */
  operatorIPv6Only: boolean;
}

/**
 * The OpenShift bundle (CSV): `FEATURE_GATES=openshift.route,openshift.servingCertsService,
 * openshift.oauthProxy,openshift.noAuthWarning,openshift.clusterTLSPolicy,prometheusOperator,…` on
 * top of the built-in defaults, and `DEFAULT_POD_SECURITY_CONTEXT='{}'`.
 */
export const OPENSHIFT_ENVIRONMENT: Readonly<OperatorEnvironment> = Object.freeze({
  distribution: 'openshift',
  featureGates: Object.freeze({
    openshiftRoute: true,
    openshiftServingCertsService: true,
    openshiftOauthProxy: true,
    openshiftNoAuthWarning: true,
    prometheusOperator: true,
    grafanaOperator: false,
    httpEncryption: true,
    grpcEncryption: true,
    builtInCertManagement: true,
    networkPolicies: true,
  }),
  defaultPodSecurityContext: Object.freeze({}),
  operatorIPv6Only: false,
});

/**
 * The operator's built-in defaults (community builds): no OpenShift gates, no Prometheus or Grafana
 * operator integration, and the built-in pod security context `{fsGroup: 10001}`.
 */
export const COMMUNITY_ENVIRONMENT: Readonly<OperatorEnvironment> = Object.freeze({
  distribution: 'community',
  featureGates: Object.freeze({
    openshiftRoute: false,
    openshiftServingCertsService: false,
    openshiftOauthProxy: false,
    openshiftNoAuthWarning: false,
    prometheusOperator: false,
    grafanaOperator: false,
    httpEncryption: true,
    grpcEncryption: true,
    builtInCertManagement: true,
    networkPolicies: true,
  }),
  defaultPodSecurityContext: Object.freeze({ fsGroup: 10001 }),
  operatorIPv6Only: false,
});
