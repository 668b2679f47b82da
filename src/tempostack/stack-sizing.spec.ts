import { describe, expect, it } from 'vitest';
import { sizingSortKey, stackSizing } from './stack-sizing';
import type { StackSizing } from './stack-sizing';
import type { TempoStackSpec } from './types';

const spec = (extra: Partial<TempoStackSpec>): { spec: TempoStackSpec } => ({
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...extra },
});

describe('stackSizing', () => {
  it.each<[string, Partial<TempoStackSpec>, StackSizing]>([
    ['a size', { size: '1x.small' }, { kind: 'size', size: '1x.small' }],
    [
      'a size over a total',
      { size: '1x.pico', resources: { total: { limits: { cpu: '2' } } } },
      { kind: 'size', size: '1x.pico' },
    ],
    [
      'a total in canonical units',
      { resources: { total: { limits: { cpu: '2000m', memory: '2048Mi' } } } },
      { kind: 'total', cpu: '2', memory: '2Gi' },
    ],
    [
      'a total with memory only',
      { resources: { total: { limits: { memory: '1Gi' } } } },
      { kind: 'total', memory: '1Gi' },
    ],
    [
      'an unparsable total',
      { resources: { total: { limits: { cpu: 'lots' } } } },
      { kind: 'total' },
    ],
    [
      'per-component resources',
      { template: { ingester: { resources: { limits: { cpu: '1' } } } } },
      { kind: 'perComponent' },
    ],
    [
      'gateway resources',
      { template: { gateway: { enabled: true, component: { resources: {} } } } },
      { kind: 'perComponent' },
    ],
    ['nothing', {}, { kind: 'none' }],
    ['an empty size', { size: '' as never }, { kind: 'none' }],
  ])('reads %s', (_, extra, expected) => {
    expect(stackSizing(spec(extra))).toEqual(expected);
  });
});

describe('sizingSortKey', () => {
  it('orders sizes small to large, then totals, then per-component, then none', () => {
    const sizings: StackSizing[] = [
      { kind: 'none' },
      { kind: 'total', cpu: '4', memory: '1Gi' },
      { kind: 'size', size: '1x.medium' },
      { kind: 'perComponent' },
      { kind: 'total', cpu: '2' },
      { kind: 'size', size: '1x.pico' },
      { kind: 'size', size: '1x.future' },
    ];
    const sorted = [...sizings].sort((a, b) => {
      const ka = sizingSortKey(a);
      const kb = sizingSortKey(b);
      return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
    });
    expect(sorted).toEqual([
      { kind: 'size', size: '1x.pico' },
      { kind: 'size', size: '1x.medium' },
      { kind: 'size', size: '1x.future' },
      { kind: 'total', cpu: '2' },
      { kind: 'total', cpu: '4', memory: '1Gi' },
      { kind: 'perComponent' },
      { kind: 'none' },
    ]);
  });
});
