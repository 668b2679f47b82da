/**
 * Which objects belong in the bundle of one TempoStack. The owned objects are selected exactly as
 * the upstream must-gather selects them (must-gather.md §3): every object of the listed kinds
 * labelled `app.kubernetes.io/managed-by=tempo-operator` whose `ownerReferences` contain an entry
 * of kind `TempoStack` with the CR's UID (any owner reference, not only the controller one).
 *
 * Upstream lists cluster-wide; a namespaced owner can only own objects of its own namespace, so
 * listing in the CR's namespace selects the same objects with one request per kind.
 */
import { LABEL_INSTANCE, LABEL_MANAGED_BY, MANAGED_BY_VALUE } from '../naming';
import type { PodLike, TempoStack } from '../types';
import { apiVersionOf, type KubeObjectLike, type ListedKind } from './bundle-types';

const kind = (
  k: string,
  group: string,
  version: string,
  plural: string,
  optional = false,
): ListedKind => ({ kind: k, group, version, plural, optional });

/** PersistentVolumeClaims: listed once, for the owned objects and for the stack's volumes. */
export const PVC_KIND: ListedKind = kind(
  'PersistentVolumeClaim',
  '',
  'v1',
  'persistentvolumeclaims',
);

/**
 * The namespaced kinds upstream lists for owned objects, in its order. `PodMonitor`,
 * `ServiceMonitor` and `Route` only where the cluster serves them.
 */
export const OWNED_KINDS: readonly ListedKind[] = Object.freeze([
  kind('DaemonSet', 'apps', 'v1', 'daemonsets'),
  kind('Deployment', 'apps', 'v1', 'deployments'),
  kind('StatefulSet', 'apps', 'v1', 'statefulsets'),
  kind('ConfigMap', '', 'v1', 'configmaps'),
  PVC_KIND,
  kind('Service', '', 'v1', 'services'),
  kind('ServiceAccount', '', 'v1', 'serviceaccounts'),
  kind('HorizontalPodAutoscaler', 'autoscaling', 'v2', 'horizontalpodautoscalers'),
  kind('Ingress', 'networking.k8s.io', 'v1', 'ingresses'),
  kind('PodDisruptionBudget', 'policy', 'v1', 'poddisruptionbudgets'),
  kind('PodMonitor', 'monitoring.coreos.com', 'v1', 'podmonitors', true),
  kind('ServiceMonitor', 'monitoring.coreos.com', 'v1', 'servicemonitors', true),
  kind('Route', 'route.openshift.io', 'v1', 'routes', true),
]);

/**
 * Kinds upstream also lists but never selects for a TempoStack, and why the plugin does not list
 * them (written to the collection report).
 */
export const UPSTREAM_KINDS_NOT_LISTED: readonly { kind: string; reason: string }[] = Object.freeze(
  [
    { kind: 'Pod', reason: 'pods are owned by ReplicaSets and StatefulSets, never by the CR' },
    {
      kind: 'PersistentVolume',
      reason: 'cluster-scoped: cannot carry an owner reference to a namespaced CR',
    },
    {
      kind: 'ClusterRole',
      reason: 'cluster-scoped: cannot carry an owner reference to a namespaced CR',
    },
    {
      kind: 'ClusterRoleBinding',
      reason: 'cluster-scoped: cannot carry an owner reference to a namespaced CR',
    },
  ],
);

/** The label selector of the owned-object lists: `app.kubernetes.io/managed-by=tempo-operator`. */
export const OWNED_SELECTOR = `${LABEL_MANAGED_BY}=${MANAGED_BY_VALUE}`;

/** The upstream rule: managed-by label and an owner reference with the CR's kind and UID. */
export const isOwnedBy = (
  object: KubeObjectLike,
  owner: { kind: string; uid: string | undefined },
): boolean =>
  !!owner.uid &&
  object.metadata?.labels?.[LABEL_MANAGED_BY] === MANAGED_BY_VALUE &&
  (object.metadata.ownerReferences ?? []).some(
    (ref) => ref.kind === owner.kind && ref.uid === owner.uid,
  );

/** List items lack `apiVersion` and `kind`; set them from the kind that was listed. */
export const withTypeMeta = <T extends KubeObjectLike>(object: T, listed: ListedKind): T => ({
  ...object,
  apiVersion: object.apiVersion || apiVersionOf(listed),
  kind: object.kind || listed.kind,
});

/** The objects of one kind's list that the stack owns, named and sorted. */
export const selectOwned = (
  stack: TempoStack,
  listed: ListedKind,
  items: readonly KubeObjectLike[],
): KubeObjectLike[] =>
  items
    .filter((item) => isOwnedBy(item, { kind: 'TempoStack', uid: stack.metadata.uid }))
    .map((item) => withTypeMeta(item, listed))
    .sort(byName);

const byName = (a: KubeObjectLike, b: KubeObjectLike): number =>
  (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');

/** The stack's PVCs (ingester data): labelled with the instance, created by the StatefulSet. */
export const selectStackPvcs = (
  stack: TempoStack,
  items: readonly KubeObjectLike[],
): KubeObjectLike[] =>
  items
    .filter((item) => item.metadata?.labels?.[LABEL_INSTANCE] === stack.metadata.name)
    .map((item) => withTypeMeta(item, PVC_KIND))
    .sort(byName);

/** A key for an object reference in events: `Kind/name`. */
const refKey = (k: string | undefined, name: string | undefined): string =>
  `${k ?? ''}/${name ?? ''}`;

interface InvolvedObject {
  kind?: string;
  name?: string;
  uid?: string;
}

/**
 * The namespace's events that concern the stack: the CR, its owned objects, its pods and PVCs, and
 * the ReplicaSets that own its pods. Sorted by time (oldest first).
 */
export const selectStackEvents = (
  stack: TempoStack,
  related: {
    owned: readonly KubeObjectLike[];
    pods: readonly PodLike[];
    pvcs: readonly KubeObjectLike[];
  },
  events: readonly KubeObjectLike[],
): KubeObjectLike[] => {
  const keys = new Set<string>([refKey('TempoStack', stack.metadata.name)]);
  const uids = new Set<string>(stack.metadata.uid ? [stack.metadata.uid] : []);
  const add = (k: string | undefined, object: { metadata?: { name?: string; uid?: string } }) => {
    keys.add(refKey(k, object.metadata?.name));
    if (object.metadata?.uid) uids.add(object.metadata.uid);
  };
  related.owned.forEach((o) => add(o.kind, o));
  related.pvcs.forEach((o) => add('PersistentVolumeClaim', o));
  for (const pod of related.pods) {
    add('Pod', pod);
    for (const ref of pod.metadata.ownerReferences ?? []) keys.add(refKey(ref.kind, ref.name));
  }
  const time = (e: KubeObjectLike): string => {
    const v = e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp;
    return typeof v === 'string' ? v : '';
  };
  return events
    .filter((event) => {
      const involved = (event.involvedObject ?? {}) as InvolvedObject;
      return (
        (involved.uid !== undefined && uids.has(involved.uid)) ||
        keys.has(refKey(involved.kind, involved.name))
      );
    })
    .map((event) => ({
      ...event,
      apiVersion: event.apiVersion || 'v1',
      kind: event.kind || 'Event',
    }))
    .sort((a, b) => time(a).localeCompare(time(b)));
};
