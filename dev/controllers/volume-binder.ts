/**
 * Dynamic provisioning of PersistentVolumeClaims: a `Pending` claim becomes `Bound` after
 * `pvcBindDelayMs`, to a volume named `pvc-<claim uid>` of the requested size (the CSI
 * provisioner's naming), with the annotations and events an OpenShift cluster shows.
 */
import type { Controller, ControllerContext } from './controller-context';
import { startInformer, type Informer } from './informer';
import type { PersistentVolumeClaim } from './kube-types';
import { REFS } from './refs';

/** Options of the volume binder. */
export interface VolumeBinderOptions {
  /** CSI provisioner named in annotations and events. */
  provisioner?: string;
}

/** Binds claims to simulated volumes. */
export class VolumeBinder implements Controller {
  readonly name = 'volume-binder';
  private informer: Informer | undefined;
  private readonly scheduled = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly ctx: ControllerContext,
    private readonly options: VolumeBinderOptions = {},
  ) {}

  async start(): Promise<void> {
    this.informer = startInformer<PersistentVolumeClaim>(
      this.ctx.api,
      REFS.persistentVolumeClaims,
      (type, claim) => {
        const uid = claim.metadata.uid ?? claim.metadata.name;
        if (type === 'DELETED') {
          this.scheduled.delete(uid);
          return;
        }
        if (claim.spec.volumeName || claim.metadata.deletionTimestamp || this.scheduled.has(uid)) {
          return;
        }
        this.scheduled.add(uid);
        this.ctx.clock.after(this.ctx.clock.timings.pvcBindDelayMs, () => {
          const run = this.bind(claim).catch(() => {
            this.scheduled.delete(uid);
          });
          this.inFlight.add(run);
          void run.finally(() => this.inFlight.delete(run));
        });
      },
    );
    await this.informer.synced;
  }

  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.informer?.stop();
    await this.idle();
  }

  private async bind(claim: PersistentVolumeClaim): Promise<void> {
    const { api, recorder } = this.ctx;
    const provisioner = this.options.provisioner ?? 'ebs.csi.aws.com';
    const { name, namespace } = claim.metadata;
    const volumeName = `pvc-${claim.metadata.uid ?? name}`;
    const source = { component: `${provisioner}_aws-ebs-csi-driver-controller-0` };
    void recorder.record(
      claim,
      'Normal',
      'Provisioning',
      `External provisioner is provisioning volume for claim "${namespace}/${name}"`,
      source,
    );
    await api.patch(REFS.persistentVolumeClaims, name, namespace, 'merge', {
      metadata: {
        annotations: {
          'pv.kubernetes.io/bind-completed': 'yes',
          'pv.kubernetes.io/bound-by-controller': 'yes',
          'volume.beta.kubernetes.io/storage-provisioner': provisioner,
          'volume.kubernetes.io/storage-provisioner': provisioner,
        },
      },
      spec: { volumeName },
    });
    await api.patch(
      REFS.persistentVolumeClaims,
      name,
      namespace,
      'merge',
      {
        status: {
          phase: 'Bound',
          accessModes: claim.spec.accessModes ?? ['ReadWriteOnce'],
          capacity: { storage: String(claim.spec.resources?.requests?.storage ?? '1Gi') },
        },
      },
      { subresource: 'status' },
    );
    void recorder.record(
      claim,
      'Normal',
      'ProvisioningSucceeded',
      `Successfully provisioned volume ${volumeName}`,
      source,
    );
  }
}
