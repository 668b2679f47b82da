/**
 * The object store ("etcd"): objects per resource, one global resource-version counter, and a
 * bounded history of changes per resource for watches and consistent paginated lists.
 */
import type { KubeObject } from './api';
import { deepClone } from './json-util';

/** A stored change. `prev` is the object before the change (MODIFIED, DELETED). */
export interface StoreEvent {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
  prev?: KubeObject;
}

/** Receives every change, synchronously, in commit order. */
export type StoreListener = (typeKey: string, event: StoreEvent) => void;

/** The storage key of an object within its resource (sorted like etcd keys: namespace, name). */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

interface History {
  events: StoreEvent[];
  /** Every change with `rv <= compacted` has been dropped from `events`. */
  compacted: number;
}

/** In-memory storage with a global resource version. */
export class ObjectStore {
  private rv: number;
  private readonly tables = new Map<string, Map<string, KubeObject>>();
  private readonly histories = new Map<string, History>();
  private readonly uids = new Map<string, { typeKey: string; key: string }>();
  private readonly listeners = new Set<StoreListener>();

  constructor(
    private readonly historySize = 1000,
    initialRv = 1000,
  ) {
    this.rv = initialRv;
  }

  /** The latest resource version. */
  currentRv(): number {
    return this.rv;
  }

  /** Subscribes to changes. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private table(typeKey: string): Map<string, KubeObject> {
    let t = this.tables.get(typeKey);
    if (!t) {
      t = new Map();
      this.tables.set(typeKey, t);
    }
    return t;
  }

  private history(typeKey: string): History {
    let h = this.histories.get(typeKey);
    if (!h) {
      h = { events: [], compacted: 0 };
      this.histories.set(typeKey, h);
    }
    return h;
  }

  /** A copy of the stored object, or undefined. */
  get(typeKey: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const found = this.tables.get(typeKey)?.get(objectKey(namespace, name));
    return found && deepClone(found);
  }

  /** Copies of the stored objects in key order, optionally in one namespace. */
  list(typeKey: string, namespace?: string): KubeObject[] {
    const table = this.tables.get(typeKey);
    if (!table) return [];
    return [...table.entries()]
      .filter(([, o]) => !namespace || o.metadata.namespace === namespace)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, o]) => deepClone(o));
  }

  /** Where an object with this uid is stored, if anywhere. */
  locateUid(uid: string): { typeKey: string; object: KubeObject } | undefined {
    const at = this.uids.get(uid);
    const object = at && this.tables.get(at.typeKey)?.get(at.key);
    return at && object ? { typeKey: at.typeKey, object: deepClone(object) } : undefined;
  }

  /** Every stored object of every resource (for garbage collection). */
  *entries(): Generator<{ typeKey: string; object: KubeObject }> {
    for (const [typeKey, table] of this.tables) {
      for (const object of table.values()) yield { typeKey, object };
    }
  }

  /** Stores an object (create or update), giving it the next resource version. Returns a copy. */
  put(typeKey: string, object: KubeObject): KubeObject {
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const table = this.table(typeKey);
    const prev = table.get(key);
    const stored = deepClone(object);
    this.rv += 1;
    stored.metadata.resourceVersion = String(this.rv);
    table.set(key, stored);
    if (stored.metadata.uid) this.uids.set(stored.metadata.uid, { typeKey, key });
    this.record(typeKey, { rv: this.rv, type: prev ? 'MODIFIED' : 'ADDED', object: stored, prev });
    return deepClone(stored);
  }

  /** Removes an object; the DELETED event carries a new resource version. Returns a copy. */
  remove(typeKey: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const key = objectKey(namespace, name);
    const table = this.tables.get(typeKey);
    const prev = table?.get(key);
    if (!table || !prev) return undefined;
    table.delete(key);
    if (prev.metadata.uid) this.uids.delete(prev.metadata.uid);
    this.rv += 1;
    const gone = deepClone(prev);
    gone.metadata.resourceVersion = String(this.rv);
    this.record(typeKey, { rv: this.rv, type: 'DELETED', object: gone, prev });
    return deepClone(gone);
  }

  private record(typeKey: string, event: StoreEvent): void {
    const h = this.history(typeKey);
    h.events.push(event);
    while (h.events.length > this.historySize) {
      const dropped = h.events.shift();
      if (dropped) h.compacted = dropped.rv;
    }
    for (const listener of this.listeners) listener(typeKey, event);
  }

  /**
   * The changes of a resource after `rv`, or `{ expired }` with the oldest version still known
   * when `rv` is older than the retained history.
   */
  changesSince(typeKey: string, rv: number): StoreEvent[] | { expired: number } {
    const h = this.history(typeKey);
    if (rv < h.compacted) return { expired: h.compacted };
    return h.events.filter((e) => e.rv > rv);
  }

  /**
   * The objects of a resource as they were at `rv` (for consistent continue tokens), or
   * `{ expired }` when the history no longer reaches back that far.
   */
  snapshot(typeKey: string, rv: number, namespace?: string): KubeObject[] | { expired: number } {
    const changes = this.changesSince(typeKey, rv);
    if (!Array.isArray(changes)) return changes;
    const state = new Map(
      this.list(typeKey).map((o) => [objectKey(o.metadata.namespace, o.metadata.name), o]),
    );
    for (const change of [...changes].reverse()) {
      const key = objectKey(change.object.metadata.namespace, change.object.metadata.name);
      if (change.type === 'ADDED') state.delete(key);
      else if (change.prev) state.set(key, deepClone(change.prev));
    }
    return [...state.entries()]
      .filter(([, o]) => !namespace || o.metadata.namespace === namespace)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, o]) => o);
  }
}
