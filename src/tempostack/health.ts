/**
 * Health of a TempoStack and its components, derived from what the UI watches: the CR's status
 * (conditions, `status.components`), the component workloads and their pods.
 */
import type {
  Component,
  Condition,
  ContainerStatus,
  PodLike,
  PodStatusMap,
  TempoStack,
  WorkloadLike,
} from './types';
import { COMPONENT_STATUS_KEY } from './types';
import {
  effectiveStack,
  enabledComponents,
  replicasOf,
  resolveOperatorFeatures,
  versionAtLeast,
} from './effective-spec';
import { LABEL_COMPONENT, LABEL_INSTANCE, workloadFor } from './naming';

/** Health of one component. */
export type ComponentState =
  'healthy' | 'progressing' | 'degraded' | 'failed' | 'missing' | 'unknown';

/** Why a component has its state. */
export type ComponentHealthReason =
  | 'allReplicasReady'
  | 'scaledToZero'
  | 'componentDisabled'
  | 'workloadNotFound'
  | 'podFailed'
  | 'podUnknown'
  | 'crashLoopBackOff'
  | 'imagePullError'
  | 'containerConfigError'
  | 'oomKilled'
  | 'rolloutInProgress'
  | 'podsPending'
  | 'podsNotReady'
  | 'replicasNotReady';

/** Pod phase as reported (or derived from `status.components`). */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** Health of one pod. */
export interface PodHealth {
  name: string;
  phase: PodPhase;
  ready: boolean;
  /** Sum of the containers' `restartCount`. */
  restarts: number;
  /** Reason of the most recent termination of a container, e.g. `OOMKilled`, `Error`. */
  lastTerminationReason?: string;
  /** Reason a container is waiting, e.g. `CrashLoopBackOff`, `ImagePullBackOff`. */
  waitingReason?: string;
  crashLooping: boolean;
  /** Names of containers that are not ready. */
  notReadyContainers: string[];
}

/** Health of one component. */
export interface ComponentHealth {
  component: Component;
  workload?: { kind: 'Deployment' | 'StatefulSet'; name: string };
  desiredReplicas: number;
  readyReplicas: number;
  pods: PodHealth[];
  /** `pods`: from the watched pods; `status`: from the CR's `status.components` (no pod details). */
  podsSource: 'pods' | 'status';
  state: ComponentState;
  reason: ComponentHealthReason;
}

