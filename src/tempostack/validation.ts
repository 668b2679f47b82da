/**
 * TempoStack admission validation as the cluster performs it: the CRD schema (validation-rules.md
 * §A), then the operator's validating webhook on the defaulted object (§C, rules 1–52, in the
 * webhook's order and grouping), then the name recommendations of §E.
 */
import { applyDefaults } from './defaults';
import { goQuote } from './go-format';
import { defaultServiceAccountName } from './naming';
import { ingesterQuorum } from './size-profiles';
import type { TempoStack, TempoStackSpec } from './types';
import { TSHIRT_SIZES } from './types';
import { validateGateway, validateTenants } from './validation-gateway';
import { validateNameRecommendations } from './validation-names';
import { validateObservability } from './validation-observability';
import { validateSchema } from './validation-schema';
import { validateStorage } from './validation-storage';
import { isLookupError, type Finding, type ValidationContext } from './validation-types';

export {
  admissionErrorFindings,
  admissionWarnings,
  formatAdmissionError,
  formatFieldError,
} from './admission-error';
export { storageCredentialModeSupported, storageSecretRequirements } from './validation-storage';
export type {
  FieldErrorType,
  Finding,
  FindingSeverity,
  LookupError,
  ValidationContext,
  ValidationLookups,
} from './validation-types';

/** The finalizer the operator puts on every TempoStack it manages. */
export const TEMPO_FINALIZER = 'tempo.grafana.com/finalizer';

const JAEGER_INGRESS_TYPE_PATH = 'spec.template.queryFrontend.jaegerQuery.ingress.type';

const error = (
  rule: string,
  path: string,
  code: string,
  message: string,
  value: unknown,
  extra: Partial<Finding> = {},
): Finding => ({ rule, path, severity: 'error', message, code, value, ...extra });

const warning = (rule: string, path: string, code: string, message: string): Finding => ({
  rule,
  path,
  severity: 'warning',
  message,
  code,
});

/** C1: the name is the `app.kubernetes.io/instance` label value. */
const validateName = (name: string): Finding[] =>
  name.length > 63
    ? [
        error('C1', 'metadata.name', 'nameTooLong', 'must be no more than 63 characters', name, {
          params: { max: 63, length: name.length },
        }),
      ]
    : [];

/** C2: a custom service account must already exist. */
const validateServiceAccount = (
  name: string,
  spec: TempoStackSpec,
  context: ValidationContext,
): Finding[] => {
  const serviceAccount = spec.serviceAccount ?? '';
  const exists = context.lookups.serviceAccountExists;
  if (
    serviceAccount === defaultServiceAccountName(name) ||
    exists === undefined ||
    exists === true
  ) {
    return [];
  }
  const failed = isLookupError(exists);
  return [
    error(
      'C2',
      'spec.serviceAccount',
      failed ? 'serviceAccountLookupFailed' : 'serviceAccountNotFound',
      failed ? exists.error : `serviceaccounts ${goQuote(serviceAccount)} not found`,
      serviceAccount,
      { params: { serviceAccount } },
    ),
  ];
};

/** C18–C20: extra config, size and size vs. total resources. */
const validateSizing = (spec: TempoStackSpec): Finding[] => {
  const findings: Finding[] = [];
  const extraConfig = spec.extraConfig?.tempo;
  if (extraConfig !== undefined && extraConfig !== null) {
    findings.push(
      warning(
        'C18',
        'spec.extraConfig.tempo',
        'extraConfigOverride',
        'override tempo configuration could potentially break the stack, use it carefully',
      ),
    );
  }
  const size: string = spec.size ?? '';
  if (size !== '' && !(TSHIRT_SIZES as readonly string[]).includes(size)) {
    findings.push(
      error(
        'C19',
        'spec.size',
        'sizeInvalid',
        `invalid size ${goQuote(size)}, must be one of: ${TSHIRT_SIZES.join(', ')}`,
        size,
        { params: { size }, valueFormat: 'json' },
      ),
    );
  }
  if (size !== '' && spec.resources?.total !== undefined && spec.resources.total !== null) {
    findings.push(
      warning(
        'C20',
        'spec.size',
        'sizeOverridesResources',
        'both spec.size and spec.resources.total are specified; spec.size takes precedence for resource allocation',
      ),
    );
  }
  return findings;
};

