/**
 * The browser collection of one TempoStack's diagnostics, with the user's own permissions:
 * access reviews first (one question instead of a 403 per pod), then one list per kind in the
 * stack's namespace, the pods, PVCs and events, the storage secret's key names, every container's
 * log tail, and, for admins, the operator's Deployment, `manager` log and OLM objects. Every request
 * goes through one bounded pool; what fails is recorded with the API server's answer.
 */
import type { CollectedData, ContainerLog } from '../tempostack/must-gather/bundle';
import {
  apiVersionOf,
  type CollectionNote,
  type KubeObjectLike,
  type ListedKind,
} from '../tempostack/must-gather/bundle-types';
import { describeNote, uniqueNotes } from '../tempostack/must-gather/report-text';
import { listPath, logPath, objectPath, planLogs } from '../tempostack/must-gather/collection-plan';
import type { StorageSecretLookup } from '../tempostack/must-gather/findings';
import {
  OWNED_KINDS,
  OWNED_SELECTOR,
  PVC_KIND,
  selectOwned,
  selectStackEvents,
  selectStackPvcs,
  withTypeMeta,
} from '../tempostack/must-gather/selection';
import { instanceSelector } from '../tempostack/naming';
import type { PodLike, TempoStack } from '../tempostack/types';
import type { CollectorApi } from './collector-api';
import { collectOperator } from './collect-operator';
import {
  createCollection,
  type Collection,
  type CollectOptions,
  type CollectProgress,
} from './collection';

const EVENT_PAGE_SIZE = 500;
const MAX_EVENT_PAGES = 10;
const PODS: ListedKind = { kind: 'Pod', group: '', version: 'v1', plural: 'pods', optional: false };
const EVENTS: ListedKind = {
  kind: 'Event',
  group: '',
  version: 'v1',
  plural: 'events',
  optional: false,
};
const SECRETS: ListedKind = {
  kind: 'Secret',
  group: '',
  version: 'v1',
  plural: 'secrets',
  optional: false,
};
const TEMPOSTACKS: ListedKind = {
  kind: 'TempoStack',
  group: 'tempo.grafana.com',
  version: 'v1alpha1',
  plural: 'tempostacks',
  optional: false,
};

interface ListBody {
  items?: KubeObjectLike[];
  metadata?: { continue?: string };
}

/** Lists a kind in the namespace; 404 means the cluster does not serve it (a note). */
const listKind = async (
  c: Collection,
  kind: ListedKind,
  namespace: string,
  labelSelector: string,
): Promise<KubeObjectLike[] | undefined> => {
  if (c.isServed && !c.isServed(kind)) {
    c.notes.push({ note: 'kindNotServed', kind: kind.kind, apiVersion: apiVersionOf(kind) });
    return undefined;
  }
  const body = await c.getJSON<ListBody>(
    { part: 'list', kind: kind.kind },
    listPath(kind, namespace, { labelSelector }),
    {
      notFoundIsNote: { note: 'kindNotServed', kind: kind.kind, apiVersion: apiVersionOf(kind) },
    },
  );
  return body?.items?.map((item) => withTypeMeta(item, kind));
};

const listEvents = async (c: Collection, namespace: string): Promise<KubeObjectLike[]> => {
  const events: KubeObjectLike[] = [];
  let next: string | undefined;
  for (let page = 0; page < MAX_EVENT_PAGES; page += 1) {
    const body = await c.getJSON<ListBody>(
      { part: 'list', kind: 'Event' },
      listPath(EVENTS, namespace, { limit: EVENT_PAGE_SIZE, continue: next }),
    );
    events.push(...(body?.items ?? []));
    next = body?.metadata?.continue;
    if (!next) return events;
  }
  c.notes.push({ note: 'eventsTruncated', limit: MAX_EVENT_PAGES * EVENT_PAGE_SIZE });
  return events;
};

const decodeBase64 = (value: string): string => {
  try {
    const bytes = Uint8Array.from(atob(value), (ch) => ch.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return '';
  }
};

/** The storage secret's key names (and, in memory only, its values for validation and scrubbing). */
const readStorageSecret = async (
  c: Collection,
  stack: TempoStack,
): Promise<StorageSecretLookup | undefined> => {
  const namespace = stack.metadata.namespace ?? '';
  const name = stack.spec.storage?.secret?.name;
  if (!name) return undefined;
  const allowed = await c.canI({ verb: 'get', group: '', resource: 'secrets', namespace, name });
  if (allowed === false) {
    const note: CollectionNote = { note: 'storageSecretForbidden', name, namespace };
    c.notes.push(note);
    return { readable: false, reason: describeNote(note) };
  }
  const secret = await c.getJSON<{ type?: string; data?: Record<string, string> }>(
    { part: 'object', kind: 'Secret', name },
    objectPath(SECRETS, name, namespace),
  );
  if (!secret)
    return { readable: false, reason: `Secret "${name}" could not be read (see failures)` };
  const data = Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([k, v]) => [k, decodeBase64(v)]),
  );
  return { readable: true, secret: { name, data }, ...(secret.type ? { type: secret.type } : {}) };
};