const IMAGE_PULL_REASONS = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'RegistryUnavailable',
]);
const CONFIG_ERROR_REASONS = new Set([
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

function containerStatuses(pod: PodLike): ContainerStatus[] {
  return pod.status?.containerStatuses ?? [];
}

/** Health of one pod from its status. */
export function podHealth(pod: PodLike): PodHealth {
  const statuses = containerStatuses(pod);
  const phase = pod.status?.phase ?? 'Unknown';
  const readyCondition = pod.status?.conditions?.find((c) => c.type === 'Ready');
  const ready =
    phase === 'Running' &&
    (readyCondition
      ? readyCondition.status === 'True'
      : statuses.length > 0 && statuses.every((s) => s.ready));
  const waitingReason = statuses.map((s) => s.state?.waiting?.reason).find((r) => !!r);
  const lastTerminationReason = statuses
    .map((s) => s.state?.terminated?.reason || s.lastState?.terminated?.reason)
    .find((r) => !!r);
  return {
    name: pod.metadata.name ?? '',
    phase,
    ready,
    restarts: statuses.reduce((sum, s) => sum + (s.restartCount || 0), 0),
    ...(lastTerminationReason ? { lastTerminationReason } : {}),
    ...(waitingReason ? { waitingReason } : {}),
    crashLooping: statuses.some((s) => s.state?.waiting?.reason === 'CrashLoopBackOff'),
    notReadyContainers: statuses.filter((s) => !s.ready).map((s) => s.name),
  };
}

/**
 * Whether `status.components` keys follow v0.22.0+ semantics (`Ready` = ready, `Running` = running
 * but not ready). Before 0.22.0 the keys were raw phases and `Running` meant healthy.
 */
export function statusHasReadyKey(stack: TempoStack): boolean {
  return versionAtLeast(resolveOperatorFeatures(stack).operatorVersion, '0.22.0');
}

/** Pods named in a component's `status.components` map, as {@link PodHealth} without details. */
function podsFromStatusMap(stack: TempoStack, map: PodStatusMap | null | undefined): PodHealth[] {
  if (!map) return [];
  const modern = statusHasReadyKey(stack);
  const pods: PodHealth[] = [];
  for (const [key, names] of Object.entries(map)) {
    for (const name of names ?? []) {
      const phase: PodPhase = key === 'Ready' ? 'Running' : isPodPhase(key) ? key : 'Unknown';
      const ready = key === 'Ready' || (key === 'Running' && !modern);
      pods.push({ name, phase, ready, restarts: 0, crashLooping: false, notReadyContainers: [] });
    }
  }
  return pods;
}

function isPodPhase(value: string): value is PodPhase {
  return ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'].includes(value);
}

function belongsTo(
  meta: { namespace?: string; labels?: Record<string, string> },
  stack: TempoStack,
  component: Component,
): boolean {
  const ns = stack.metadata.namespace;
  if (ns && meta.namespace && meta.namespace !== ns) return false;
  return (
    meta.labels?.[LABEL_INSTANCE] === stack.metadata.name &&
    meta.labels?.[LABEL_COMPONENT] === component
  );
}

function componentEnabled(stack: TempoStack, component: Component): boolean {
  return enabledComponents(stack).includes(component);
}

/** First failure signal among the pods, in order of severity. */
function failureReason(pods: PodHealth[]): ComponentHealthReason | undefined {
  if (pods.some((p) => p.phase === 'Failed')) return 'podFailed';
  if (pods.some((p) => p.phase === 'Unknown')) return 'podUnknown';
  if (pods.some((p) => p.crashLooping)) return 'crashLoopBackOff';
  if (pods.some((p) => p.waitingReason && IMAGE_PULL_REASONS.has(p.waitingReason))) {
    return 'imagePullError';
  }
  if (pods.some((p) => p.waitingReason && CONFIG_ERROR_REASONS.has(p.waitingReason))) {
    return 'containerConfigError';
  }
  if (pods.some((p) => !p.ready && p.lastTerminationReason === 'OOMKilled')) return 'oomKilled';
  return undefined;
}

/**
 * Health of one component.
 *
 * Pods are those in `pods` labelled `app.kubernetes.io/instance=NAME` and
 * `app.kubernetes.io/component=<component>` (terminating pods skipped); when none match, the
 * pod names of `status.components` are used instead (`podsSource: 'status'`). The workload is the
 * one named `tempo-NAME-<component>` of the expected kind. Desired replicas come from the workload
 * (`spec.replicas`, default 1), else from the effective spec; ready replicas from the workload's
 * `status.readyReplicas`, else from the ready pods.
 *
 * States, first match wins:
 * - `unknown` / `componentDisabled`: the component is not enabled for this stack;
 * - `missing` / `workloadNotFound`: no workload and no pods;
 * - `failed`: a failure signal (pod Failed/Unknown, CrashLoopBackOff, image pull error, container
 *   config error, OOMKilled and not ready) and no ready replica while some are desired;
 * - `degraded`: a failure signal with at least one ready replica (or none desired);
 * - `healthy` / `scaledToZero`: zero replicas desired;
 * - `progressing`: fewer ready than desired (`podsPending`, `podsNotReady`, `rolloutInProgress`,
 *   `replicasNotReady`), or all ready but the workload's rollout has not finished;
 * - `healthy` / `allReplicasReady` otherwise.
 */
export function componentHealth(
  stack: TempoStack,
  component: Component,
  workloads: readonly WorkloadLike[],
  pods: readonly PodLike[],
): ComponentHealth {
  const expected = workloadFor(stack.metadata.name ?? '', component);
  const workload = workloads.find(
    (w) =>
      w.kind === expected.kind &&
      w.metadata.name === expected.name &&
      (!stack.metadata.namespace ||
        !w.metadata.namespace ||
        w.metadata.namespace === stack.metadata.namespace),
  );
  const watched = pods
    .filter((p) => !p.metadata.deletionTimestamp && belongsTo(p.metadata, stack, component))
    .map(podHealth);
  const fromStatus =
    watched.length === 0
      ? podsFromStatusMap(stack, stack.status?.components?.[COMPONENT_STATUS_KEY[component]])
      : [];
  const podList = watched.length > 0 ? watched : fromStatus;
  const podsSource = watched.length === 0 && fromStatus.length > 0 ? 'status' : 'pods';
  const readyPods = podList.filter((p) => p.ready).length;

  const desiredReplicas = workload
    ? (workload.spec?.replicas ?? 1)
    : replicasOf(effectiveStack(stack), component);
  const readyReplicas = workload ? (workload.status?.readyReplicas ?? 0) : readyPods;

  const result = (state: ComponentState, reason: ComponentHealthReason): ComponentHealth => ({
    component,
    ...(workload ? { workload: expected } : {}),
    desiredReplicas,
    readyReplicas,
    pods: podList,
    podsSource,
    state,
    reason,
  });

  if (!componentEnabled(stack, component)) return result('unknown', 'componentDisabled');
  if (!workload && podList.length === 0) return result('missing', 'workloadNotFound');

  const failure = failureReason(podList);
  if (failure) {
    return result(readyReplicas === 0 && desiredReplicas > 0 ? 'failed' : 'degraded', failure);
  }
  if (desiredReplicas === 0) return result('healthy', 'scaledToZero');

  const rollingOut =
    !!workload &&
    ((workload.status?.observedGeneration !== undefined &&
      workload.metadata.generation !== undefined &&
      workload.status.observedGeneration < workload.metadata.generation) ||
      (workload.status?.updatedReplicas ?? desiredReplicas) < desiredReplicas);

  if (readyReplicas < desiredReplicas) {
    if (podList.some((p) => p.phase === 'Pending')) return result('progressing', 'podsPending');
    if (podList.some((p) => p.phase === 'Running' && !p.ready)) {
      return result('progressing', 'podsNotReady');
    }
    if (rollingOut) return result('progressing', 'rolloutInProgress');
    return result('progressing', 'replicasNotReady');
  }
  if (rollingOut) return result('progressing', 'rolloutInProgress');
  return result('healthy', 'allReplicasReady');
}

/** Overall state of a stack. */
export type StackState =
  'Ready' | 'Pending' | 'Degraded' | 'Failed' | 'ConfigurationError' | 'Unknown';

/** Reasons the plugin derives itself (the other reasons are the operator's condition reasons). */
export type DerivedStackReason =
  | 'noActiveCondition'
  | 'crashLooping'
  | 'componentFailed'
  | 'componentMissing'
  | 'componentNotReady'
  | 'gatewayNotReady';

/** Overall health of a stack. */
export interface StackHealth {
  state: StackState;
  /** The active condition's reason (e.g. `Ready`, `InvalidStorageConfig`, `FailedReconciliation`) or a {@link DerivedStackReason}. */
  reason: string;
  /** Whether `reason` is the operator's condition reason or derived from the components. */
  reasonSource: 'condition' | 'components';
  /** The condition with status `True`. */
  activeCondition?: Condition;
  /** Components behind a `Degraded` state. */
  affectedComponents: Component[];
}

/**
 * The condition with status `True` (the operator keeps exactly one; if several are True, the one
 * with the latest `lastTransitionTime`).
 */
export function activeCondition(stack: TempoStack): Condition | undefined {
  const active = (stack.status?.conditions ?? []).filter((c) => c.status === 'True');
  return active.reduce<Condition | undefined>(
    (latest, c) => (!latest || c.lastTransitionTime > latest.lastTransitionTime ? c : latest),
    undefined,
  );
}

/**
 * Overall health of a stack from its active condition, refined by the component health.
 *
 * - no condition with status True → `Unknown` / `noActiveCondition`;
 * - `ConfigurationError` → `ConfigurationError` with its reason (`InvalidStorageConfig`, …);
 * - `Failed` → `Failed` with its reason (`FailedComponents`, `FailedReconciliation`);
 * - `Pending` → `Degraded` if a component is `failed` or has crash-looping pods (the operator
 *   reports such pods as pending: they run but never become ready), else `Pending`;
 * - `Ready` → `Degraded` if an enabled component is not `healthy` (including the gateway, which the
 *   operator does not consider, upstream issue #217), else `Ready`.
 *
 * Degraded reasons, first match wins: `crashLooping`, `componentFailed`, `componentMissing`,
 * `gatewayNotReady` (only the gateway is unhealthy), `componentNotReady`. Components whose state
 * is `unknown` (disabled, or not evaluated) are ignored.
 */
export function stackHealth(
  stack: TempoStack,
  components: readonly ComponentHealth[],
): StackHealth {
  const condition = activeCondition(stack);
  const fromCondition = (state: StackState): StackHealth => ({
    state,
    reason: condition?.reason ?? '',
    reasonSource: 'condition',
    ...(condition ? { activeCondition: condition } : {}),
    affectedComponents: [],
  });
  if (!condition) {
    return {
      state: 'Unknown',
      reason: 'noActiveCondition',
      reasonSource: 'components',
      affectedComponents: [],
    };
  }
  const degraded = (
    reason: DerivedStackReason,
    affected: readonly ComponentHealth[],
  ): StackHealth => ({
    state: 'Degraded',
    reason,
    reasonSource: 'components',
    activeCondition: condition,
    affectedComponents: affected.map((c) => c.component),
  });

  const enabled = components.filter(
    (c) => c.state !== 'unknown' && componentEnabled(stack, c.component),
  );
  const crashLooping = enabled.filter((c) => c.pods.some((p) => p.crashLooping));
  const failed = enabled.filter((c) => c.state === 'failed');

  switch (condition.type) {
    case 'ConfigurationError':
      return fromCondition('ConfigurationError');
    case 'Failed':
      return fromCondition('Failed');
    case 'Pending':
      if (crashLooping.length > 0) return degraded('crashLooping', crashLooping);
      if (failed.length > 0) return degraded('componentFailed', failed);
      return fromCondition('Pending');
    case 'Ready': {
      if (crashLooping.length > 0) return degraded('crashLooping', crashLooping);
      if (failed.length > 0) return degraded('componentFailed', failed);
      const missing = enabled.filter((c) => c.state === 'missing');
      if (missing.length > 0) return degraded('componentMissing', missing);
      const unhealthy = enabled.filter((c) => c.state !== 'healthy');
      if (unhealthy.length > 0) {
        const onlyGateway = unhealthy.every((c) => c.component === 'gateway');
        return degraded(onlyGateway ? 'gatewayNotReady' : 'componentNotReady', unhealthy);
      }
      return fromCondition('Ready');
    }
    default:
      return {
        state: 'Unknown',
        reason: condition.reason,
        reasonSource: 'condition',
        activeCondition: condition,
        affectedComponents: [],
      };
  }
}

/**
 * Ready and total enabled components, from `status.components` alone (no pods needed), for the
 * list page's "5/5" column. A component counts as ready when its map lists at least as many
 * healthy pods as its effective replicas and no pod in another state. Healthy pods are those under
 * `Ready` (v0.22.0+), or under `Running` before v0.22.0 (by `status.operatorVersion`).
 */
export function componentsReadyCount(stack: TempoStack): { ready: number; total: number } {
  const modern = statusHasReadyKey(stack);
  const components = enabledComponents(stack);
  const effective = effectiveStack(stack);
  let ready = 0;
  for (const component of components) {
    const map = stack.status?.components?.[COMPONENT_STATUS_KEY[component]];
    if (!map) continue;
    let healthy = 0;
    let other = 0;
    for (const [key, names] of Object.entries(map)) {
      const count = names?.length ?? 0;
      if (key === 'Ready' || (key === 'Running' && !modern)) healthy += count;
      else other += count;
    }
    if (other === 0 && healthy >= replicasOf(effective, component)) ready += 1;
  }
  return { ready, total: components.length };
}

/** Codes for the operator's `ConfigurationError` messages, for a UI to explain in plain words. */
export type ConfigurationErrorCode =
  | 'storageSecretNotFound'
  | 'storageSecretFetchFailed'
  | 'storageCAConfigMapNotFound'
  | 'storageCAConfigMapFetchFailed'
  | 'storageCAConfigMapMissingKey'
  | 'storageSecretTypeRequired'
  | 'storageSecretTypeInvalid'
  | 'storageSecretMixedCredentials'
  | 'storageSecretMissingKey'
  | 'storageSecretInvalidEndpoint'
  | 'storageSecretInvalidGcsKey'
  | 'storageGcsCredentialSourceInvalid'
  | 'storageCredentialModeUnsupported'
  | 'storageTLSUnsupported'
  | 'storageTokenCCOWithoutCCOEnvironment'
  | 'storageNotConfigured'
  | 'missingTenantSecret'
  | 'invalidTenantSecret'
  | 'invalidTenantsConfiguration'
  | 'missingOpenShiftBaseDomain'
  | 'invalidTLSProfile'
  | 'upgradeFailed'
  | 'unknown';

/** One explained problem. */
export interface ConfigurationErrorPart {
  code: ConfigurationErrorCode;
  params: Record<string, string>;
}

/** An explained condition: the first problem, and all problems (storage messages are joined with `, `). */
export interface ConfigurationErrorExplanation extends ConfigurationErrorPart {
  parts: ConfigurationErrorPart[];
}

interface MessagePattern {
  /** Sticky regex matched at the current position. */
  re: RegExp;
  explain: (m: RegExpExecArray) => ConfigurationErrorPart;
}

const part = (code: ConfigurationErrorCode, params: Record<string, string> = {}) => ({
  code,
  params,
});

const TENANT_PROBLEMS: Record<string, string> = {
  'spec.tenants.authentication is required in static mode': 'staticAuthenticationRequired',
  'spec.tenants.authorization is required in static mode': 'staticAuthorizationRequired',
  'spec.tenants.authorization.roles is required in static mode': 'staticRolesRequired',
  'spec.tenants.authorization.roleBindings is required in static mode':
    'staticRoleBindingsRequired',
  'spec.tenants.authorization.oidc is required for each tenant in static mode':
    'staticOidcRequired',
  'openshift mode requires gateway enabled': 'openshiftModeRequiresGateway',
  'spec.tenants.authorization should not be defined in openshift mode':
    'openshiftModeAuthorizationNotAllowed',
  'spec.tenants.authentication.oidc should not be defined in openshift mode':
    'openshiftModeOidcNotAllowed',
};

/** End of a storage message: `, ` before the next message, or the end of the text. */
const END = '(?=, |$)';

const STORAGE_PATTERNS: MessagePattern[] = [
  {
    re: new RegExp(
      `could not fetch storage configuration secret: (.*?)\\. Tempo will start once the storage secret is available${END}`,
      'y',
    ),
    explain: (m) => fetchSecretPart(m[1]),
  },
  {
    re: new RegExp(`could not fetch storage configuration secret: (.*?)${END}`, 'y'),
    explain: (m) => fetchSecretPart(m[1]),
  },
  {
    re: new RegExp(`could not fetch ConfigMap: (.*?)${END}`, 'y'),
    explain: (m) => {
      const notFound = /^configmaps "([^"]*)" not found$/.exec(m[1]);
      return notFound
        ? part('storageCAConfigMapNotFound', { configMap: notFound[1] })
        : part('storageCAConfigMapFetchFailed', { error: m[1] });
    },
  },
  {
    re: new RegExp(
      `CA ConfigMap must contain a 'service-ca\\.crt', 'ca\\.crt', or 'ca-bundle\\.crt' key${END}`,
      'y',
    ),
    explain: () => part('storageCAConfigMapMissingKey'),
  },
  {
    re: new RegExp(`storage secret type is required${END}`, 'y'),
    explain: () => part('storageSecretTypeRequired'),
  },
  {
    re: new RegExp(`(\\S*) is not an allowed storage secret type${END}`, 'y'),
    explain: (m) => part('storageSecretTypeInvalid', { type: m[1] }),
  },
  {
    re: new RegExp(
      `storage secret contains fields for long lived and short lived configuration${END}`,
      'y',
    ),
    explain: () => part('storageSecretMixedCredentials'),
  },
  {
    re: new RegExp(`storage secret must contain "([^"]*)" field${END}`, 'y'),
    explain: (m) => part('storageSecretMissingKey', { key: m[1] }),
  },
  {
    re: new RegExp(`"endpoint" field of storage secret must be a valid URL${END}`, 'y'),
    explain: () => part('storageSecretInvalidEndpoint'),
  },
  {
    re: new RegExp(`missing secret field key\\.json${END}`, 'y'),
    explain: () => part('storageSecretMissingKey', { key: 'key.json' }),
  },
  {
    re: new RegExp(`gcp storage secret cannot be parsed from JSON content${END}`, 'y'),
    explain: () => part('storageSecretInvalidGcsKey'),
  },
  {
    re: new RegExp(`credential source in secret needs to point to token file${END}`, 'y'),
    explain: () => part('storageGcsCredentialSourceInvalid'),
  },
  {
    re: new RegExp(`not supported by azure secret credential mode${END}`, 'y'),
    explain: () => part('storageCredentialModeUnsupported', { provider: 'azure' }),
  },
  {
    re: new RegExp(`credential mode not supported for GCS${END}`, 'y'),
    explain: () => part('storageCredentialModeUnsupported', { provider: 'gcs' }),
  },
  {
    re: new RegExp(`custom TLS settings are not supported for Azure Storage${END}`, 'y'),
    explain: () => part('storageTLSUnsupported', { provider: 'azure' }),
  },
  {
    re: new RegExp(`custom TLS settings are not supported for Google Cloud Storage${END}`, 'y'),
    explain: () => part('storageTLSUnsupported', { provider: 'gcs' }),
  },
  {
    re: new RegExp(`cannot configure tempo in CCO mode without CCO environment${END}`, 'y'),
    explain: () => part('storageTokenCCOWithoutCCOEnvironment'),
  },
  {
    re: new RegExp(`(?:storage not configured|please specify a storage secret)${END}`, 'y'),
    explain: () => part('storageNotConfigured'),
  },
];

