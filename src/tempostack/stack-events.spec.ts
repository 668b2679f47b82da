import { describe, expect, it } from 'vitest';
import { eventCount, eventLastSeen, isStackEvent, stackEvents } from './stack-events';
import type { EventLike } from './stack-events';
import type { TempoStack } from './types';

const stack: TempoStack = {
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs', uid: 'stack-uid' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } } },
};

const event = (
  kind: string,
  name: string,
  extra: Partial<EventLike> & { namespace?: string } = {},
): EventLike => ({
  metadata: { name: `${name}.1`, namespace: extra.namespace ?? 'obs' },
  involvedObject: { kind, name, namespace: extra.namespace ?? 'obs' },
  ...extra,
});

describe('isStackEvent', () => {
  it.each([
    ['the stack', event('TempoStack', 'simplest')],
    ['the stack by uid', { involvedObject: { kind: 'Other', name: 'x', uid: 'stack-uid' } }],
    ['its config map', event('ConfigMap', 'tempo-simplest')],
    ['a deployment', event('Deployment', 'tempo-simplest-distributor')],
    ['a replica set', event('ReplicaSet', 'tempo-simplest-query-frontend-7d9f')],
    ['a pod', event('Pod', 'tempo-simplest-ingester-0')],
    ['the gossip ring', event('Service', 'tempo-simplest-gossip-ring')],
    ['an ingester PVC', event('PersistentVolumeClaim', 'data-tempo-simplest-ingester-1')],
    ['the oauth-proxy certificate', event('Secret', 'simplest-ui-oauth-proxy-tls')],
  ])('matches %s', (_, e) => {
    expect(isStackEvent(stack, e)).toBe(true);
  });

  it.each([
    ['another stack', event('TempoStack', 'simplest-2')],
    [
      'objects of a stack whose name extends this one',
      event('Deployment', 'tempo-simplest-2-distributor'),
    ],
    [
      'another namespace',
      event('Deployment', 'tempo-simplest-distributor', { namespace: 'other' }),
    ],
    ['an unrelated pod', event('Pod', 'minio-0')],
    ['a PVC of another workload', event('PersistentVolumeClaim', 'data-tempo-simplest-ingester-x')],
    ['an event without an object', { reason: 'x' }],
  ])('does not match %s', (_, e) => {
    expect(isStackEvent(stack, e)).toBe(false);
  });
});

describe('eventLastSeen and eventCount', () => {
  it('prefers the series, then the last timestamp, then the event time', () => {
    expect(
      eventLastSeen({
        series: { lastObservedTime: '2026-01-03T00:00:00Z', count: 4 },
        lastTimestamp: '2026-01-02T00:00:00Z',
      }),
    ).toBe('2026-01-03T00:00:00Z');
    expect(eventLastSeen({ lastTimestamp: null, eventTime: '2026-01-02T00:00:00.000000Z' })).toBe(
      '2026-01-02T00:00:00.000000Z',
    );
    expect(eventLastSeen({ metadata: { creationTimestamp: '2026-01-01T00:00:00Z' } })).toBe(
      '2026-01-01T00:00:00Z',
    );
    expect(eventLastSeen({})).toBeUndefined();
  });

  it('counts a series, a count, or one', () => {
    expect(eventCount({ series: { count: 4 }, count: 2 })).toBe(4);
    expect(eventCount({ count: 2 })).toBe(2);
    expect(eventCount({})).toBe(1);
  });
});

describe('stackEvents', () => {
  it('keeps the stack events, newest first, undated last', () => {
    const events = [
      event('Pod', 'tempo-simplest-querier-abc', {
        reason: 'old',
        lastTimestamp: '2026-01-01T00:00:00Z',
      }),
      event('Pod', 'minio-0', { reason: 'unrelated', lastTimestamp: '2026-01-05T00:00:00Z' }),
      event('TempoStack', 'simplest', { reason: 'undated' }),
      event('Pod', 'tempo-simplest-querier-abc', {
        reason: 'micro',
        eventTime: '2026-01-02T00:00:00.500000Z',
      }),
      event('Deployment', 'tempo-simplest-querier', {
        reason: 'new',
        lastTimestamp: '2026-01-03T00:00:00Z',
      }),
    ];
    expect(stackEvents(stack, events).map((e) => e.reason)).toEqual([
      'new',
      'micro',
      'old',
      'undated',
    ]);
  });
});
