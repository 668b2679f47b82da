/**
 * Which Kubernetes events concern a TempoStack: those of the CR itself and of the objects the
 * operator and the workload controllers create for it (`tempo-NAME`, `tempo-NAME-<component>…`,
 * the ingester's PVCs `data-tempo-NAME-ingester-<n>`), newest first.
 */
import { objectName } from './naming';
import type { TempoStack } from './types';
import { COMPONENTS } from './types';

/** The fields of a core/v1 Event the dashboard reads. */
export interface EventLike {
  metadata?: { name?: string; namespace?: string; uid?: string; creationTimestamp?: string };
  involvedObject?: {
    kind?: string;
    name?: string;
    namespace?: string;
    uid?: string;
    apiVersion?: string;
  };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
}

/**
 * What follows `tempo-NAME-` in the names of the operator's objects (components, their pods and
 * ReplicaSets, the gossip ring, CA bundles, network policies). A name continuing with anything else
 * belongs to another stack whose name starts with NAME (e.g. `tempo-a-b-distributor` for `a-b`).
 */
const SUFFIX_STARTS: readonly string[] = [
  ...COMPONENTS,
  'gossip',
  'ca-bundle',
  'signing-ca',
  'allow-dns',
  'ingress-to-operand',
];

function hasKnownSuffix(rest: string): boolean {
  return SUFFIX_STARTS.some((start) => rest === start || rest.startsWith(`${start}-`));
}

/** Whether an event is about the stack or one of its objects (same namespace). */
export function isStackEvent(stack: TempoStack, event: EventLike): boolean {
  const name = stack.metadata.name ?? '';
  const namespace = stack.metadata.namespace;
  const involved = event.involvedObject;
  if (!involved?.name || !name) return false;
  const eventNamespace = involved.namespace ?? event.metadata?.namespace;
  if (namespace && eventNamespace && eventNamespace !== namespace) return false;
  if (stack.metadata.uid && involved.uid === stack.metadata.uid) return true;
  if (involved.kind === 'TempoStack') return involved.name === name;
  const base = objectName(name);
  const objectNameOf = involved.name;
  if (objectNameOf === base) return true;
  if (objectNameOf.startsWith(`${base}-`))
    return hasKnownSuffix(objectNameOf.slice(base.length + 1));
  if (objectNameOf === `${name}-ui-oauth-proxy-tls`) return true;
  const pvc = new RegExp(`^data-${escapeRegExp(objectName(name, 'ingester'))}-\\d+$`);
  return pvc.test(objectNameOf);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** When an event last happened: series, last, event time, first, else creation. */
export function eventLastSeen(event: EventLike): string | undefined {
  return (
    event.series?.lastObservedTime ||
    event.lastTimestamp ||
    event.eventTime ||
    event.firstTimestamp ||
    event.metadata?.creationTimestamp ||
    undefined
  );
}

/** How often an event happened. */
export function eventCount(event: EventLike): number {
  return event.series?.count ?? event.count ?? 1;
}

const timeOf = (event: EventLike): number => {
  const time = Date.parse(eventLastSeen(event) ?? '');
  return Number.isNaN(time) ? 0 : time;
};

/** The stack's events, newest first (by {@link eventLastSeen}); undated events last. */
export function stackEvents<E extends EventLike>(stack: TempoStack, events: readonly E[]): E[] {
  return events
    .filter((event) => isStackEvent(stack, event))
    .map((event) => ({ event, time: timeOf(event) }))
    .sort((a, b) => b.time - a.time)
    .map(({ event }) => event);
}
