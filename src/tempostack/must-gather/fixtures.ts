/**
 * Test data for the must-gather modules and the collector's tests: a TempoStack as the API server
 * returns it, and the objects the operator creates for it (from the domain core's inventory), with
 * their labels and owner references, and the pods of its workloads.
 */
import { expectedObjects } from '../inventory';
import { tempoStackOwnerReference } from '../naming';
import type { PodLike, TempoStack } from '../types';
import type { KubeObjectLike } from './bundle-types';

/** The `chainsaw-route/simplest` TempoStack of the seeds (route.yaml), as stored. */
export const routeStack = (uid = 'uid-simplest'): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: {
    name: 'simplest',
    namespace: 'chainsaw-route',
    uid,
    labels: {
      'app.kubernetes.io/managed-by': 'tempo-operator',
      'tempo.grafana.com/distribution': 'openshift',
    },
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"kind":"TempoStack"}' },
    managedFields: [{ manager: 'kubectl', operation: 'Apply' }],
  },
  spec: {
    timeout: '2m',
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '200M',
    template: {
      queryFrontend: {
        jaegerQuery: {
          enabled: true,
          ingress: {
            type: 'route',
            host: 'example.com',
            annotations: { example_annotation: 'example_value' },
          },
        },
      },
    },
  },
  status: { operatorVersion: '0.22.0', conditions: [] },
});

const KIND_API: Record<string, string> = {
  ConfigMap: 'v1',
  Service: 'v1',
  ServiceAccount: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  PodDisruptionBudget: 'policy/v1',
  Route: 'route.openshift.io/v1',
  Ingress: 'networking.k8s.io/v1',
};

/**
 * The namespaced objects the operator owns for the stack (kinds the collector lists), as list
 * items: no `apiVersion`/`kind`, labels and the controller owner reference.
 */
export const ownedItems = (stack: TempoStack): Record<string, KubeObjectLike[]> => {
  const byKind: Record<string, KubeObjectLike[]> = {};
  for (const o of expectedObjects(stack)) {
    if (!o.ownedByTempoStack || o.createdBy !== 'operator' || !KIND_API[o.kind]) continue;
    (byKind[o.kind] ??= []).push({
      metadata: {
        name: o.name,
        namespace: stack.metadata.namespace,
        uid: `uid-${o.kind}-${o.name}`,
        labels: o.labels,
        ownerReferences: [tempoStackOwnerReference(stack)],
      },
      ...(o.workload
        ? {
            spec: { replicas: o.workload.replicas, selector: { matchLabels: o.workload.selector } },
            status: { replicas: o.workload.replicas, readyReplicas: o.workload.replicas },
          }
        : {}),
    });
  }
  return byKind;
};

/** `count` running pods of a component (`restarts` > 0 gives them a previous log). */
export const componentPods = (
  stack: TempoStack,
  component: string,
  count: number,
  options: { restarts?: number; containers?: string[] } = {},
): PodLike[] =>
  Array.from({ length: count }, (_, i) => {
    const containers = options.containers ?? ['tempo'];
    const name = `tempo-${stack.metadata.name ?? ''}-${component}-${i}`;
    return {
      metadata: {
        name,
        namespace: stack.metadata.namespace,
        uid: `uid-pod-${name}`,
        labels: {
          'app.kubernetes.io/name': 'tempo',
          'app.kubernetes.io/instance': stack.metadata.name ?? '',
          'app.kubernetes.io/managed-by': 'tempo-operator',
          'app.kubernetes.io/component': component,
        },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: `tempo-${stack.metadata.name ?? ''}-${component}-abc`,
            uid: 'rs',
          },
        ],
      },
      spec: { containers: containers.map((c) => ({ name: c })) },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: containers.map((c) => ({
          name: c,
          ready: true,
          restartCount: options.restarts ?? 0,
          state: { running: { startedAt: '2026-07-01T10:00:00Z' } },
          ...(options.restarts
            ? { lastState: { terminated: { reason: 'Error', exitCode: 1 } } }
            : {}),
        })),
      },
    };
  });

/**
 * The per-instance files the upstream e2e check (`tests/e2e-openshift/route/check-must-gather.sh`)
 * requires for TempoStack `simplest` in `chainsaw-route` (must-gather.md §5).
 */
export const UPSTREAM_ROUTE_CHECK_FILES: readonly string[] = Object.freeze(
  [
    'tempostack-simplest.yaml',
    'configmap-tempo-simplest.yaml',
    'configmap-tempo-simplest-ca-bundle.yaml',
    ...['distributor', 'querier', 'query-frontend', 'compactor'].map(
      (c) => `deployment-tempo-simplest-${c}.yaml`,
    ),
    'statefulset-tempo-simplest-ingester.yaml',
    ...[
      'distributor',
      'ingester',
      'querier',
      'compactor',
      'query-frontend',
      'query-frontend-discovery',
      'gossip-ring',
    ].map((c) => `service-tempo-simplest-${c}.yaml`),
    'serviceaccount-tempo-simplest.yaml',
    'serviceaccount-tempo-simplest-query-frontend.yaml',
    'route-tempo-simplest-query-frontend.yaml',
  ].map((file) => `namespaces/chainsaw-route/tempostack/simplest/${file}`),
);