function fetchSecretPart(error: string): ConfigurationErrorPart {
  const notFound = /^secrets "([^"]*)" not found$/.exec(error);
  return notFound
    ? part('storageSecretNotFound', { secret: notFound[1] })
    : part('storageSecretFetchFailed', { error });
}

/** Splits `, `-joined storage messages into explained parts; unknown stretches become `unknown`. */
function explainStorageMessage(message: string): ConfigurationErrorPart[] {
  const parts: ConfigurationErrorPart[] = [];
  let pos = 0;
  let unknownStart = -1;
  while (pos < message.length) {
    let matched: { part: ConfigurationErrorPart; end: number } | undefined;
    for (const pattern of STORAGE_PATTERNS) {
      pattern.re.lastIndex = pos;
      const m = pattern.re.exec(message);
      if (m) {
        matched = { part: pattern.explain(m), end: pos + m[0].length };
        break;
      }
    }
    if (matched) {
      if (unknownStart >= 0) parts.push(part('unknown'));
      unknownStart = -1;
      parts.push(matched.part);
      pos = matched.end;
    } else {
      if (unknownStart < 0) unknownStart = pos;
      const next = message.indexOf(', ', pos);
      pos = next < 0 ? message.length : next;
    }
    if (message.startsWith(', ', pos)) pos += 2;
  }
  if (unknownStart >= 0) parts.push(part('unknown'));
  return parts;
}

