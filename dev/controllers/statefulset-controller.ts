/**
 * The StatefulSet controller: pods `<statefulset>-<ordinal>` (labels `controller-revision-hash`,
 * `statefulset.kubernetes.io/pod-name`, `apps.kubernetes.io/pod-index`; `hostname`/`subdomain`),
 * one PersistentVolumeClaim per volume claim template and ordinal (`<template>-<sts>-<ordinal>`,
 * labelled with the selector labels and, like Kubernetes' default retention policy, owned by
 * nobody), `Parallel` or `OrderedReady` pod management, and rolling updates from the highest
 * ordinal down, one pod at a time, once every pod is ready.
 */
import { ignoreNotFound, isConflict } from './api-errors';
import type { ControllerContext } from './controller-context';
import { OwnerController } from './owner-controller';
import { isPodReady, type PersistentVolumeClaim, type Pod, type StatefulSet } from './kube-types';
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
import { podFromTemplate } from './pod-factory';
import { REFS } from './refs';

const SOURCE = { component: 'statefulset-controller' };
const REVISION_LABEL = 'controller-revision-hash';

/** Options of the StatefulSet controller. */
export interface StatefulSetControllerOptions {
  /** Storage class of claims whose template names none (the cluster's default class). */
  defaultStorageClass?: string;
}

