/** Shared fixtures of the simulator's tests: resource refs, objects, and error assertions. */
import type { KubeObject, ResourceRef, Status } from './api';
import { type Cluster, type ClusterOptions, createCluster } from './cluster';
import { ApiError } from './errors';

/** Refs of the resources the tests use. */
export const refs = {
  namespaces: { group: '', version: 'v1', resource: 'namespaces' },
  pods: { group: '', version: 'v1', resource: 'pods' },
  secrets: { group: '', version: 'v1', resource: 'secrets' },
  configmaps: { group: '', version: 'v1', resource: 'configmaps' },
  events: { group: '', version: 'v1', resource: 'events' },
  deployments: { group: 'apps', version: 'v1', resource: 'deployments' },
  replicasets: { group: 'apps', version: 'v1', resource: 'replicasets' },
  statefulsets: { group: 'apps', version: 'v1', resource: 'statefulsets' },
  tempostacks: { group: 'tempo.grafana.com', version: 'v1alpha1', resource: 'tempostacks' },
  crds: { group: 'apiextensions.k8s.io', version: 'v1', resource: 'customresourcedefinitions' },
  ssar: { group: 'authorization.k8s.io', version: 'v1', resource: 'selfsubjectaccessreviews' },
} satisfies Record<string, ResourceRef>;

/** A cluster without timers to leak: tests call `close()` through `afterEach` where they start watches. */
export function testCluster(options: ClusterOptions = {}): Cluster {
  return createCluster({ seed: 7, ...options });
}

/** A valid TempoStack. */
export function tempoStack(
  name: string,
  namespace = 'default',
  spec: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: 'tempo.grafana.com/v1alpha1',
    kind: 'TempoStack',
    metadata: { name, namespace },
    spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
  };
}

/** A ConfigMap. */
export function configMap(
  name: string,
  namespace = 'default',
  data: Record<string, string> = {},
  labels?: Record<string, string>,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace, ...(labels ? { labels } : {}) },
    data,
  };
}

/** A Deployment with one container. */
export function deployment(name: string, namespace = 'default'): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name: 'app', image: 'nginx:1.25', env: [{ name: 'A', value: '1' }] }],
        },
      },
    },
  };
}

/** The `Status` of the `ApiError` a promise rejects with (fails the test otherwise). */
export async function statusOf(promise: Promise<unknown>): Promise<Status> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
  throw new Error('expected an ApiError, but the call succeeded');
}

/** Waits until `check` returns true (polling every 5 ms), or fails after `ms`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  ms = 2000,
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not met in time');
}
