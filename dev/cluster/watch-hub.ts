/**
 * Watches over the store, with the watch cache's semantics: start from a resource version (replaying
 * retained history, or 410 Expired when it is too old) or from the current state (synthetic ADDED
 * events), selector transitions (an object that stops matching is DELETED, one that starts matching
 * is ADDED), periodic bookmarks and the `initial-events-end` bookmark.
 */
import type { KubeObject, WatchEventType } from './api';
import { expired } from './errors';
import { type FieldRequirement, matchesFields } from './field-selector';
import { type LabelSelector, matchesLabels } from './label-selector';
import type { ObjectStore, StoreEvent } from './store';

/** An event as delivered by the hub (object in storage form; ERROR carries a Status). */
export interface HubEvent {
  type: WatchEventType;
  object: KubeObject | Record<string, unknown>;
}

/** What a watcher wants. */
export interface WatchSpec {
  typeKey: string;
  namespace?: string;
  labels: LabelSelector;
  fields: FieldRequirement[];
  /** Start after this version; undefined (or 0) means "current state first, as ADDED events". */
  resourceVersion?: number;
  /** With no resourceVersion: send the current objects as ADDED first (default true). */
  sendInitialEvents?: boolean;
  /** After the initial events, send the `k8s.io/initial-events-end` bookmark. */
  initialEventsEndBookmark?: boolean;
  /** Periodic bookmarks; 0 or undefined for none. */
  bookmarkIntervalMs?: number;
  onEvent(event: HubEvent): void;
  /** Called when the hub ends the watch (dropped by a fault, timeout, expired). */
  onClose?(): void;
  /** HTTP watches can be dropped by fault injection; in-process ones are not. */
  droppable?: boolean;
}

interface Watcher {
  spec: WatchSpec;
  queue: HubEvent[];
  scheduled: boolean;
  stopped: boolean;
  timer?: NodeJS.Timeout;
}

/** Dispatches store changes to watchers. */
export class WatchHub {
  private readonly watchers = new Set<Watcher>();

  constructor(private readonly store: ObjectStore) {
    store.subscribe((typeKey, event) => this.dispatch(typeKey, event));
  }

  /** Number of open watches. */
  get size(): number {
    return this.watchers.size;
  }

  private matches(spec: WatchSpec, object: KubeObject | undefined): boolean {
    if (!object) return false;
    if (spec.namespace && object.metadata.namespace !== spec.namespace) return false;
    return matchesLabels(spec.labels, object.metadata.labels) && matchesFields(spec.fields, object);
  }

  /** The event a watcher sees for a change, after selector transitions; undefined if none. */
  private translate(spec: WatchSpec, event: StoreEvent): HubEvent | undefined {
    const now = event.type === 'DELETED' ? false : this.matches(spec, event.object);
    const before = event.type === 'ADDED' ? false : this.matches(spec, event.prev);
    if (event.type === 'DELETED')
      return before ? { type: 'DELETED', object: event.object } : undefined;
    if (now && before) return { type: 'MODIFIED', object: event.object };
    if (now) return { type: 'ADDED', object: event.object };
    if (before) return { type: 'DELETED', object: event.object };
    return undefined;
  }

  private dispatch(typeKey: string, event: StoreEvent): void {
    for (const w of this.watchers) {
      if (w.spec.typeKey !== typeKey || w.stopped) continue;
      const out = this.translate(w.spec, event);
      if (out) this.enqueue(w, out);
    }
  }

  private enqueue(w: Watcher, event: HubEvent): void {
    w.queue.push(event);
    if (w.scheduled) return;
    w.scheduled = true;
    queueMicrotask(() => {
      w.scheduled = false;
      const events = w.queue.splice(0);
      for (const e of events) {
        if (w.stopped) return;
        w.spec.onEvent(e);
      }
    });
  }

  /** Starts a watch. Everything up to the current version is queued synchronously. */
  start(spec: WatchSpec): { stop(): void } {
    const w: Watcher = { spec, queue: [], scheduled: false, stopped: false };
    const stop = (): void => {
      if (w.stopped) return;
      w.stopped = true;
      if (w.timer) clearInterval(w.timer);
      this.watchers.delete(w);
    };
    if (spec.resourceVersion) {
      const changes = this.store.changesSince(spec.typeKey, spec.resourceVersion);
      if (!Array.isArray(changes)) {
        const status = expired(
          `too old resource version: ${spec.resourceVersion} (${changes.expired})`,
        ).status;
        this.enqueue(w, { type: 'ERROR', object: { ...status } });
        queueMicrotask(() => {
          stop();
          spec.onClose?.();
        });
        return { stop };
      }
      for (const change of changes) {
        const out = this.translate(spec, change);
        if (out) this.enqueue(w, out);
      }
    } else if (spec.sendInitialEvents !== false) {
      const objects = this.store.list(spec.typeKey, spec.namespace);
      for (const o of objects)
        if (this.matches(spec, o)) this.enqueue(w, { type: 'ADDED', object: o });
    }
    if (spec.initialEventsEndBookmark) {
      this.enqueue(w, {
        type: 'BOOKMARK',
        object: {
          metadata: {
            resourceVersion: String(this.store.currentRv()),
            annotations: { 'k8s.io/initial-events-end': 'true' },
          },
        },
      });
    }
    this.watchers.add(w);
    if (spec.bookmarkIntervalMs && spec.bookmarkIntervalMs > 0) {
      w.timer = setInterval(() => {
        this.enqueue(w, {
          type: 'BOOKMARK',
          object: { metadata: { resourceVersion: String(this.store.currentRv()) } },
        });
      }, spec.bookmarkIntervalMs);
      w.timer.unref();
    }
    return { stop };
  }

  /** Ends every droppable watch now (fault injection); returns how many were dropped. */
  dropAll(): number {
    let count = 0;
    for (const w of [...this.watchers]) {
      if (!w.spec.droppable) continue;
      w.stopped = true;
      if (w.timer) clearInterval(w.timer);
      this.watchers.delete(w);
      w.spec.onClose?.();
      count++;
    }
    return count;
  }
}
