import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '../http/http-error';
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
  /** First retry delay after a failed list or a dropped watch; doubles up to `retryMax`. */
  retryBase?: number;
  retryMax?: number;
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

/**
 * Shared, reference-counted list+watch, as the console's k8s actions do it: list (paginated),
 * then watch from the list's `resourceVersion` over a WebSocket; a dropped socket resumes from
 * the last seen version, an expired version (410) or a failed watch re-lists, and a failed list
 * is retried with back-off while `loadError` carries the API server's message.
 */
export class WatchManager {
  private entries = new Map<string, Entry>();
  private readonly retryBase: number;
  private readonly retryMax: number;
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
      void this.load(entry);
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

  private async load(entry: Entry): Promise<void> {
    const generation = ++entry.generation;
    this.closeSocket(entry);
    const { model, query } = entry;
    try {
      if (query.isList) {
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
      } else {
        const object = await this.transport.get(model, query.name ?? '', query.namespace);
        if (generation !== entry.generation) return;
        entry.object = object;
        entry.resourceVersion = object.metadata?.resourceVersion;
      }
      this.publish(entry, { loaded: true, loadError: undefined });
      this.openWatch(entry);
    } catch (error) {
      if (generation !== entry.generation) return;
      this.publish(entry, { loadError: error });
      this.schedule(entry, () => void this.load(entry), this.backoff(entry));
    }
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
    let event: WatchEventMessage;
    try {
      event = JSON.parse(text) as WatchEventMessage;
    } catch {
      return;
    }
    const object = event.object;
    const rv = object?.metadata?.resourceVersion;
    switch (event.type) {
      case 'ADDED':
      case 'MODIFIED':
        if (rv) entry.resourceVersion = rv;
        if (entry.query.isList) entry.items.set(keyOf(object), object);
        else entry.object = object;
        this.publish(entry, { loaded: true, loadError: undefined });
        return;
      case 'DELETED':
        if (rv) entry.resourceVersion = rv;
        if (entry.query.isList) {
          entry.items.delete(keyOf(object));
          this.publish(entry, {});
        } else {
          const name = object.metadata?.name ?? entry.query.name;
          this.publish(entry, {
            loadError: new HttpError(`${entry.model.plural} "${name}" not found`, 404),
          });
        }
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