/** C21, C22: ingester quorum and distinct zone topology keys. */
const validateReplication = (spec: TempoStackSpec): Finding[] => {
  const findings: Finding[] = [];
  const replicationFactor = spec.replicationFactor ?? 0;
  const replicas = spec.template?.ingester?.replicas ?? 0;
  const quorum = ingesterQuorum(replicationFactor);
  if (replicas < quorum) {
    findings.push(
      error(
        'C21',
        'spec.ReplicationFactor',
        'ingesterReplicasBelowQuorum',
        `replica factor of ${replicationFactor} requires at least ${quorum} ingester replicas`,
        replicationFactor,
        { params: { replicationFactor, quorum, replicas } },
      ),
    );
  }
  const zones = spec.replicationZones ?? [];
  const duplicate = zones.findIndex(
    ({ topologyKey }, i) => zones.findIndex((zone) => zone.topologyKey === topologyKey) < i,
  );
  if (duplicate >= 0) {
    const topologyKey = zones[duplicate].topologyKey;
    findings.push(
      error(
        'C22',
        `spec.replicationZones[${duplicate}].topologyKey`,
        'replicationZoneDuplicateTopologyKey',
        `Duplicate value: ${goQuote(topologyKey)}`,
        topologyKey,
        { params: { topologyKey, index: duplicate }, errorType: 'Duplicate' },
      ),
    );
  }
  return findings;
};

/** C23–C25 (first failing only), then the C26 deprecation warning. */
const validateQueryFrontend = (spec: TempoStackSpec, context: ValidationContext): Finding[] => {
  const jaegerQuery = spec.template?.queryFrontend?.jaegerQuery;
  const ingressType = jaegerQuery?.ingress?.type ?? '';
  const deprecation = jaegerQuery?.enabled
    ? [
        warning(
          'C26',
          'spec.template.queryFrontend.jaegerQuery.enabled',
          'jaegerQueryDeprecated',
          'spec.template.queryFrontend.jaegerQuery.enabled is deprecated and will be removed in a future release',
        ),
      ]
    : [];
  const typeError = (rule: string, code: string, message: string): Finding[] => [
    error(rule, JAEGER_INGRESS_TYPE_PATH, code, message, ingressType, { valueFormat: 'json' }),
    ...deprecation,
  ];
  if ((ingressType === 'ingress' || ingressType === 'route') && !jaegerQuery?.enabled) {
    return typeError(
      'C23',
      'jaegerQueryIngressWithoutJaegerQuery',
      'Ingress cannot be enabled if jaegerQuery is disabled',
    );
  }
  if (ingressType === 'route' && !context.env.featureGates.openshiftRoute) {
    return typeError(
      'C24',
      'jaegerQueryRouteWithoutRouteGate',
      'Please enable the featureGates.openshift.openshiftRoute feature gate to use Routes',
    );
  }
  if (jaegerQuery?.monitorTab?.enabled && !jaegerQuery.monitorTab.prometheusEndpoint) {
    return [
      error(
        'C25',
        'spec.template.queryFrontend.jaegerQuery.monitorTab.prometheusEndpoint',
        'monitorTabPrometheusEndpointRequired',
        'Prometheus endpoint must be set when monitoring is enabled',
        '',
      ),
      ...deprecation,
    ];
  }
  return deprecation;
};

const DEPRECATED_FIELD_MESSAGE = 'this field is deprecated and must be unset';

