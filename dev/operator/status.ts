/**
 * The TempoStack status exactly as the operator v0.22.0 writes it: `components` (a PodStatusMap
 * per component from the pods' phase and readiness; terminating pods skipped; the gateway always
 * listed; the metrics-generator only when enabled), one condition True among Ready / Pending /
 * Failed / ConfigurationError (all others flipped to False with a new transition time, kept in
 * the list), and the version fields.
 *
 * TODO(domain): the domain core only derives health from a status (`health.ts`); these writer-side
 * rules (`podStatusKey`, `componentsCondition`, `updateConditions`) would belong next to it.
 */
import { componentLabels, formatLabelSelector } from '../../src/tempostack/naming';
import type {
  Component,
  ComponentStatus,
  Condition,
  PodStatusMap,
  TempoStack,
} from '../../src/tempostack/types';
import type { ClusterApi } from '../cluster/api';
import type { Pod } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';

/** A condition the reconcile wants True. */
export interface WantedCondition {
  type: 'Ready' | 'Pending' | 'Failed' | 'ConfigurationError';
  reason: string;
  message: string;
}

/** The operator's messages and reasons for the component-derived conditions. */
export const CONDITIONS = {
  ready: { type: 'Ready', reason: 'Ready', message: 'All components are operational' },
  pending: {
    type: 'Pending',
    reason: 'PendingComponents',
    message: 'Some Tempo components are pending on dependencies',
  },
  failed: { type: 'Failed', reason: 'FailedComponents', message: 'Some Tempo components failed' },
} as const satisfies Record<string, WantedCondition>;

/** The operator's status key of a pod (v0.22.0 `PodStatus`). */
export const podStatusKey = (pod: Pod): string => {
  switch (pod.status?.phase) {
    case 'Failed':
      return 'Failed';
    case 'Pending':
      return 'Pending';
    case 'Succeeded':
      return 'Succeeded';
    case 'Running':
      return (pod.status.containerStatuses ?? []).every((c) => c.ready) ? 'Ready' : 'Running';
    default:
      return 'Unknown';
  }
};

/** `status.components` keys and their components, in the Go struct's (JSON) order. */
export const COMPONENT_KEYS: [keyof ComponentStatus, Component][] = [
  ['compactor', 'compactor'],
  ['distributor', 'distributor'],
  ['ingester', 'ingester'],
  ['querier', 'querier'],
  ['queryFrontend', 'query-frontend'],
  ['gateway', 'gateway'],
];

/** Lists the pods of every component and builds `status.components`. */
export const componentsStatus = async (
  api: ClusterApi,
  stack: TempoStack,
): Promise<ComponentStatus> => {
  const name = stack.metadata.name ?? '';
  const namespace = stack.metadata.namespace ?? '';
  const keys = [...COMPONENT_KEYS];
  if (stack.spec.template?.metricsGenerator?.enabled)
    keys.push(['metricsGenerator', 'metrics-generator']);
  const components: ComponentStatus = {};
  for (const [key, component] of keys) {
    const pods = await api.list<Pod>(REFS.pods, {
      namespace,
      labelSelector: formatLabelSelector(componentLabels(name, component)),
    });
    const map: PodStatusMap = {};
    for (const pod of pods.items) {
      if (pod.metadata.deletionTimestamp) continue;
      const status = podStatusKey(pod);
      (map[status] ??= []).push(pod.metadata.name);
    }
    components[key] = map;
  }
  return components;
};

const countOf = (components: ComponentStatus, status: string): number =>
  (
    [
      'compactor',
      'distributor',
      'ingester',
      'querier',
      'queryFrontend',
      'metricsGenerator',
    ] as const
  ).reduce((sum, key) => sum + (components[key]?.[status]?.length ?? 0), 0);

/** The condition the components call for (gateway pods are not considered, as upstream). */
export const componentsCondition = (components: ComponentStatus): WantedCondition => {
  if (countOf(components, 'Failed') + countOf(components, 'Unknown') > 0) return CONDITIONS.failed;
  if (countOf(components, 'Pending') + countOf(components, 'Running') > 0)
    return CONDITIONS.pending;
  return CONDITIONS.ready;
};

/**
 * The operator's `UpdateCondition`: unchanged when the wanted condition is already True with the
 * same reason and message; otherwise every condition is set False (new transition time) and the
 * wanted one is replaced or appended as True.
 */
export const updateConditions = (
  current: Condition[] | undefined,
  wanted: WantedCondition,
  now: string,
): Condition[] => {
  const conditions = current ?? [];
  if (
    conditions.some(
      (c) =>
        c.type === wanted.type &&
        c.reason === wanted.reason &&
        c.message === wanted.message &&
        c.status === 'True',
    )
  ) {
    return conditions;
  }
  const next: Condition[] = conditions.map((c) => ({
    ...c,
    status: 'False',
    lastTransitionTime: now,
  }));
  const condition: Condition = {
    type: wanted.type,
    status: 'True',
    reason: wanted.reason,
    message: wanted.message,
    lastTransitionTime: now,
  };
  const index = next.findIndex((c) => c.type === wanted.type);
  if (index === -1) next.push(condition);
  else next[index] = condition;
  return next;
};
