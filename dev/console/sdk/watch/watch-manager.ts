import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { type WatchQuery, listParams, makeWatchId, watchParams } from './watch-query';

type Obj = SDK.K8sResourceCommon;

export interface ListResult {
  apiVersion?: string;
  items: Obj[];
  metadata: { resourceVersion?: string; continue?: string };
}

export interface WatchSocket {
  close(): void;
}

export interface WatchSocketHandlers {
  onOpen(): void;
  onMessage(text: string): void;
  onClose(code: number): void;
}

/** How the manager reaches the API server; the browser one uses `consoleFetch` and WebSockets. */
export interface WatchTransport {
  list(
    model: SDK.K8sModel,
    namespace: string | undefined,
    params: Record<string, string>,
  ): Promise<ListResult>;
  get(model: SDK.K8sModel, name: string, namespace: string | undefined): Promise<Obj>;
  openWatch(
    model: SDK.K8sModel,
    namespace: string | undefined,
    params: Record<string, string>,
    handlers: WatchSocketHandlers,
  ): WatchSocket;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WatchSnapshot {
  data: Obj | Obj[] | undefined;
  loaded: boolean;
  loadError: unknown;
}

export interface WatchManagerOptions {
  /** First delay before reopening a closed watch socket; doubles up to `retryMax`. */
  retryBase?: number;
  retryMax?: number;
  /** Delay before listing again after a failed list (the console: 15 s, not growing). */
  listRetry?: number;
  /** How often a watched single object is read again with a GET (the console: every 30 s). */
  objectPoll?: number;
  pageSize?: number;
}

interface Entry {
  id: string;
  model: SDK.K8sModel;
  query: WatchQuery;
  refs: number;
  listeners: Set<() => void>;
  items: Map<string, Obj>;
  object?: Obj;
  snapshot: WatchSnapshot;
  resourceVersion?: string;
  socket?: WatchSocket;
  timer?: unknown;
  /** The next GET of a single-object watch. */
  pollTimer?: unknown;
  retryDelay: number;
  /** Bumped on every (re)start so late answers of an abandoned attempt are ignored. */
  generation: number;
  stopped: boolean;
  notifyPending: boolean;
}

interface WatchEventMessage {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Obj & { code?: number; message?: string };
}

const keyOf = (o: Obj) => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

const parseEvent = (text: string): WatchEventMessage | undefined => {
  try {
    return JSON.parse(text) as WatchEventMessage;
  } catch {
    return undefined;
  }
};

/**
 * Shared, reference-counted watches, as the console's k8s actions (`watchK8sList`,
 * `watchK8sObject`) do them:
 *
 * - a list: list (paginated), then watch from the list's `resourceVersion` over a WebSocket; a
 *   dropped socket resumes from the last seen version (with back-off), an expired version (410)
 *   or a failed watch re-lists; a failed list sets `loadError` (the API server's message), keeps
 *   the data and `loaded` it had, and is retried after `listRetry` (the console: 15 s);
 * - one object: a GET now and every `objectPoll` (the console: 30 s) and, independently, a watch
 *   by name (no `resourceVersion`, so every (re)connection starts with the current object). Every
 *   event, DELETED included, becomes the data (the console does not drop a deleted object: the
 *   next GET's 404 says it is gone); a failed GET sets `loadError` and keeps the data.
 */
export class WatchManager {
  private entries = new Map<string, Entry>();
  private readonly retryBase: number;
  private readonly retryMax: number;
  private readonly listRetry: number;
  private readonly objectPoll: number;
  private readonly pageSize: number;

  constructor(
    private readonly transport: WatchTransport,
    private readonly timers: Timers = {
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (h) => clearTimeout(h as number),
    },
    options: WatchManagerOptions = {},
  ) {
    this.retryBase = options.retryBase ?? 1000;
    this.retryMax = options.retryMax ?? 30_000;
    this.listRetry = options.listRetry ?? 15_000;
    this.objectPoll = options.objectPoll ?? 30_000;
    this.pageSize = options.pageSize ?? 250;
  }

