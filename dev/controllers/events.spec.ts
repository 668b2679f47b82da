import type { KubeObject } from '../cluster/api';
import { createCluster } from '../cluster/cluster';
import { EventRecorder } from './events';
import { REFS } from './refs';
import { SimClock } from './sim-clock';

describe('EventRecorder', () => {
  it('aggregates repeats into one Event with a rising count, as Kubernetes does', async () => {
    const cluster = createCluster();
    const recorder = new EventRecorder(cluster.api, new SimClock({ jitter: 0 }));
    const cm: KubeObject = (
      await cluster.api.create(REFS.configMaps, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'x', namespace: 'default' },
      })
    ).object;
    await recorder.record(cm, 'Warning', 'Broken', 'it broke', {
      component: 'tester',
      host: 'node-1',
    });
    await recorder.record(cm, 'Warning', 'Broken', 'it broke', {
      component: 'tester',
      host: 'node-1',
    });
    await recorder.record(cm, 'Normal', 'Fixed', 'it works', { component: 'tester' });
    const events = (await cluster.api.list(REFS.events, { namespace: 'default' })).items;
    expect(events).toHaveLength(2);
    const broken = events.find((e) => e.reason === 'Broken');
    expect(broken).toMatchObject({
      type: 'Warning',
      count: 2,
      message: 'it broke',
      source: { component: 'tester', host: 'node-1' },
      reportingComponent: 'tester',
      involvedObject: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        name: 'x',
        namespace: 'default',
        uid: cm.metadata.uid,
      },
    });
    expect(broken?.metadata.name).toMatch(/^x\.[0-9a-f]+$/);
    expect(String(broken?.firstTimestamp) <= String(broken?.lastTimestamp)).toBe(true);
    cluster.close();
  });
});
