/**
 * Fixed facts of the simulated Tempo Operator v0.22.0 (OpenShift bundle): versions, operand
 * images (validation-rules.md §B "Images"), its namespace and the simulated cluster's domain.
 */

/** `status.operatorVersion` the operator writes. */
export const OPERATOR_VERSION = '0.22.0';
/** `status.tempoVersion` the operator writes. */
export const TEMPO_VERSION = '2.10.8';

/** Default operand images (`RELATED_IMAGE_*` of the v0.22.0 bundle). */
export const DEFAULT_IMAGES = {
  tempo: 'docker.io/grafana/tempo:2.10.8',
  jaegerQuery: 'docker.io/jaegertracing/jaeger-query:1.68.0',
  tempoQuery: 'docker.io/grafana/tempo-query:2.10.8',
  tempoGateway: 'quay.io/observatorium/api:main-2026-08-13-db2b289',
  tempoGatewayOpa: 'quay.io/observatorium/opa-openshift:main-2026-07-01-dbb77e0',
  oauthProxy: 'quay.io/openshift/origin-oauth-proxy:4.14',
} as const;

/** The operator's own image (not in the facts; named like the upstream release images). */
export const OPERATOR_IMAGE = 'ghcr.io/grafana/tempo-operator/tempo-operator:v0.22.0';

/** Namespace of the operator on OpenShift (Red Hat builds). */
export const OPERATOR_NAMESPACE = 'openshift-tempo-operator';

/** OLM Deployment name of the operator. */
export const OPERATOR_DEPLOYMENT = 'tempo-operator-controller';

/** The simulated cluster's ingress domain (`<route>-<ns>.<domain>` route hosts). */
export const DEFAULT_APPS_DOMAIN = 'apps.sim.example.com';