  /** Starts (or joins) the watch and returns its id and a release function. */
  acquire(
    model: SDK.K8sModel,
    query: WatchQuery,
    listener: () => void,
  ): { id: string; release: () => void } {
    const id = makeWatchId(model, query);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = {
        id,
        model,
        query,
        refs: 0,
        listeners: new Set(),
        items: new Map(),
        snapshot: { data: query.isList ? [] : {}, loaded: false, loadError: undefined },
        retryDelay: this.retryBase,
        generation: 0,
        stopped: false,
        notifyPending: false,
      };
      this.entries.set(id, entry);
      if (query.isList) void this.load(entry);
      else this.startObject(entry);
    }
    entry.refs += 1;
    entry.listeners.add(listener);
    const e = entry;
    let released = false;
    return {
      id,
      release: () => {
        if (released) return;
        released = true;
        e.listeners.delete(listener);
        e.refs -= 1;
        if (e.refs <= 0) this.stop(e);
      },
    };
  }

  getSnapshot(id: string): WatchSnapshot | undefined {
    return this.entries.get(id)?.snapshot;
  }

  /** Ids and reference counts of the running watches (for tests and the host's status page). */
  activeWatches(): { id: string; refs: number; watching: boolean }[] {
    return [...this.entries.values()].map((e) => ({
      id: e.id,
      refs: e.refs,
      watching: !!e.socket,
    }));
  }

  private stop(entry: Entry) {
    entry.stopped = true;
    entry.generation += 1;
    this.timers.clearTimeout(entry.timer);
    this.timers.clearTimeout(entry.pollTimer);
    this.closeSocket(entry);
    this.entries.delete(entry.id);
  }

  private closeSocket(entry: Entry) {
    const socket = entry.socket;
    entry.socket = undefined;
    socket?.close();
  }

  private publish(entry: Entry, patch: Partial<WatchSnapshot>) {
    const data = entry.query.isList
      ? [...entry.items.values()]
      : (entry.object ?? entry.snapshot.data);
    entry.snapshot = { ...entry.snapshot, data, ...patch };
    if (entry.notifyPending) return;
    entry.notifyPending = true;
    queueMicrotask(() => {
      entry.notifyPending = false;
      entry.listeners.forEach((l) => l());
    });
  }

  private schedule(entry: Entry, fn: () => void, delay: number) {
    this.timers.clearTimeout(entry.timer);
    entry.timer = this.timers.setTimeout(() => {
      entry.timer = undefined;
      if (!entry.stopped) fn();
    }, delay);
  }

  private backoff(entry: Entry): number {
    const delay = entry.retryDelay;
    entry.retryDelay = Math.min(entry.retryDelay * 2, this.retryMax);
    return delay;
  }

  /** Lists (every page), then watches from the list's version; a failed list is retried. */
  private async load(entry: Entry): Promise<void> {
    const generation = ++entry.generation;
    this.closeSocket(entry);
    const { model, query } = entry;
    try {
      const items = new Map<string, Obj>();
      let continueToken: string | undefined;
      let resourceVersion: string | undefined;
      do {
        const limit = query.limit ?? this.pageSize;
        const page = await this.transport.list(model, query.namespace, {
          ...listParams(query),
          limit: String(limit),
          ...(continueToken ? { continue: continueToken } : {}),
        });
        if (generation !== entry.generation) return;
        page.items.forEach((i) =>
          items.set(keyOf(i), { kind: model.kind, apiVersion: page.apiVersion, ...i }),
        );
        resourceVersion = page.metadata.resourceVersion;
        continueToken = query.limit ? undefined : page.metadata.continue;
      } while (continueToken);
      entry.items = items;
      entry.resourceVersion = resourceVersion;
      this.publish(entry, { loaded: true, loadError: undefined });
      this.openWatch(entry);
    } catch (error) {
      if (generation !== entry.generation) return;
      // As the console: keep what was loaded, show the error, list again after a fixed delay.
      this.publish(entry, { loadError: error });
      this.schedule(entry, () => void this.load(entry), this.listRetry);
    }
  }

