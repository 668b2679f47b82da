import type { DevWorld } from '../support/dev-host';
import { kubeApi } from '../support/sim-cluster';

/**
 * Test data written straight to the simulator (as `admin`), for tests that change the cluster:
 * each uses a namespace of its own so the other tests sharing the worker's world are unaffected.
 */
export const simObjects = (world: DevWorld) => {
  const api = kubeApi(world);
  return {
    async namespace(name: string): Promise<void> {
      await api.call('/api/v1/namespaces', {
        method: 'POST',
        body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }),
      });
    },
    async tempoStack(namespace: string, name: string): Promise<void> {
      await api.call(`/apis/tempo.grafana.com/v1alpha1/namespaces/${namespace}/tempostacks`, {
        method: 'POST',
        body: JSON.stringify({
          apiVersion: 'tempo.grafana.com/v1alpha1',
          kind: 'TempoStack',
          metadata: { name, namespace },
          spec: { storage: { secret: { name: 'minio', type: 's3' } }, storageSize: '1Gi' },
        }),
      });
    },
  };
};
