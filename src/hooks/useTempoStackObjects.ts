import { useWatch } from './useWatch';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import {
  DeploymentModel,
  IngressModel,
  PersistentVolumeClaimModel,
  PodModel,
  RouteModel,
  StatefulSetModel,
  gvkOf,
} from '../k8s/models';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { instanceMatchLabels } from '../tempostack/naming';
import type { TempoStack } from '../tempostack/types';
import type {
  IngressObject,
  PersistentVolumeClaimObject,
  PodLike,
  RouteObject,
  WorkloadLike,
  WorkloadObject,
} from './k8s-objects';
import type { WatchResult } from './useTempoStack';

/** The objects the operator and the workload controllers create for one stack. */
export interface TempoStackObjects {
  /** Deployments and the StatefulSet, with `kind` set. */
  workloads: WorkloadLike[];
  pods: PodLike[];
  routes: RouteObject[];
  ingresses: IngressObject[];
  pvcs: PersistentVolumeClaimObject[];
}

const listOf = (model: K8sModel, stack: TempoStack): WatchK8sResource => ({
  groupVersionKind: gvkOf(model),
  isList: true,
  namespace: stack.metadata.namespace,
  selector: { matchLabels: instanceMatchLabels(stack.metadata.name ?? '') },
});

const withKind = (objects: WorkloadObject[] | undefined, kind: WorkloadLike['kind']) =>
  (objects ?? []).map((o): WorkloadLike => ({ ...o, kind }));

/**
 * A stack's workloads, pods, Routes, Ingresses and PVCs, live. Data path: one list watch per kind
 * in the stack's namespace with the selector
 * `app.kubernetes.io/instance=NAME,app.kubernetes.io/managed-by=tempo-operator` (the ingester's
 * PVCs carry the StatefulSet's selector labels). The console shares identical watches, so every
 * tab can call this. Routes and Ingresses are optional: a cluster without the Route API, or a user
 * who may not list them, gets none, not an error. `loaded` is true once the required watches
 * answered; `error` is the first error of a required watch.
 */
export const useTempoStackObjects = (stack: TempoStack): WatchResult<TempoStackObjects> => {
  const [deployments, deploymentsLoaded, deploymentsError] = useWatch<WorkloadObject[]>(
    listOf(DeploymentModel, stack),
  );
  const [statefulSets, statefulSetsLoaded, statefulSetsError] = useWatch<WorkloadObject[]>(
    listOf(StatefulSetModel, stack),
  );
  const [pods, podsLoaded, podsError] = useWatch<PodLike[]>(listOf(PodModel, stack));
  const [routes] = useWatch<RouteObject[]>(listOf(RouteModel, stack));
  const [ingresses] = useWatch<IngressObject[]>(listOf(IngressModel, stack));
  const [pvcs, pvcsLoaded, pvcsError] = useWatch<PersistentVolumeClaimObject[]>(
    listOf(PersistentVolumeClaimModel, stack),
  );

  const data = useMemo(
    (): TempoStackObjects => ({
      workloads: [...withKind(deployments, 'Deployment'), ...withKind(statefulSets, 'StatefulSet')],
      pods: pods ?? [],
      routes: routes ?? [],
      ingresses: ingresses ?? [],
      pvcs: pvcs ?? [],
    }),
    [deployments, statefulSets, pods, routes, ingresses, pvcs],
  );
  const error: unknown = deploymentsError ?? statefulSetsError ?? podsError ?? pvcsError;
  const loaded = deploymentsLoaded && statefulSetsLoaded && podsLoaded && pvcsLoaded;
  return { data, loaded: loaded || !!error, error };
};