  /** A single object: GET now and every `objectPoll`, and a watch by name alongside. */
  private startObject(entry: Entry) {
    const poll = () => {
      void this.getObject(entry);
      entry.pollTimer = this.timers.setTimeout(() => {
        if (!entry.stopped) poll();
      }, this.objectPoll);
    };
    poll();
    this.openObjectWatch(entry);
  }

  private async getObject(entry: Entry): Promise<void> {
    const { model, query } = entry;
    try {
      const object = await this.transport.get(model, query.name ?? '', query.namespace);
      if (entry.stopped) return;
      entry.object = object;
      this.publish(entry, { loaded: true, loadError: undefined });
    } catch (error) {
      if (entry.stopped) return;
      this.publish(entry, { loadError: error });
    }
  }

  private openObjectWatch(entry: Entry) {
    if (entry.stopped || !(entry.model.verbs ?? ['watch']).includes('watch')) return;
    const socket: WatchSocket = this.transport.openWatch(
      entry.model,
      entry.query.namespace,
      watchParams(entry.query, undefined),
      {
        onOpen: () => {
          if (!entry.stopped) entry.retryDelay = this.retryBase;
        },
        onMessage: (text) => {
          if (entry.stopped || entry.socket !== socket) return;
          const event = parseEvent(text);
          if (!event || !['ADDED', 'MODIFIED', 'DELETED'].includes(event.type)) return;
          entry.object = event.object;
          this.publish(entry, { loaded: true, loadError: undefined });
        },
        onClose: () => {
          if (entry.stopped || entry.socket !== socket) return;
          entry.socket = undefined;
          this.schedule(entry, () => this.openObjectWatch(entry), this.backoff(entry));
        },
      },
    );
    entry.socket = socket;
  }

  private openWatch(entry: Entry) {
    if (entry.stopped || !(entry.model.verbs ?? ['watch']).includes('watch')) return;
    const generation = entry.generation;
    const live = () => generation === entry.generation && !entry.stopped;
    const socket: WatchSocket = this.transport.openWatch(
      entry.model,
      entry.query.namespace,
      watchParams(entry.query, entry.resourceVersion),
      {
        onOpen: () => {
          if (live()) entry.retryDelay = this.retryBase;
        },
        onMessage: (text) => {
          if (live() && entry.socket === socket) this.handleEvent(entry, text);
        },
        onClose: () => {
          if (!live() || entry.socket !== socket) return;
          entry.socket = undefined;
          // Resume from the last version seen; an expired one answers 410 and we re-list.
          this.schedule(entry, () => this.openWatch(entry), this.backoff(entry));
        },
      },
    );
    entry.socket = socket;
  }

  private handleEvent(entry: Entry, text: string) {
    const event = parseEvent(text);
    if (!event) return;
    const object = event.object;
    const rv = object?.metadata?.resourceVersion;
    switch (event.type) {
      case 'ADDED':
      case 'MODIFIED':
        if (rv) entry.resourceVersion = rv;
        entry.items.set(keyOf(object), object);
        this.publish(entry, { loaded: true, loadError: undefined });
        return;
      case 'DELETED':
        if (rv) entry.resourceVersion = rv;
        entry.items.delete(keyOf(object));
        this.publish(entry, {});
        return;
      case 'BOOKMARK':
        if (rv) entry.resourceVersion = rv;
        return;
      case 'ERROR': {
        const expired = object?.code === 410;
        this.closeSocket(entry);
        if (expired) {
          // The version we resumed from is gone: list again to get a fresh one.
          entry.resourceVersion = undefined;
          void this.load(entry);
        } else {
          this.schedule(entry, () => void this.load(entry), this.backoff(entry));
        }
        return;
      }
      default:
    }
  }
}
