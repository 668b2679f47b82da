/**
 * The ReplicaSet controller: keeps `spec.replicas` pods (`<replicaset>-<5 random characters>`,
 * labels and annotations from the template, controller owner reference) and the ReplicaSet's status
 * (`replicas`, `fullyLabeledReplicas`, `readyReplicas`, `availableReplicas`). Scale-down deletes
 * unscheduled, then not-ready, then the newest pods first, as Kubernetes does.
 */
import { ignoreNotFound } from './api-errors';
import type { ControllerContext } from './controller-context';
import { OwnerController } from './owner-controller';
import { isPodReady, type Pod, type ReplicaSet } from './kube-types';
import {
  controllerOf,
  controllerRef,
  deepEqual,
  omitZero,
  replacingPatch,
  selectorString,
  splitKey,
} from './objects';
import { podFromTemplate } from './pod-factory';
import { REFS } from './refs';

const SOURCE = { component: 'replicaset-controller' };

/** Deletion preference: lower ranks are deleted first. */
const deletionRank = (pod: Pod): number => {
  if (!pod.spec.nodeName) return 0;
  if (pod.status?.phase === 'Pending') return 1;
  if (!isPodReady(pod)) return 2;
  return 3;
};

/** The ReplicaSet controller. */
export class ReplicaSetController extends OwnerController {
  constructor(ctx: ControllerContext) {
    super('replicaset-controller', ctx, REFS.replicaSets, REFS.pods, 'ReplicaSet');
  }

  protected async sync(key: string): Promise<void> {
    const { api, recorder, clock } = this.ctx;
    const { namespace, name } = splitKey(key);
    const rs = await ignoreNotFound(() => api.get<ReplicaSet>(REFS.replicaSets, name, namespace));
    if (!rs || rs.metadata.deletionTimestamp) return;
    const pods = (
      await api.list<Pod>(REFS.pods, {
        namespace,
        labelSelector: selectorString(rs.spec.selector.matchLabels),
      })
    ).items.filter(
      (pod) => controllerOf(pod)?.uid === rs.metadata.uid && !pod.metadata.deletionTimestamp,
    );
    const desired = rs.spec.replicas ?? 1;
    const alive = [...pods];
    for (let i = pods.length; i < desired; i += 1) {
      const pod = podFromTemplate(rs.spec.template, `${name}-${clock.randomSuffix()}`, namespace, [
        controllerRef(rs),
      ]);
      const created = (await api.create(REFS.pods, pod)).object;
      alive.push(created);
      void recorder.record(
        rs,
        'Normal',
        'SuccessfulCreate',
        `Created pod: ${pod.metadata.name}`,
        SOURCE,
      );
    }
    if (pods.length > desired) {
      const victims = [...pods]
        .sort(
          (a, b) =>
            deletionRank(a) - deletionRank(b) ||
            (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''),
        )
        .slice(0, pods.length - desired);
      for (const pod of victims) {
        await ignoreNotFound(() => api.delete(REFS.pods, pod.metadata.name, namespace));
        alive.splice(alive.indexOf(pod), 1);
        void recorder.record(
          rs,
          'Normal',
          'SuccessfulDelete',
          `Deleted pod: ${pod.metadata.name}`,
          SOURCE,
        );
      }
    }
    const ready = alive.filter(isPodReady).length;
    const status = {
      ...omitZero({
        replicas: alive.length,
        fullyLabeledReplicas: alive.length,
        readyReplicas: ready,
        availableReplicas: ready,
      }),
      observedGeneration: rs.metadata.generation,
    };
    if (deepEqual(status, rs.status ?? {})) return;
    await api.patch(
      REFS.replicaSets,
      name,
      namespace,
      'merge',
      { status: replacingPatch(rs.status, status) },
      { subresource: 'status' },
    );
  }
}
