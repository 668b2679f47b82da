import { describe, expect, it } from 'vitest';
import {
  countByState,
  createRowCache,
  filterRows,
  parseStatusFilter,
  sortRows,
  toListRow,
} from './list-filters';
import type { StackListRow } from './list-filters';
import type { ComponentStatus, Condition, TempoStack, TempoStackSpec } from './types';

const condition = (type: string, reason: string, message = ''): Condition => ({
  type,
  status: 'True',
  reason,
  message,
  lastTransitionTime: '2026-01-01T00:00:00Z',
});

const allReady: ComponentStatus = {
  distributor: { Ready: ['d'] },
  ingester: { Ready: ['i'] },
  querier: { Ready: ['q'] },
  queryFrontend: { Ready: ['f'] },
  compactor: { Ready: ['c'] },
};

const stack = (
  name: string,
  namespace: string,
  opts: {
    spec?: Partial<TempoStackSpec>;
    conditions?: Condition[];
    components?: ComponentStatus;
    created?: string;
    resourceVersion?: string;
  } = {},
): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: {
    name,
    namespace,
    uid: `uid-${namespace}-${name}`,
    resourceVersion: opts.resourceVersion ?? '1',
    creationTimestamp: opts.created ?? '2026-01-01T00:00:00Z',
  },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...opts.spec },
  status: {
    operatorVersion: '0.22.0',
    conditions: opts.conditions ?? [condition('Ready', 'Ready')],
    components: opts.components ?? allReady,
  },
});

describe('toListRow', () => {
  it('summarises a ready stack from its status alone', () => {
    const row = toListRow(
      stack('simplest', 'obs', { spec: { resources: { total: { limits: { cpu: '2' } } } } }),
    );
    expect(row).toMatchObject({
      key: 'obs/simplest',
      name: 'simplest',
      namespace: 'obs',
      health: { state: 'Ready', reason: 'Ready' },
      componentsReady: 5,
      componentsTotal: 5,
      storageType: 's3',
      storageSecret: 'minio',
      sizing: { kind: 'total', cpu: '2' },
      creationTimestamp: '2026-01-01T00:00:00Z',
    });
  });

  it('counts the gateway and shows a ready stack with a missing gateway as degraded', () => {
    const row = toListRow(
      stack('gw', 'obs', { spec: { template: { gateway: { enabled: true } } } }),
    );
    expect(row.componentsTotal).toBe(6);
    expect(row.componentsReady).toBe(5);
    expect(row.health.state).toBe('Degraded');
    expect(row.health.affectedComponents).toEqual(['gateway']);
  });

  it('keeps a configuration error and its reason', () => {
    const row = toListRow(
      stack('bad', 'obs', {
        conditions: [
          condition(
            'ConfigurationError',
            'InvalidStorageConfig',
            'storage secret must contain "bucket" field',
          ),
        ],
        components: {},
      }),
    );
    expect(row.health).toMatchObject({
      state: 'ConfigurationError',
      reason: 'InvalidStorageConfig',
    });
    expect(row.componentsReady).toBe(0);
  });

  it('reports a stack without conditions as unknown', () => {
    const row = toListRow({ ...stack('new', 'obs'), status: undefined });
    expect(row.health.state).toBe('Unknown');
  });
});

describe('createRowCache', () => {
  it('recomputes a row only when the resource version changes', () => {
    const cache = createRowCache();
    const first = cache.rowOf(stack('a', 'obs'));
    expect(cache.rowOf(stack('a', 'obs'))).toBe(first);
    const changed = cache.rowOf(
      stack('a', 'obs', {
        resourceVersion: '2',
        conditions: [condition('Pending', 'PendingComponents')],
      }),
    );
    expect(changed).not.toBe(first);
    expect(changed.health.state).toBe('Pending');
  });

  it('forgets stacks that are gone', () => {
    const cache = createRowCache();
    const a = cache.rowOf(stack('a', 'obs'));
    cache.prune([stack('b', 'obs')]);
    expect(cache.rowOf(stack('a', 'obs'))).not.toBe(a);
  });

  it('never caches a stack without a resource version', () => {
    const cache = createRowCache();
    const s = stack('a', 'obs', { resourceVersion: '' });
    expect(cache.rowOf(s)).not.toBe(cache.rowOf(s));
  });
});

const rows: StackListRow[] = [
  toListRow(
    stack('beta', 'team-a', {
      created: '2026-01-03T00:00:00Z',
      spec: { resources: { total: { limits: { cpu: '2' } } } },
    }),
  ),
  toListRow(
    stack('alpha', 'team-b', {
      created: '2026-01-01T00:00:00Z',
      conditions: [condition('Failed', 'FailedComponents')],
      spec: { storage: { secret: { name: 'azure-secret', type: 'azure' } } },
    }),
  ),
  toListRow(
    stack('Alpha-2', 'team-a', {
      created: '2026-01-02T00:00:00Z',
      conditions: [condition('Pending', 'PendingComponents')],
      components: { ...allReady, ingester: { Pending: ['i'] } },
      spec: { size: '1x.pico' },
    }),
  ),
];

describe('filterRows', () => {
  it('matches a name fragment regardless of case', () => {
    expect(filterRows(rows, { name: ' ALPHA ', statuses: [] }).map((r) => r.name)).toEqual([
      'alpha',
      'Alpha-2',
    ]);
  });

  it('keeps only the selected states', () => {
    expect(
      filterRows(rows, { name: '', statuses: ['Failed', 'Ready'] }).map((r) => r.name),
    ).toEqual(['beta', 'alpha']);
  });

  it('combines name and state', () => {
    expect(filterRows(rows, { name: 'alpha', statuses: ['Pending'] }).map((r) => r.name)).toEqual([
      'Alpha-2',
    ]);
  });
});

describe('parseStatusFilter and countByState', () => {
  it('drops unknown values and duplicates, in filter order', () => {
    expect(parseStatusFilter(['Failed', 'bogus', 'Ready', 'Failed'])).toEqual(['Ready', 'Failed']);
  });

  it('counts rows per state', () => {
    expect(countByState(rows)).toEqual({
      Ready: 1,
      Pending: 1,
      Degraded: 0,
      Failed: 1,
      ConfigurationError: 0,
      Unknown: 0,
    });
  });
});

describe('sortRows', () => {
  const names = (sorted: StackListRow[]) => sorted.map((r) => r.name);

  it.each([
    ['name', 'asc', ['alpha', 'Alpha-2', 'beta']],
    ['name', 'desc', ['beta', 'Alpha-2', 'alpha']],
    ['namespace', 'asc', ['Alpha-2', 'beta', 'alpha']],
    ['status', 'asc', ['beta', 'Alpha-2', 'alpha']],
    ['status', 'desc', ['alpha', 'Alpha-2', 'beta']],
    ['components', 'asc', ['Alpha-2', 'beta', 'alpha']],
    ['storage', 'asc', ['alpha', 'Alpha-2', 'beta']],
    ['sizing', 'asc', ['Alpha-2', 'beta', 'alpha']],
    ['created', 'desc', ['beta', 'Alpha-2', 'alpha']],
  ] as const)('by %s %s', (column, direction, expected) => {
    expect(names(sortRows(rows, column, direction))).toEqual(expected);
  });

  it('does not change the input', () => {
    const before = names(rows);
    sortRows(rows, 'name', 'desc');
    expect(names(rows)).toEqual(before);
  });
});
