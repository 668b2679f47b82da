/**
 * The namespace controller: a namespace being deleted stays `Terminating` while its content is
 * deleted, and goes away once nothing is left in it (objects with finalizers keep it waiting).
 * Also: a CRD that goes away takes its custom resources with it.
 */
import type { ClusterCore } from './core';
import { deleteObject } from './delete';
import { isApiError } from './errors';
import { isRecord, text } from './json-util';
import { typeKey } from './resource-type';
import type { StoreEvent } from './store';
import type { WorkQueue } from './work-queue';

/** Finalizes terminating namespaces and removed CRDs. */
export class NamespaceLifecycle {
  constructor(
    private readonly core: ClusterCore,
    private readonly queue: WorkQueue,
  ) {
    core.store.subscribe((key, event) => this.observe(key, event));
  }

  private observe(key: string, event: StoreEvent): void {
    const o = event.object;
    if (key === 'namespaces' && event.type !== 'DELETED' && o.metadata.deletionTimestamp) {
      this.queue.push(() => this.finalize(o.metadata.name));
    } else if (
      event.type === 'DELETED' &&
      o.metadata.namespace &&
      this.core.namespaceTerminating(o.metadata.namespace)
    ) {
      const ns = o.metadata.namespace;
      this.queue.push(() => this.finalize(ns));
    } else if (
      event.type === 'DELETED' &&
      key === 'customresourcedefinitions.apiextensions.k8s.io'
    ) {
      this.queue.push(() => Promise.resolve(this.dropCrd(o.spec)));
    }
  }

  private dropCrd(spec: unknown): void {
    if (!isRecord(spec) || typeof spec.group !== 'string' || !isRecord(spec.names)) return;
    const plural = text(spec.names.plural);
    const key = typeKey(spec.group, plural);
    for (const o of this.core.store.list(key))
      this.core.store.remove(key, o.metadata.namespace, o.metadata.name);
    this.core.registry.remove(spec.group, plural);
  }

  private async finalize(name: string): Promise<void> {
    const ns = this.core.namespace(name);
    if (!ns?.metadata.deletionTimestamp) return;
    let remaining = 0;
    for (const type of this.core.registry.all()) {
      if (!type.namespaced || !type.verbs.includes('delete')) continue;
      for (const o of this.core.store.list(this.core.key(type), name)) {
        remaining++;
        if (o.metadata.deletionTimestamp) continue;
        const ref = { group: type.group, version: type.versions[0].name, resource: type.plural };
        try {
          await deleteObject(this.core, ref, o.metadata.name, name, {
            propagationPolicy: 'Background',
          });
        } catch (error) {
          if (!isApiError(error, 404)) throw error;
        }
      }
    }
    if (remaining > 0) return;
    const current = this.core.namespace(name);
    if (!current) return;
    if (isRecord(current.spec)) current.spec.finalizers = [];
    if ((current.metadata.finalizers ?? []).length === 0)
      this.core.store.remove('namespaces', undefined, name);
    else if (isRecord(ns.spec) && Array.isArray(ns.spec.finalizers) && ns.spec.finalizers.length) {
      this.core.store.put('namespaces', current);
    }
  }
}
