/**
 * The shapes of the Kubernetes objects the pages watch, as far as they read them. Workloads, pods,
 * routes, ingresses and events reuse the domain core's types; list items from the API server may
 * lack `kind`, so workloads get theirs from the watch they came from.
 */
import type { IngressLike, RouteLike } from '../tempostack/endpoints';
import type { ManagedObjectLike } from '../tempostack/stack-links';
import type { EventLike } from '../tempostack/stack-events';
import type { ObjectMeta, PodLike, TempoStack, WorkloadLike } from '../tempostack/types';

export type { PodLike, TempoStack, WorkloadLike };

/** A Deployment or StatefulSet as listed (items of a list carry no `kind`). */
export type WorkloadObject = Omit<WorkloadLike, 'kind'> & { kind?: string };

/** An OpenShift Route of the stack. */
export type RouteObject = RouteLike & ManagedObjectLike;

/** An Ingress of the stack. */
export type IngressObject = IngressLike & ManagedObjectLike;

/** A core/v1 Event. */
export type EventObject = EventLike & { metadata?: EventLike['metadata'] & { uid?: string } };

/** A PersistentVolumeClaim (the ingester's data volumes). */
export interface PersistentVolumeClaimObject {
  metadata: ObjectMeta;
  spec?: {
    storageClassName?: string;
    volumeName?: string;
    accessModes?: string[];
    resources?: { requests?: { storage?: string } };
  };
  status?: { phase?: string; capacity?: { storage?: string } };
}
