import { afterEach, describe, expect, it } from 'vitest';
import type { Watch, WatchEvent } from './api';
import type { Cluster } from './cluster';
import { configMap, eventually, refs, testCluster } from './test-support';

let cluster: Cluster;
const watches: Watch[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.stop();
  cluster?.close();
});

function record(c: Cluster, options: Parameters<Cluster['api']['watch']>[1]): WatchEvent[] {
  const events: WatchEvent[] = [];
  watches.push(c.api.watch(refs.configmaps, options, (e) => events.push(e)));
  return events;
}

const summary = (events: WatchEvent[]): string[] =>
  events.map((e) => `${e.type} ${e.object.metadata?.name ?? ''}`.trim());

describe('watch', () => {
  it('starts with the current objects as ADDED, then streams changes in order', async () => {
    cluster = testCluster();
    await cluster.api.create(refs.configmaps, configMap('a'));
    const events = record(cluster, { namespace: 'default' });
    await cluster.api.patch(refs.configmaps, 'a', 'default', 'merge', { data: { x: '1' } });
    await cluster.api.create(refs.configmaps, configMap('b'));
    await cluster.api.delete(refs.configmaps, 'a', 'default');
    await eventually(() => events.length === 4);
    expect(summary(events)).toEqual(['ADDED a', 'MODIFIED a', 'ADDED b', 'DELETED a']);
    expect(events[3].object.apiVersion).toBe('v1');
  });

  it('replays history after a resource version, and expires versions older than the history', async () => {
    cluster = testCluster({ watchHistorySize: 3 });
    const first = await cluster.api.create(refs.configmaps, configMap('a'));
    const rv = first.object.metadata.resourceVersion;
    await cluster.api.create(refs.configmaps, configMap('b'));
    const events = record(cluster, { namespace: 'default', resourceVersion: rv });
    await eventually(() => events.length === 1);
    expect(summary(events)).toEqual(['ADDED b']);
    for (let i = 0; i < 4; i++)
      await cluster.api.patch(refs.configmaps, 'b', 'default', 'merge', { data: { i: String(i) } });
    const expired = record(cluster, { namespace: 'default', resourceVersion: rv });
    await eventually(() => expired.length === 1);
    expect(expired[0].type).toBe('ERROR');
    expect(expired[0].object).toMatchObject({ kind: 'Status', code: 410, reason: 'Expired' });
    expect(String(expired[0].object.message)).toMatch(
      new RegExp(`^too old resource version: ${rv} \\(\\d+\\)$`),
    );
  });

  it('turns selector transitions into ADDED and DELETED events', async () => {
    cluster = testCluster();
    await cluster.api.create(refs.configmaps, configMap('a', 'default', {}, { tier: 'x' }));
    const events = record(cluster, { namespace: 'default', labelSelector: 'tier=y' });
    await cluster.api.patch(refs.configmaps, 'a', 'default', 'merge', {
      metadata: { labels: { tier: 'y' } },
    });
    await cluster.api.patch(refs.configmaps, 'a', 'default', 'merge', { data: { k: 'v' } });
    await cluster.api.patch(refs.configmaps, 'a', 'default', 'merge', {
      metadata: { labels: { tier: 'z' } },
    });
    await cluster.api.delete(refs.configmaps, 'a', 'default');
    await eventually(() => events.length === 3);
    expect(summary(events)).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
    expect(events[2].object.metadata.labels).toEqual({ tier: 'z' });
    const byField = record(cluster, { namespace: 'default', fieldSelector: 'metadata.name=b' });
    await cluster.api.create(refs.configmaps, configMap('c'));
    await cluster.api.create(refs.configmaps, configMap('b'));
    await eventually(() => byField.length === 1);
    expect(summary(byField)).toEqual(['ADDED b']);
  });

  it('sends periodic bookmarks and the initial-events-end bookmark', async () => {
    cluster = testCluster({ bookmarkIntervalMs: 20 });
    await cluster.api.create(refs.configmaps, configMap('a'));
    const events = record(cluster, {
      namespace: 'default',
      sendInitialEvents: true,
      allowWatchBookmarks: true,
    });
    await eventually(() => events.filter((e) => e.type === 'BOOKMARK').length >= 2);
    expect(events[0].type).toBe('ADDED');
    expect(events[1]).toMatchObject({
      type: 'BOOKMARK',
      object: {
        kind: 'ConfigMap',
        apiVersion: 'v1',
        metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } },
      },
    });
    expect(events[2].object.metadata.resourceVersion).toBe(String(cluster.core.store.currentRv()));
    const quiet = record(cluster, {
      namespace: 'default',
      resourceVersion: String(cluster.core.store.currentRv()),
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(quiet).toEqual([]);
  });
});
