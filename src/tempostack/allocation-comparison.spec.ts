import { describe, expect, it } from 'vitest';
import { computeAllocation } from './allocation';
import { compareAllocation, resourceDifferences } from './allocation-comparison';
import type { PodLike, ResourceRequirements, TempoStack, WorkloadLike } from './types';

/** Total 2 CPU / 2Gi split by table A (no gateway, no Jaeger UI): distributor gets 540m / ~245.8Mi. */
const stack: TempoStack = {
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs' },
  spec: {
    storage: { secret: { name: 'minio', type: 's3' } },
    resources: { total: { limits: { cpu: '2000m', memory: '2Gi' } } },
  },
  status: { operatorVersion: '0.22.0' },
};
const allocation = computeAllocation(stack);
const distributor = allocation.containers.find((c) => c.component === 'distributor');

/** A workload carrying exactly the allocation, written the way the operator writes it. */
const workloadsAsAllocated = (): WorkloadLike[] =>
  allocation.containers.map((c) => ({
    kind: c.workloadKind,
    metadata: { name: c.workloadName ?? '', namespace: 'obs' },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: c.container,
              resources: {
                requests: Object.fromEntries(
                  Object.entries(c.requests).map(([k, v]) => [k, v?.canonical ?? '']),
                ),
                limits: Object.fromEntries(
                  Object.entries(c.limits).map(([k, v]) => [k, v?.canonical ?? '']),
                ),
              },
            },
          ],
        },
      },
    },
  }));

const pod = (name: string, component: string, resources: ResourceRequirements): PodLike => ({
  metadata: {
    name,
    namespace: 'obs',
    labels: {
      'app.kubernetes.io/instance': 'simplest',
      'app.kubernetes.io/component': component,
    },
  },
  spec: { containers: [{ name: 'tempo', resources }] },
});

describe('resourceDifferences', () => {
  it('compares quantities exactly, not as text', () => {
    expect(distributor?.limits.cpu?.canonical).toBe('540m');
    expect(
      resourceDifferences(distributor!, {
        requests: {
          cpu: distributor!.requests.cpu!.canonical,
          memory: distributor!.requests.memory!.canonical,
        },
        limits: { cpu: '0.54', memory: distributor!.limits.memory!.canonical },
      }),
    ).toEqual([]);
  });

  it('reports changed, missing and extra resources', () => {
    expect(
      resourceDifferences(
        {
          requests: {},
          limits: {
            cpu: { quantity: { nanoUnits: 10n ** 9n, format: 'DecimalSI' }, canonical: '1' },
          },
        },
        { requests: { cpu: '100m' }, limits: { cpu: '2', memory: '1Gi' } },
      ),
    ).toEqual([
      { list: 'requests', resource: 'cpu', actual: '100m' },
      { list: 'limits', resource: 'cpu', allocated: '1', actual: '2' },
      { list: 'limits', resource: 'memory', actual: '1Gi' },
    ]);
  });

  it('reports a resource the workload lacks', () => {
    expect(resourceDifferences(distributor!, undefined)).toHaveLength(4);
  });
});

describe('compareAllocation', () => {
  it('matches workloads that carry the allocation', () => {
    const result = compareAllocation(allocation, workloadsAsAllocated(), [], 'simplest');
    expect(result.map((r) => r.status)).toEqual(allocation.containers.map(() => 'match'));
    expect(result[0].actual?.limits.cpu).toBe('540m');
  });

  it('flags a workload whose container was changed', () => {
    const workloads = workloadsAsAllocated();
    const patched = workloads.find((w) => w.metadata.name === 'tempo-simplest-distributor');
    patched!.spec!.template!.spec!.containers![0].resources!.limits!.cpu = '1';
    const result = compareAllocation(allocation, workloads, [], 'simplest');
    const row = result.find((r) => r.allocation.component === 'distributor');
    expect(row?.status).toBe('differs');
    expect(row?.differences).toEqual([
      { list: 'limits', resource: 'cpu', allocated: '540m', actual: '1' },
    ]);
    expect(result.filter((r) => r.status === 'differs')).toHaveLength(1);
  });

  it('reports missing workloads and containers', () => {
    const workloads = workloadsAsAllocated().filter(
      (w) => w.metadata.name !== 'tempo-simplest-querier',
    );
    const ingester = workloads.find((w) => w.kind === 'StatefulSet');
    ingester!.spec!.template!.spec!.containers![0].name = 'renamed';
    const result = compareAllocation(allocation, workloads, [], 'simplest');
    expect(result.find((r) => r.allocation.component === 'querier')?.status).toBe(
      'workloadMissing',
    );
    expect(result.find((r) => r.allocation.component === 'ingester')?.status).toBe(
      'containerMissing',
    );
  });

  it('does not take a Deployment for the StatefulSet of the same name', () => {
    const workloads = workloadsAsAllocated().map((w) =>
      w.metadata.name === 'tempo-simplest-ingester' ? { ...w, kind: 'Deployment' as const } : w,
    );
    const result = compareAllocation(allocation, workloads, [], 'simplest');
    expect(result.find((r) => r.allocation.component === 'ingester')?.status).toBe(
      'workloadMissing',
    );
  });

  it('lists the pods that still carry other resources', () => {
    const same = {
      requests: {
        cpu: distributor!.requests.cpu!.canonical,
        memory: distributor!.requests.memory!.canonical,
      },
      limits: {
        cpu: distributor!.limits.cpu!.canonical,
        memory: distributor!.limits.memory!.canonical,
      },
    };
    const pods = [
      pod('tempo-simplest-distributor-a', 'distributor', same),
      pod('tempo-simplest-distributor-b', 'distributor', { limits: { cpu: '1' } }),
      pod('tempo-simplest-querier-c', 'querier', { limits: { cpu: '1' } }),
      {
        ...pod('tempo-simplest-distributor-d', 'distributor', {}),
        metadata: { name: 'gone', deletionTimestamp: 'x' },
      },
    ];
    const result = compareAllocation(allocation, workloadsAsAllocated(), pods, 'simplest');
    expect(result.find((r) => r.allocation.component === 'distributor')?.podsDiffering).toEqual([
      'tempo-simplest-distributor-b',
    ]);
  });
});
