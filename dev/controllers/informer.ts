/**
 * List-then-watch of one kind, as client-go's reflector does: the current objects are delivered as
 * `ADDED`, then every change; an expired watch (`ERROR`, 410) triggers a re-list that delivers the
 * differences. Handlers only enqueue keys; controllers read fresh state when they reconcile.
 */
import type { ClusterApi, KubeObject, ResourceRef, Watch, WatchEventType } from '../cluster/api';

/** A change seen by an informer. */
export type InformerHandler<T extends KubeObject> = (
  type: Exclude<WatchEventType, 'BOOKMARK' | 'ERROR'>,
  object: T,
) => void;

/** A running informer. */
export interface Informer {
  /** Resolves when the initial list has been delivered. */
  readonly synced: Promise<void>;
  stop(): void;
}

const keyOf = (object: KubeObject): string =>
  `${object.metadata.namespace ?? ''}/${object.metadata.name}`;

/** Starts a list+watch of `ref` (optionally in one namespace or with a label selector). */
export const startInformer = <T extends KubeObject>(
  api: ClusterApi,
  ref: ResourceRef,
  handler: InformerHandler<T>,
  options: { namespace?: string; labelSelector?: string } = {},
): Informer => {
  const known = new Map<string, T>();
  let watch: Watch | undefined;
  let stopped = false;

  const deliver = (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: T): void => {
    if (stopped) return;
    try {
      handler(type, object);
    } catch {
      // A handler only enqueues keys; it must never break the watch.
    }
  };

  const listAndWatch = async (): Promise<void> => {
    const list = await api.list<T>(ref, options);
    if (stopped) return;
    const seen = new Set<string>();
    for (const item of list.items) {
      const key = keyOf(item);
      seen.add(key);
      const previous = known.get(key);
      known.set(key, item);
      if (!previous) deliver('ADDED', item);
      else if (previous.metadata.resourceVersion !== item.metadata.resourceVersion) {
        deliver('MODIFIED', item);
      }
    }
    for (const [key, object] of known) {
      if (!seen.has(key)) {
        known.delete(key);
        deliver('DELETED', object);
      }
    }
    watch = api.watch<T>(
      ref,
      { ...options, resourceVersion: list.metadata.resourceVersion },
      (event) => {
        if (stopped) return;
        if (event.type === 'ERROR') {
          watch?.stop();
          watch = undefined;
          void listAndWatch().catch(() => undefined);
          return;
        }
        if (event.type === 'BOOKMARK') return;
        const key = keyOf(event.object);
        if (event.type === 'DELETED') known.delete(key);
        else known.set(key, event.object);
        deliver(event.type, event.object);
      },
    );
  };

  const synced = listAndWatch();
  return {
    synced,
    stop: () => {
      stopped = true;
      watch?.stop();
    },
  };
};
