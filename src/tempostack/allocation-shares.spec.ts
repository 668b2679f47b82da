import { describe, expect, it } from 'vitest';
import { computeAllocation } from './allocation';
import { allocationShares, resourceShares } from './allocation-shares';
import type { TempoStack, TempoStackSpec } from './types';

const stack = (spec: Partial<TempoStackSpec>): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
  status: { operatorVersion: '0.22.0' },
});

const shares = (s: TempoStack) => allocationShares(s, computeAllocation(s));

describe('allocationShares', () => {
  it('measures a split total against the total (table A: 27 % CPU to the distributor)', () => {
    const [cpu, memory] = shares(
      stack({ resources: { total: { limits: { cpu: '2000m', memory: '2Gi' } } } }),
    );
    expect(cpu).toMatchObject({
      resource: 'cpu',
      basis: 'total',
      base: 2000n,
      exceedsTotal: false,
    });
    expect(cpu.shares.map((s) => [s.component, s.percent])).toEqual([
      ['distributor', 27],
      ['ingester', 38],
      ['querier', 10],
      ['query-frontend', 4.5],
      ['compactor', 16],
    ]);
    expect(cpu.sumPercent).toBe(95.5);
    expect(memory.base).toBe(2n * 1024n ** 3n);
    expect(memory.shares.find((s) => s.component === 'ingester')?.percent).toBe(50);
  });

  it('marks overrides that add up to more than the total', () => {
    const [cpu] = shares(
      stack({
        resources: { total: { limits: { cpu: '1' } } },
        template: {
          ingester: { resources: { limits: { cpu: '900m' } } },
          querier: { resources: { limits: { cpu: '500m' } } },
        },
      }),
    );
    expect(cpu.basis).toBe('total');
    expect(cpu.exceedsTotal).toBe(true);
    expect(cpu.sumPercent).toBeGreaterThan(100);
    expect(cpu.shares.find((s) => s.component === 'ingester')?.percent).toBe(90);
  });

  it('falls back to the sum of requests for a t-shirt size (sizes set no limits)', () => {
    const [cpu] = shares(stack({ size: '1x.pico' }));
    expect(cpu.basis).toBe('requests');
    expect(cpu.base).toBe(cpu.sum);
    expect(cpu.sumPercent).toBe(100);
    expect(cpu.exceedsTotal).toBe(false);
  });

  it('uses the sum of limits for per-component limits without a total', () => {
    const s = stack({ template: { ingester: { resources: { limits: { memory: '1Gi' } } } } });
    const memory = resourceShares(s, computeAllocation(s), 'memory');
    expect(memory).toMatchObject({ basis: 'limits', base: 1024n ** 3n, sumPercent: 100 });
    expect(memory.shares).toEqual([{ component: 'ingester', amount: 1024n ** 3n, percent: 100 }]);
  });

  it('has nothing to show without any resources', () => {
    const [cpu] = shares(stack({}));
    expect(cpu).toMatchObject({ basis: 'none', base: 0n, sum: 0n, sumPercent: 0, shares: [] });
  });
});
