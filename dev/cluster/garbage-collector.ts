/**
 * The garbage collector, as kube-controller-manager's: when an owner goes away its dependents are
 * deleted (background propagation); an owner deleted with `Foreground` keeps its
 * `foregroundDeletion` finalizer until its blocking dependents are gone; one deleted with `Orphan`
 * has its dependents' owner references removed, then its `orphan` finalizer. A dependent with
 * another live owner only loses the reference to the absent one.
 */
import type { KubeObject } from './api';
import type { ClusterCore } from './core';
import { deleteObject, refOf } from './delete';
import { isApiError } from './errors';
import { patchObject } from './patch';
import type { StoreEvent } from './store';
import type { WorkQueue } from './work-queue';

type OwnerRef = NonNullable<KubeObject['metadata']['ownerReferences']>[number];

type OwnerState = 'solid' | 'dangling' | 'waiting';

/** Runs garbage collection on store events. */
export class GarbageCollector {
  constructor(
    private readonly core: ClusterCore,
    private readonly queue: WorkQueue,
  ) {
    core.store.subscribe((_typeKey, event) => this.observe(event));
  }

  private observe(event: StoreEvent): void {
    const o = event.object;
    const uid = o.metadata.uid;
    if (event.type === 'DELETED') {
      if (uid) this.queue.push(() => this.deleteDependentsOf(uid));
      for (const ref of o.metadata.ownerReferences ?? [])
        this.queue.push(() => this.checkForegroundOwner(ref.uid));
      return;
    }
    const finalizers = o.metadata.finalizers ?? [];
    if (o.metadata.deletionTimestamp && uid) {
      if (finalizers.includes('orphan')) this.queue.push(() => this.orphanDependents(uid));
      if (finalizers.includes('foregroundDeletion'))
        this.queue.push(() => this.deleteForForeground(uid));
    }
    if (event.type === 'ADDED' && o.metadata.ownerReferences?.length && uid) {
      this.queue.push(() => this.attemptToDelete(uid));
    }
    const before = new Set((event.prev?.metadata.ownerReferences ?? []).map((r) => r.uid));
    for (const r of o.metadata.ownerReferences ?? []) before.delete(r.uid);
    for (const removed of before) this.queue.push(() => this.checkForegroundOwner(removed));
  }

  private find(uid: string): KubeObject | undefined {
    return this.core.store.locateUid(uid)?.object;
  }

  private dependentsOf(uid: string): KubeObject[] {
    const result: KubeObject[] = [];
    for (const { object } of this.core.store.entries()) {
      if (object.metadata.ownerReferences?.some((r) => r.uid === uid)) result.push(object);
    }
    return result;
  }

  /** The owner as the GC resolves it: by kind and name in the dependent's namespace, same uid. */
  private ownerState(dependent: KubeObject, ref: OwnerRef): OwnerState {
    const found = this.core.registry.findByKind(ref.apiVersion, ref.kind);
    if (!found) return 'solid';
    const ns = found.type.namespaced ? dependent.metadata.namespace : undefined;
    const owner = this.core.store.get(this.core.key(found.type), ns, ref.name);
    if (!owner || owner.metadata.uid !== ref.uid) return 'dangling';
    if (
      owner.metadata.deletionTimestamp &&
      owner.metadata.finalizers?.includes('foregroundDeletion')
    )
      return 'waiting';
    return 'solid';
  }

  private async setOwnerRefs(dependent: KubeObject, refs: OwnerRef[]): Promise<void> {
    const ref = refOf(this.core, dependent);
    if (!ref) return;
    const patch = { metadata: { ownerReferences: refs.length ? refs : null } };
    await this.ignoreGone(
      patchObject(
        this.core,
        ref,
        dependent.metadata.name,
        dependent.metadata.namespace,
        'merge',
        patch,
      ),
    );
  }

  private async ignoreGone(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (error) {
      if (!isApiError(error, 404)) throw error;
    }
  }

  /** `attemptToDeleteItem`: decides what to do with an object whose owners may be gone. */
  private async attemptToDelete(uid: string): Promise<void> {
    const dependent = this.find(uid);
    const refs = dependent?.metadata.ownerReferences ?? [];
    if (!dependent || dependent.metadata.deletionTimestamp || refs.length === 0) return;
    const states = refs.map((r) => this.ownerState(dependent, r));
    if (states.every((s) => s === 'solid')) return;
    if (states.includes('solid')) {
      await this.setOwnerRefs(
        dependent,
        refs.filter((_r, i) => states[i] === 'solid'),
      );
      return;
    }
    const ref = refOf(this.core, dependent);
    if (!ref) return;
    const hasDependents = this.dependentsOf(uid).length > 0;
    const policy = states.includes('waiting') && hasDependents ? 'Foreground' : 'Background';
    await this.ignoreGone(
      deleteObject(this.core, ref, dependent.metadata.name, dependent.metadata.namespace, {
        propagationPolicy: policy,
        preconditions: { uid },
      }),
    );
  }

  private async deleteDependentsOf(uid: string): Promise<void> {
    for (const d of this.dependentsOf(uid))
      if (d.metadata.uid) await this.attemptToDelete(d.metadata.uid);
  }

  private async deleteForForeground(uid: string): Promise<void> {
    await this.deleteDependentsOf(uid);
    await this.checkForegroundOwner(uid);
  }

  private async removeFinalizer(owner: KubeObject, finalizer: string): Promise<void> {
    const ref = refOf(this.core, owner);
    if (!ref) return;
    const finalizers = (owner.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    const patch = {
      metadata: {
        resourceVersion: owner.metadata.resourceVersion,
        finalizers: finalizers.length ? finalizers : null,
      },
    };
    try {
      await patchObject(
        this.core,
        ref,
        owner.metadata.name,
        owner.metadata.namespace,
        'merge',
        patch,
      );
    } catch (error) {
      // Changed meanwhile: the event of that change queues this work again.
      if (!isApiError(error, 404) && !isApiError(error, 409)) throw error;
    }
  }

  /** Removes `foregroundDeletion` once no dependent blocks the owner's deletion. */
  private async checkForegroundOwner(uid: string): Promise<void> {
    const owner = this.find(uid);
    if (
      !owner?.metadata.deletionTimestamp ||
      !owner.metadata.finalizers?.includes('foregroundDeletion')
    )
      return;
    const blocking = this.dependentsOf(uid).filter((d) =>
      d.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion === true),
    );
    if (blocking.length === 0) await this.removeFinalizer(owner, 'foregroundDeletion');
  }

  private async orphanDependents(uid: string): Promise<void> {
    for (const d of this.dependentsOf(uid)) {
      await this.setOwnerRefs(
        d,
        (d.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid),
      );
    }
    const owner = this.find(uid);
    if (owner?.metadata.finalizers?.includes('orphan')) await this.removeFinalizer(owner, 'orphan');
  }
}
