/**
 * The Deployment controller: one ReplicaSet per pod template (`<deployment>-<pod-template-hash>`);
 * a changed template creates a new ReplicaSet, scaled up at once, while the old ones are scaled down
 * as the new pods become available (a rolling update with 100 % surge). Keeps the Deployment's
 * status (`replicas`, `updatedReplicas`, `readyReplicas`, `availableReplicas`, conditions) current.
 */
import { ignoreNotFound } from './api-errors';
import type { ControllerContext } from './controller-context';
import { OwnerController } from './owner-controller';
import type { Deployment, KubeCondition, ReplicaSet } from './kube-types';
import {
  controllerOf,
  controllerRef,
  deepEqual,
  omitZero,
  replacingPatch,
  selectorString,
  splitKey,
  templateHash,
} from './objects';
import { REFS } from './refs';

const REVISION = 'deployment.kubernetes.io/revision';
const SOURCE = { component: 'deployment-controller' };

const revisionOf = (rs: ReplicaSet): number =>
  Number(rs.metadata.annotations?.[REVISION] ?? '0') || 0;

/** Starts-able Deployment controller. */
export class DeploymentController extends OwnerController {
  constructor(ctx: ControllerContext) {
    super('deployment-controller', ctx, REFS.deployments, REFS.replicaSets, 'Deployment');
  }

  protected async sync(key: string): Promise<void> {
    const { api, recorder, clock } = this.ctx;
    const { namespace, name } = splitKey(key);
    const deployment = await ignoreNotFound(() =>
      api.get<Deployment>(REFS.deployments, name, namespace),
    );
    if (!deployment || deployment.metadata.deletionTimestamp) return;
    const uid = deployment.metadata.uid;
    const desired = deployment.spec.replicas ?? 1;
    const owned = (
      await api.list<ReplicaSet>(REFS.replicaSets, {
        namespace,
        labelSelector: selectorString(deployment.spec.selector.matchLabels),
      })
    ).items.filter((rs) => controllerOf(rs)?.uid === uid && !rs.metadata.deletionTimestamp);

    const hash = templateHash(deployment.spec.template);
    let current = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const maxRevision = Math.max(0, ...owned.map(revisionOf));
    const olds = owned.filter((rs) => rs !== current);

    if (!current) {
      const template = structuredClone(deployment.spec.template);
      template.metadata = {
        ...template.metadata,
        labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
      };
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${name}-${hash}`,
          namespace,
          labels: { ...deployment.spec.template.metadata?.labels, 'pod-template-hash': hash },
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(desired),
            'deployment.kubernetes.io/max-replicas': String(desired + Math.ceil(desired / 4)),
            [REVISION]: String(maxRevision + 1),
          },
          ownerReferences: [controllerRef(deployment)],
        },
        spec: {
          replicas: desired,
          selector: {
            matchLabels: { ...deployment.spec.selector.matchLabels, 'pod-template-hash': hash },
          },
          template,
        },
      };
      current = (await api.create(REFS.replicaSets, rs)).object;
      void recorder.record(
        deployment,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${rs.metadata.name} from 0 to ${desired}`,
        SOURCE,
      );
    } else {
      const patch: Record<string, unknown> = {};
      if ((current.spec.replicas ?? 0) !== desired) patch.spec = { replicas: desired };
      if (olds.length > 0 && revisionOf(current) < maxRevision) {
        patch.metadata = { annotations: { [REVISION]: String(maxRevision + 1) } };
      }
      if (patch.spec || patch.metadata) {
        const from = current.spec.replicas ?? 0;
        current = (
          await api.patch<ReplicaSet>(
            REFS.replicaSets,
            current.metadata.name,
            namespace,
            'merge',
            patch,
          )
        ).object;
        if (from !== desired) {
          void recorder.record(
            deployment,
            'Normal',
            'ScalingReplicaSet',
            `Scaled ${desired > from ? 'up' : 'down'} replica set ${current.metadata.name} from ${from} to ${desired}`,
            SOURCE,
          );
        }
      }
    }

    // Old ReplicaSets keep as many pods as the new one still lacks available ones.
    const newAvailable = current.status?.availableReplicas ?? 0;
    let oldBudget = Math.max(0, desired - newAvailable);
    for (const old of olds.sort((a, b) => revisionOf(b) - revisionOf(a))) {
      const from = old.spec.replicas ?? 0;
      const target = Math.min(from, oldBudget);
      oldBudget -= target;
      if (target !== from) {
        await api.patch(REFS.replicaSets, old.metadata.name, namespace, 'merge', {
          spec: { replicas: target },
        });
        void recorder.record(
          deployment,
          'Normal',
          'ScalingReplicaSet',
          `Scaled down replica set ${old.metadata.name} from ${from} to ${target}`,
          SOURCE,
        );
      }
    }
    await this.writeStatus(deployment, current, [current, ...olds], desired, clock.now());
  }

  private async writeStatus(
    deployment: Deployment,
    current: ReplicaSet,
    all: ReplicaSet[],
    desired: number,
    now: string,
  ): Promise<void> {
    const sum = (pick: (rs: ReplicaSet) => number | undefined): number =>
      all.reduce((total, rs) => total + (pick(rs) ?? 0), 0);
    const available = sum((rs) => rs.status?.availableReplicas);
    const maxUnavailable = Math.floor(desired / 4);
    const hasMinimum = available >= desired - maxUnavailable;
    const complete =
      (current.status?.availableReplicas ?? 0) >= desired &&
      sum((rs) => rs.status?.replicas) === (current.status?.replicas ?? 0);
    const previous = (deployment.status?.conditions ?? []) as KubeCondition[];
    const condition = (
      type: string,
      status: 'True' | 'False',
      reason: string,
      message: string,
    ): KubeCondition => {
      const old = previous.find((c) => c.type === type);
      const same = old?.status === status && old.reason === reason;
      return {
        type,
        status,
        lastUpdateTime: same && old?.message === message ? (old.lastUpdateTime ?? now) : now,
        lastTransitionTime: old?.status === status ? (old.lastTransitionTime ?? now) : now,
        reason,
        message,
      };
    };
    const rsName = current.metadata.name;
    const status = {
      observedGeneration: deployment.metadata.generation,
      ...omitZero({
        replicas: sum((rs) => rs.status?.replicas),
        updatedReplicas: current.status?.replicas ?? 0,
        readyReplicas: sum((rs) => rs.status?.readyReplicas),
        availableReplicas: available,
        unavailableReplicas: Math.max(0, desired - available),
      }),
      conditions: [
        hasMinimum
          ? condition(
              'Available',
              'True',
              'MinimumReplicasAvailable',
              'Deployment has minimum availability.',
            )
          : condition(
              'Available',
              'False',
              'MinimumReplicasUnavailable',
              'Deployment does not have minimum availability.',
            ),
        complete
          ? condition(
              'Progressing',
              'True',
              'NewReplicaSetAvailable',
              `ReplicaSet "${rsName}" has successfully progressed.`,
            )
          : condition(
              'Progressing',
              'True',
              'ReplicaSetUpdated',
              `ReplicaSet "${rsName}" is progressing.`,
            ),
      ],
    };
    if (deepEqual(status, deployment.status ?? {})) return;
    await this.ctx.api.patch(
      REFS.deployments,
      deployment.metadata.name,
      deployment.metadata.namespace,
      'merge',
      { status: replacingPatch(deployment.status, status) },
      { subresource: 'status' },
    );
  }
}