/** C49: the deprecated `maxSearchBytesPerTrace` (global first, then the first tenant). */
const validateDeprecatedFields = (spec: TempoStackSpec): Finding[] => {
  const globalValue = spec.limits?.global?.query?.maxSearchBytesPerTrace;
  if (globalValue !== undefined && globalValue !== null) {
    return [
      error(
        'C49',
        'spec.limits.global.query.maxSearchBytesPerTrace',
        'deprecatedMaxSearchBytesPerTrace',
        DEPRECATED_FIELD_MESSAGE,
        globalValue,
      ),
    ];
  }
  const tenant = Object.entries(spec.limits?.perTenant ?? {}).find(
    ([, limits]) =>
      limits?.query?.maxSearchBytesPerTrace !== undefined &&
      limits.query.maxSearchBytesPerTrace !== null,
  );
  if (!tenant) return [];
  const [name, limits] = tenant;
  return [
    error(
      'C49',
      `spec.limits.perTenant[${name}].query.maxSearchBytesPerTrace`,
      'deprecatedMaxSearchBytesPerTrace',
      DEPRECATED_FIELD_MESSAGE,
      limits.query?.maxSearchBytesPerTrace,
      { params: { tenant: name } },
    ),
  ];
};

/** C50–C52: receiver TLS certificate, metrics-generator remote write, name conflict. */
const validateRemaining = (
  name: string,
  spec: TempoStackSpec,
  context: ValidationContext,
): Finding[] => {
  const findings: Finding[] = [];
  const tls = spec.template?.distributor?.tls;
  if (tls?.enabled && !context.env.featureGates.openshiftServingCertsService && !tls.certName) {
    findings.push(
      error(
        'C50',
        'spec.template.distributor.tls.cert',
        'distributorTlsCertRequired',
        'need to specify cert secret name',
        '',
      ),
    );
  }
  const metricsGenerator = spec.template?.metricsGenerator;
  if (metricsGenerator?.enabled && (metricsGenerator.remoteWriteURLs ?? []).length === 0) {
    findings.push(
      error(
        'C51',
        'spec.template.metricsGenerator.remoteWriteURLs',
        'metricsGeneratorRemoteWriteRequired',
        'Required value: at least one remote write URL is required when the metrics-generator is enabled',
        undefined,
        { errorType: 'Required' },
      ),
    );
  }
  if (context.lookups.monolithicWithSameName) {
    findings.push(
      error(
        'C52',
        'metadata.name',
        'nameConflictsWithMonolithic',
        'Cannot create a TempoStack with the same name as a TempoMonolithic instance in the same namespace',
        name,
      ),
    );
  }
  return findings;
};

/** The update that only removes the operator's finalizer from a deleted object is not validated. */
const isFinalizerRemoval = (stack: TempoStack, context: ValidationContext): boolean =>
  context.operation === 'update' &&
  Boolean(stack.metadata?.deletionTimestamp) &&
  (context.oldStack?.metadata?.finalizers ?? []).includes(TEMPO_FINALIZER) &&
  !(stack.metadata?.finalizers ?? []).includes(TEMPO_FINALIZER);

/** The operator's validating webhook (§C) on an already defaulted TempoStack. */
const validateWebhook = (stack: TempoStack, context: ValidationContext): Finding[] => {
  const name = stack.metadata.name ?? '';
  const spec = stack.spec;
  return [
    ...validateName(name),
    ...validateServiceAccount(name, spec, context),
    ...validateStorage(spec, context.lookups),
    ...validateSizing(spec),
    ...validateReplication(spec),
    ...validateQueryFrontend(spec, context),
    ...validateGateway(spec, context.env, context.lookups),
    ...validateTenants(spec),
    ...validateObservability(spec, context.env),
    ...validateDeprecatedFields(spec),
    ...validateRemaining(name, spec, context),
  ];
};

/**
 * Validates a TempoStack as a create or update request would: schema findings (`schema.*`), then
 * the webhook's findings (`C1`–`C52`) for the defaulted object, then the §E recommendations
 * (`E.*`, warnings). Checks needing a lookup that is `undefined` in the context are skipped.
 * Findings never contain secret values.
 */
export const validateTempoStack = (stack: TempoStack, context: ValidationContext): Finding[] => {
  const schema = validateSchema(stack);
  if (isFinalizerRemoval(stack, context)) return schema;
  const effective = applyDefaults(stack, context.env);
  return [
    ...schema,
    ...validateWebhook(effective, context),
    ...validateNameRecommendations(effective),
  ];
};
