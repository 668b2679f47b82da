/**
 * The skeleton the workload controllers share, as kube-controller-manager's do: a work queue of
 * `namespace/name` keys, an informer on the primary kind that enqueues each object, and an informer
 * on the kind it creates that enqueues the object's controlling owner. Subclasses implement `sync`.
 */
import type { KubeObject, ResourceRef } from '../cluster/api';
import type { Controller, ControllerContext } from './controller-context';
import { startInformer, type Informer } from './informer';
import { controllerOf, objectKey } from './objects';
import { WorkQueue } from './work-queue';

export abstract class OwnerController implements Controller {
  private readonly queue: WorkQueue;
  private informers: Informer[] = [];

  /**
   * @param name the controller's name, e.g. `deployment-controller`
   * @param primary the kind the controller reconciles (its objects are the queue's keys)
   * @param owned the kind it creates; a change to one enqueues its controlling `ownerKind` owner
   */
  protected constructor(
    readonly name: string,
    protected readonly ctx: ControllerContext,
    private readonly primary: ResourceRef,
    private readonly owned: ResourceRef,
    private readonly ownerKind: string,
  ) {
    this.queue = new WorkQueue((key) => this.sync(key), ctx.queue);
  }

  /** Brings the object with this `namespace/name` key to its desired state. */
  protected abstract sync(key: string): Promise<void>;

  async start(): Promise<void> {
    const { api } = this.ctx;
    this.informers = [
      startInformer(api, this.primary, (_t, object) => this.queue.add(objectKey(object))),
      startInformer(api, this.owned, (_t, object) => this.enqueueOwner(object)),
    ];
    await Promise.all(this.informers.map((i) => i.synced));
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  async stop(): Promise<void> {
    this.informers.forEach((i) => i.stop());
    await this.queue.stop();
  }

  private enqueueOwner(object: KubeObject): void {
    const owner = controllerOf(object);
    if (owner?.kind === this.ownerKind) {
      this.queue.add(`${object.metadata.namespace ?? ''}/${owner.name}`);
    }
  }
}
