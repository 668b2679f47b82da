import { describe, expect, it } from 'vitest';
import { componentPods, ownedItems, routeStack } from './fixtures';
import type { KubeObjectLike } from './bundle-types';
import {
  isOwnedBy,
  OWNED_KINDS,
  OWNED_SELECTOR,
  selectOwned,
  selectStackEvents,
  selectStackPvcs,
} from './selection';

const stack = routeStack();
const kind = (k: string) => {
  const found = OWNED_KINDS.find((x) => x.kind === k);
  if (!found) throw new Error(k);
  return found;
};
const owner = {
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  name: 'simplest',
  uid: 'uid-simplest',
};
const managed = { 'app.kubernetes.io/managed-by': 'tempo-operator' };

describe('the upstream selection rule', () => {
  it('lists by the managed-by label', () => {
    expect(OWNED_SELECTOR).toBe('app.kubernetes.io/managed-by=tempo-operator');
  });

  it.each<[string, KubeObjectLike, boolean]>([
    ['label and owner uid', { metadata: { labels: managed, ownerReferences: [owner] } }, true],
    [
      'a non-controller owner reference counts too',
      {
        metadata: {
          labels: managed,
          ownerReferences: [
            { ...owner, controller: false },
            { ...owner, kind: 'X', uid: 'y' },
          ],
        },
      },
      true,
    ],
    ['no managed-by label', { metadata: { labels: {}, ownerReferences: [owner] } }, false],
    [
      'another operator manages it',
      {
        metadata: { labels: { 'app.kubernetes.io/managed-by': 'helm' }, ownerReferences: [owner] },
      },
      false,
    ],
    [
      'another stack (same name, other uid)',
      { metadata: { labels: managed, ownerReferences: [{ ...owner, uid: 'other' }] } },
      false,
    ],
    [
      'same uid but another kind',
      { metadata: { labels: managed, ownerReferences: [{ ...owner, kind: 'TempoMonolithic' }] } },
      false,
    ],
    ['no owner', { metadata: { labels: managed } }, false],
  ])('%s → %s', (_what, object, expected) => {
    expect(isOwnedBy(object, { kind: 'TempoStack', uid: 'uid-simplest' })).toBe(expected);
  });

  it('never selects anything for a CR without a uid', () => {
    expect(
      isOwnedBy(
        { metadata: { labels: managed, ownerReferences: [{ ...owner, uid: '' }] } },
        { kind: 'TempoStack', uid: undefined },
      ),
    ).toBe(false);
  });

  it('selects the owned services of the route seed, typed and sorted, and drops others', () => {
    const items = [
      ...(ownedItems(stack).Service ?? []),
      {
        metadata: {
          name: 'tempo-other-distributor',
          labels: managed,
          ownerReferences: [{ ...owner, uid: 'other' }],
        },
      },
    ];
    const selected = selectOwned(stack, kind('Service'), items);
    expect(selected.map((s) => s.metadata?.name)).toEqual([
      'tempo-simplest-compactor',
      'tempo-simplest-distributor',
      'tempo-simplest-gossip-ring',
      'tempo-simplest-ingester',
      'tempo-simplest-querier',
      'tempo-simplest-query-frontend',
      'tempo-simplest-query-frontend-discovery',
    ]);
    expect(selected.every((s) => s.apiVersion === 'v1' && s.kind === 'Service')).toBe(true);
  });

  it('keeps apiVersion and kind when the item has them', () => {
    const [item] = selectOwned(stack, kind('Route'), [
      {
        apiVersion: 'route.openshift.io/v1',
        kind: 'Route',
        metadata: { name: 'r', labels: managed, ownerReferences: [owner] },
      },
    ]);
    expect(item.apiVersion).toBe('route.openshift.io/v1');
    expect(kind('Route').optional).toBe(true);
  });
});

describe('PVCs and events of the stack', () => {
  const pvc = (name: string, instance: string) => ({
    metadata: {
      name,
      uid: `uid-${name}`,
      labels: { ...managed, 'app.kubernetes.io/instance': instance },
    },
  });

  it('takes the PVCs labelled with the instance', () => {
    const pvcs = selectStackPvcs(stack, [
      pvc('data-tempo-simplest-ingester-0', 'simplest'),
      pvc('data-tempo-other-ingester-0', 'other'),
    ]);
    expect(pvcs.map((p) => [p.kind, p.metadata?.name])).toEqual([
      ['PersistentVolumeClaim', 'data-tempo-simplest-ingester-0'],
    ]);
  });

  it('keeps events about the CR, owned objects, pods, their ReplicaSets and PVCs, oldest first', () => {
    const pods = componentPods(stack, 'distributor', 1);
    const owned = selectOwned(stack, kind('Deployment'), ownedItems(stack).Deployment ?? []);
    const event = (kindName: string, name: string, time: string, uid?: string) => ({
      involvedObject: { kind: kindName, name, ...(uid ? { uid } : {}) },
      lastTimestamp: time,
      metadata: { name: `${name}.${time}` },
    });
    const events = [
      event('Pod', 'tempo-simplest-distributor-0', '2026-07-01T10:00:05Z'),
      event('TempoStack', 'simplest', '2026-07-01T10:00:01Z'),
      event('Deployment', 'tempo-simplest-querier', '2026-07-01T10:00:02Z'),
      event('ReplicaSet', 'tempo-simplest-distributor-abc', '2026-07-01T10:00:03Z'),
      event('PersistentVolumeClaim', 'data-tempo-simplest-ingester-0', '2026-07-01T10:00:04Z'),
      event('Pod', 'unrelated', '2026-07-01T10:00:00Z'),
      event('Pod', 'renamed', '2026-07-01T10:00:06Z', 'uid-pod-tempo-simplest-distributor-0'),
      event('TempoStack', 'other', '2026-07-01T10:00:00Z'),
    ];
    const selected = selectStackEvents(
      stack,
      { owned, pods, pvcs: [pvc('data-tempo-simplest-ingester-0', 'simplest')] },
      events,
    );
    expect(selected.map((e) => (e.involvedObject as { name: string }).name)).toEqual([
      'simplest',
      'tempo-simplest-querier',
      'tempo-simplest-distributor-abc',
      'data-tempo-simplest-ingester-0',
      'tempo-simplest-distributor-0',
      'renamed',
    ]);
    expect(selected[0]).toMatchObject({ apiVersion: 'v1', kind: 'Event' });
  });
});
