/**
 * The requests of a browser collection: Kubernetes API paths (relative to the API root), which
 * container logs to read, and the operator's objects (upstream §2.1–2.3). Pure: the collector in
 * `src/diagnostics/` sends them.
 */
import { formatLabelSelector } from '../naming';
import type { PodLike } from '../types';
import type { KubeObjectLike, ListedKind } from './bundle-types';

type Query = Record<string, string | number | boolean | undefined>;

const queryString = (query: Query = {}): string => {
  const params = Object.entries(query)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== false)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return params.length ? `?${params.join('&')}` : '';
};

/** `/api/v1` or `/apis/<group>/<version>`. */
export const groupVersionPath = (kind: Pick<ListedKind, 'group' | 'version'>): string =>
  kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;

/** A list (cluster-wide without `namespace`). */
export const listPath = (
  kind: Pick<ListedKind, 'group' | 'version' | 'plural'>,
  namespace?: string,
  query?: Query,
): string =>
  `${groupVersionPath(kind)}${namespace ? `/namespaces/${encodeURIComponent(namespace)}` : ''}/${kind.plural}${queryString(query)}`;

/** One object. */
export const objectPath = (
  kind: Pick<ListedKind, 'group' | 'version' | 'plural'>,
  name: string,
  namespace?: string,
): string =>
  `${groupVersionPath(kind)}${namespace ? `/namespaces/${encodeURIComponent(namespace)}` : ''}/${kind.plural}/${encodeURIComponent(name)}`;

/** A container's log: the last `tailLines` lines, of the previous instance when `previous`. */
export const logPath = (
  namespace: string,
  pod: string,
  container: string,
  options: { tailLines?: number; previous?: boolean },
): string =>
  `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log${queryString(
    {
      container,
      tailLines: options.tailLines,
      previous: options.previous,
    },
  )}`;

/** A log to read. */
export interface LogTarget {
  pod: string;
  container: string;
  previous: boolean;
}

/** A log not read, and why (not a failure: there is nothing to read). */
export interface SkippedLog {
  pod: string;
  container: string;
  reason: string;
}

interface ContainerState {
  name: string;
  restartCount?: number;
  state?: { running?: unknown; terminated?: unknown; waiting?: { reason?: string } };
  lastState?: { terminated?: unknown };
}

/**
 * The logs to read for the pods: the current log of every container that has run, and the previous
 * instance's log of every container that restarted. Containers that never started are skipped
 * with their waiting reason (the kubelet would answer 400), so no request is wasted.
 */
export const planLogs = (
  pods: readonly PodLike[],
): { targets: LogTarget[]; skipped: SkippedLog[] } => {
  const targets: LogTarget[] = [];
  const skipped: SkippedLog[] = [];
  for (const pod of pods) {
    const name = pod.metadata.name ?? '';
    const status = (pod.status ?? {}) as {
      containerStatuses?: ContainerState[];
      initContainerStatuses?: ContainerState[];
    };
    const spec = (pod.spec ?? {}) as {
      containers?: { name: string }[];
      initContainers?: { name: string }[];
    };
    const statuses = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
    const containers = [
      ...(spec.initContainers ?? []).filter((c) => statuses.some((s) => s.name === c.name)),
      ...(spec.containers ?? []),
    ];
    for (const { name: container } of containers) {
      const s = statuses.find((x) => x.name === container);
      const hasRun = !!(
        s?.state?.running ||
        s?.state?.terminated ||
        s?.lastState?.terminated ||
        (s?.restartCount ?? 0) > 0
      );
      if (!hasRun) {
        skipped.push({ pod: name, container, reason: s?.state?.waiting?.reason ?? 'not started' });
        continue;
      }
      targets.push({ pod: name, container, previous: false });
      if (s?.lastState?.terminated || (s?.restartCount ?? 0) > 0) {
        targets.push({ pod: name, container, previous: true });
      }
    }
  }
  return { targets, skipped };
};

/** Upstream finds the operator by this label, cluster-wide, and takes the first Deployment. */
export const OPERATOR_SELECTOR = 'app.kubernetes.io/name=tempo-operator';
/** The operator's container whose log upstream collects. */
export const OPERATOR_CONTAINER = 'manager';

/** The label selector of the operator's pods, from its Deployment's `spec.selector.matchLabels`. */
export const operatorPodSelector = (deployment: KubeObjectLike): string | undefined => {
  const matchLabels = (
    deployment.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined
  )?.selector?.matchLabels;
  return matchLabels && Object.keys(matchLabels).length
    ? formatLabelSelector(matchLabels)
    : undefined;
};

/** An OLM kind upstream collects, and which of its objects (§2.3). */
export interface OlmKind extends ListedKind {
  /** Cluster-scoped (listed without namespace). */
  clusterScoped: boolean;
  /** Upstream keeps only objects whose name contains `tempo`. */
  nameContainsTempo: boolean;
}

const olm = (
  kind: string,
  version: string,
  plural: string,
  clusterScoped: boolean,
  nameContainsTempo: boolean,
): OlmKind => ({
  kind,
  group: 'operators.coreos.com',
  version,
  plural,
  optional: true,
  clusterScoped,
  nameContainsTempo,
});

/** Operator (all), OperatorGroup (name contains tempo), Subscription, InstallPlan, CSV (name contains tempo). */
export const OLM_KINDS: readonly OlmKind[] = Object.freeze([
  olm('Operator', 'v1', 'operators', true, false),
  olm('OperatorGroup', 'v1', 'operatorgroups', false, true),
  olm('Subscription', 'v1alpha1', 'subscriptions', false, false),
  olm('InstallPlan', 'v1alpha1', 'installplans', false, false),
  olm('ClusterServiceVersion', 'v1alpha1', 'clusterserviceversions', false, true),
]);

/** The OLM objects of one list that upstream keeps. */
export const selectOlm = (kind: OlmKind, items: readonly KubeObjectLike[]): KubeObjectLike[] =>
  items.filter((o) => !kind.nameContainsTempo || (o.metadata?.name ?? '').includes('tempo'));