const ordinalOf = (pod: Pod, stsName: string): number => {
  const suffix = pod.metadata.name.slice(stsName.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : -1;
};

/** The StatefulSet controller. */
export class StatefulSetController extends OwnerController {
  constructor(
    ctx: ControllerContext,
    private readonly options: StatefulSetControllerOptions = {},
  ) {
    super('statefulset-controller', ctx, REFS.statefulSets, REFS.pods, 'StatefulSet');
  }

  protected async sync(key: string): Promise<void> {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const sts = await ignoreNotFound(() =>
      api.get<StatefulSet>(REFS.statefulSets, name, namespace),
    );
    if (!sts || sts.metadata.deletionTimestamp) return;
    const updateRevision = `${name}-${templateHash(sts.spec.template)}`;
    const desired = sts.spec.replicas ?? 1;
    const parallel = sts.spec.podManagementPolicy === 'Parallel';
    const pods = (
      await api.list<Pod>(REFS.pods, {
        namespace,
        labelSelector: selectorString(sts.spec.selector.matchLabels),
      })
    ).items.filter((pod) => controllerOf(pod)?.uid === sts.metadata.uid);
    const byOrdinal = new Map(pods.map((pod) => [ordinalOf(pod, name), pod]));

    // Create missing pods (and their claims); OrderedReady waits for each predecessor.
    for (let ordinal = 0; ordinal < desired; ordinal += 1) {
      const existing = byOrdinal.get(ordinal);
      if (existing) {
        if (!parallel && (!isPodReady(existing) || existing.metadata.deletionTimestamp)) break;
        continue;
      }
      await this.ensureClaims(sts, ordinal);
      const pod = await this.createPod(sts, ordinal, updateRevision);
      if (pod) byOrdinal.set(ordinal, pod);
      if (!parallel) break;
    }

    // Scale down from the highest ordinal.
    const surplus = [...byOrdinal.entries()]
      .filter(([ordinal, pod]) => ordinal >= desired && !pod.metadata.deletionTimestamp)
      .sort(([a], [b]) => b - a);
    for (const [ordinal, pod] of parallel ? surplus : surplus.slice(0, 1)) {
      await this.deletePod(sts, pod);
      byOrdinal.delete(ordinal);
    }

    // Rolling update: one outdated pod at a time, highest ordinal first, when all are ready.
    const live = [...byOrdinal.entries()].filter(([ordinal]) => ordinal < desired);
    const allReady =
      live.length === desired &&
      live.every(([, pod]) => isPodReady(pod) && !pod.metadata.deletionTimestamp);
    const outdated = live
      .filter(([, pod]) => pod.metadata.labels?.[REVISION_LABEL] !== updateRevision)
      .sort(([a], [b]) => b - a);
    if (allReady && outdated.length > 0) {
      const [ordinal, pod] = outdated[0];
      await this.deletePod(sts, pod);
      byOrdinal.delete(ordinal);
    }
    await this.writeStatus(sts, [...byOrdinal.values()], updateRevision);
  }

  private async createPod(
    sts: StatefulSet,
    ordinal: number,
    revision: string,
  ): Promise<Pod | undefined> {
    const { api, recorder } = this.ctx;
    const namespace = sts.metadata.namespace ?? '';
    const podName = `${sts.metadata.name}-${ordinal}`;
    const pod = podFromTemplate(sts.spec.template, podName, namespace, [controllerRef(sts)], {
      [REVISION_LABEL]: revision,
      'statefulset.kubernetes.io/pod-name': podName,
      'apps.kubernetes.io/pod-index': String(ordinal),
    });
    pod.spec.hostname = podName;
    if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName;
    const claimVolumes = (sts.spec.volumeClaimTemplates ?? []).map((template) => ({
      name: template.metadata.name,
      persistentVolumeClaim: {
        claimName: `${template.metadata.name}-${sts.metadata.name}-${ordinal}`,
      },
    }));
    const claimNames = new Set(claimVolumes.map((v) => v.name));
    pod.spec.volumes = [
      ...claimVolumes,
      ...(pod.spec.volumes ?? []).filter((v) => !claimNames.has(String(v.name))),
    ];
    try {
      const created = (await api.create(REFS.pods, pod)).object;
      void recorder.record(
        sts,
        'Normal',
        'SuccessfulCreate',
        `create Pod ${podName} in StatefulSet ${sts.metadata.name} successful`,
        SOURCE,
      );
      return created;
    } catch (error) {
      if (isConflict(error)) return undefined; // The old pod is still terminating.
      throw error;
    }
  }

  private async deletePod(sts: StatefulSet, pod: Pod): Promise<void> {
    await ignoreNotFound(() =>
      this.ctx.api.delete(REFS.pods, pod.metadata.name, pod.metadata.namespace),
    );
    void this.ctx.recorder.record(
      sts,
      'Normal',
      'SuccessfulDelete',
      `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`,
      SOURCE,
    );
  }

  private async ensureClaims(sts: StatefulSet, ordinal: number): Promise<void> {
    const { api, recorder } = this.ctx;
    const namespace = sts.metadata.namespace ?? '';
    const podName = `${sts.metadata.name}-${ordinal}`;
    for (const template of sts.spec.volumeClaimTemplates ?? []) {
      const claimName = `${template.metadata.name}-${sts.metadata.name}-${ordinal}`;
      const exists = await ignoreNotFound(() =>
        api.get(REFS.persistentVolumeClaims, claimName, namespace),
      );
      if (exists) continue;
      const claim: PersistentVolumeClaim = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
          name: claimName,
          namespace,
          labels: { ...template.metadata.labels, ...sts.spec.selector.matchLabels },
        },
        spec: {
          ...structuredClone(template.spec),
          storageClassName:
            template.spec.storageClassName ?? this.options.defaultStorageClass ?? 'gp3-csi',
          volumeMode: template.spec.volumeMode ?? 'Filesystem',
        },
        status: { phase: 'Pending' },
      };
      try {
        await api.create(REFS.persistentVolumeClaims, claim);
      } catch (error) {
        if (!isConflict(error)) throw error;
        continue;
      }
      void recorder.record(
        sts,
        'Normal',
        'SuccessfulCreate',
        `create Claim ${claimName} Pod ${podName} in StatefulSet ${sts.metadata.name} success`,
        SOURCE,
      );
    }
  }

  private async writeStatus(sts: StatefulSet, pods: Pod[], updateRevision: string): Promise<void> {
    const live = pods.filter((pod) => !pod.metadata.deletionTimestamp);
    const updated = live.filter((p) => p.metadata.labels?.[REVISION_LABEL] === updateRevision);
    const desired = sts.spec.replicas ?? 1;
    const previousCurrent = sts.status?.currentRevision as string | undefined;
    const currentRevision =
      !previousCurrent || (updated.length === live.length && live.length === desired)
        ? updateRevision
        : previousCurrent;
    const ready = live.filter(isPodReady).length;
    const status = {
      observedGeneration: sts.metadata.generation,
      replicas: live.length,
      availableReplicas: ready,
      ...omitZero({
        readyReplicas: ready,
        currentReplicas: live.filter((p) => p.metadata.labels?.[REVISION_LABEL] === currentRevision)
          .length,
        updatedReplicas: updated.length,
      }),
      currentRevision,
      updateRevision,
      collisionCount: 0,
    };
    if (deepEqual(status, sts.status ?? {})) return;
    await this.ctx.api.patch(
      REFS.statefulSets,
      sts.metadata.name,
      sts.metadata.namespace,
      'merge',
      { status: replacingPatch(sts.status, status) },
      { subresource: 'status' },
    );
  }
}