const readLogs = async (
  c: Collection,
  namespace: string,
  pods: PodLike[],
  tailLines: number,
): Promise<ContainerLog[]> => {
  if (pods.length === 0) return [];
  const allowed = await c.canI({
    verb: 'get',
    group: '',
    resource: 'pods',
    subresource: 'log',
    namespace,
  });
  if (allowed === false) {
    c.failures.push({
      target: { part: 'logs', namespace },
      status: 403,
      reason: `access review: the user may not get pods/log in namespace ${namespace}`,
    });
    return [];
  }
  const { targets, skipped } = planLogs(pods);
  for (const s of skipped) c.notes.push({ note: 'containerNotStarted', ...s });
  const logs = await Promise.all(
    targets.map(async (t) => {
      const text = await c.getText(
        { part: 'log', ...t },
        logPath(namespace, t.pod, t.container, { tailLines, previous: t.previous }),
      );
      return text === undefined ? undefined : { ...t, text };
    }),
  );
  return logs.filter((l): l is ContainerLog => l !== undefined);
};

/**
 * Collects everything for the stack. Throws an AbortError when `signal` aborts; every other
 * failure is recorded in `failures` and the collection goes on.
 */
export const collectDiagnostics = async (
  initial: TempoStack,
  api: CollectorApi,
  options: CollectOptions,
  onProgress: (progress: CollectProgress) => void,
  signal: AbortSignal,
  now: () => Date = () => new Date(),
): Promise<CollectedData> => {
  const startedAt = now();
  const c = createCollection(api, options, signal, onProgress);
  const namespace = initial.metadata.namespace ?? '';
  const name = initial.metadata.name ?? '';

  const operatorPromise = options.includeOperator ? collectOperator(c) : Promise.resolve(undefined);
  // Runs beside the stack's requests; if those abort first, its rejection is not left unhandled.
  operatorPromise.catch(() => undefined);
  const fresh = await c.getJSON<TempoStack>(
    { part: 'object', kind: 'TempoStack', name },
    objectPath(TEMPOSTACKS, name, namespace),
  );
  const stack: TempoStack = fresh
    ? { ...fresh, apiVersion: initial.apiVersion, kind: initial.kind }
    : initial;

  const [lists, podItems, events, storageSecret] = await Promise.all([
    Promise.all(
      OWNED_KINDS.map(async (kind) => ({
        kind,
        items: await listKind(c, kind, namespace, OWNED_SELECTOR),
      })),
    ),
    listKind(c, PODS, namespace, instanceSelector(name)),
    listEvents(c, namespace),
    readStorageSecret(c, stack),
  ]);
  const pods = ((podItems ?? []) as unknown as PodLike[]).sort((a, b) =>
    (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''),
  );
  const logs = await readLogs(c, namespace, pods, options.tailLines);
  const owned = lists.flatMap(({ kind, items }) => selectOwned(stack, kind, items ?? []));
  const pvcs = selectStackPvcs(stack, lists.find((l) => l.kind === PVC_KIND)?.items ?? []);
  const operator = await operatorPromise;
  const finishedAt = now();
  const stats = c.pool.stats();
  return {
    stack,
    startedAt,
    finishedAt,
    owned,
    listedKinds: lists.filter((l) => l.items !== undefined).map((l) => l.kind.kind),
    pods,
    pvcs,
    events: selectStackEvents(stack, { owned, pods, pvcs }, events),
    logs,
    ...(storageSecret ? { storageSecret } : {}),
    ...(operator ? { operator } : {}),
    failures: c.failures,
    notes: uniqueNotes(c.notes),
    stats: {
      requests: stats.requests,
      peakInFlight: stats.peakInFlight,
      bytes: stats.bytes,
      wallTimeMs: finishedAt.getTime() - startedAt.getTime(),
    },
    options: {
      tailLines: options.tailLines,
      ...(options.pluginVersion ? { pluginVersion: options.pluginVersion } : {}),
    },
  };
};
