import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { builtinTypes } from './builtin-kinds';
import { evaluateJsonPath } from './jsonpath';
import { humanDuration, toTable, wantsTable } from './table';

describe('tables', () => {
  it('prints ages as kubectl does', () => {
    const s = 1000;
    expect(
      [
        5 * s,
        119 * s,
        150 * s,
        600 * s,
        3 * 3600 * s,
        3 * 3600 * s + 60 * s * 5,
        30 * 3600 * s,
        50 * 3600 * s,
        400 * 86400 * s,
        800 * 86400 * s,
      ].map(humanDuration),
    ).toEqual(['5s', '119s', '2m30s', '10m', '3h', '3h5m', '30h', '2d2h', '400d', '2y70d']);
  });

  it('evaluates printer-column JSONPath with filters', () => {
    const object = {
      status: {
        conditions: [
          { type: 'Ready', status: 'True' },
          { type: 'Degraded', status: 'False' },
        ],
      },
      spec: { list: [{ n: 1 }, { n: 2 }] },
    };
    expect(evaluateJsonPath(object, '.status.conditions[?(@.type=="Ready")].status')).toEqual([
      'True',
    ]);
    expect(evaluateJsonPath(object, '.spec.list[*].n')).toEqual([1, 2]);
    expect(evaluateJsonPath(object, '.spec.list[1].n')).toEqual([2]);
    expect(evaluateJsonPath(object, '.spec.missing.deeper')).toEqual([]);
  });

  it('renders built-in printers (pods) and detects Table requests', () => {
    const pods = builtinTypes().find((t) => t.kind === 'Pod');
    if (!pods) throw new Error('pods');
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'tempo-0', creationTimestamp: '2024-01-01T00:00:00Z' },
      spec: { containers: [{ name: 'a' }, { name: 'b' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'a', ready: true, restartCount: 2 },
          {
            name: 'b',
            ready: false,
            restartCount: 1,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
          },
        ],
      },
    };
    const table = toTable(pods, pods.versions[0], [pod], {
      now: new Date('2024-01-01T00:01:00Z'),
    }) as { rows: { cells: unknown[] }[]; columnDefinitions: { name: string; priority: number }[] };
    expect(table.columnDefinitions.filter((c) => c.priority === 0).map((c) => c.name)).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
    ]);
    expect(table.rows[0].cells.slice(0, 5)).toEqual([
      'tempo-0',
      '1/2',
      'CrashLoopBackOff',
      '3',
      '60s',
    ]);
    expect(wantsTable('application/json;as=Table;v=v1;g=meta.k8s.io,application/json')).toBe('v1');
    expect(wantsTable('application/json')).toBeUndefined();
  });
});