function explainMessage(reason: string, message: string): ConfigurationErrorPart[] {
  const tenantsPrefix = 'Invalid tenants configuration: ';
  if (message.startsWith(tenantsPrefix)) {
    const detail = message.slice(tenantsPrefix.length);
    return [
      part('invalidTenantsConfiguration', {
        problem: TENANT_PROBLEMS[detail] ?? 'unknown',
        detail,
      }),
    ];
  }
  const tenant = /^Missing secrets for tenant (.*)$/s.exec(message);
  if (tenant) return [part('missingTenantSecret', { tenant: tenant[1] })];
  if (message === 'Invalid gateway tenant secret contents') return [part('invalidTenantSecret')];
  if (
    message ===
    'Missing OpenShift IngressController and cluster DNS configuration to read base domain'
  ) {
    return [part('missingOpenShiftBaseDomain')];
  }
  const upgrade = /^error during upgrade: (.*)$/s.exec(message);
  if (upgrade) return [part('upgradeFailed', { error: upgrade[1] })];
  if (reason === 'CouldNotGetOpenShiftTLSPolicy') return [part('invalidTLSProfile')];
  return explainStorageMessage(message);
}

/**
 * Turns a `ConfigurationError` condition's message into codes with parameters, e.g.
 * `storage secret must contain "bucket" field` → `{code: 'storageSecretMissingKey', params: {key:
 * 'bucket'}}`. Storage messages joined with `, ` by the operator yield one part each (`parts`);
 * the top-level `code`/`params` are those of the first part. Unrecognised text is `unknown`.
 */
export function explainConfigurationError(
  condition: Pick<Condition, 'reason' | 'message'> | undefined,
): ConfigurationErrorExplanation {
  const parts = condition?.message
    ? explainMessage(condition.reason ?? '', condition.message)
    : [part('unknown')];
  const first = parts[0] ?? part('unknown');
  return { code: first.code, params: first.params, parts };
}
