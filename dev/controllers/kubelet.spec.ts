import type { KubeObject } from '../cluster/api';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor } from '../scenarios/waits';
import type { FaultRule } from './faults';
import type { ContainerStatus, Deployment, Pod } from './kube-types';
import { REFS } from './refs';

const deployment = (
  name: string,
  replicas = 1,
  image = 'docker.io/grafana/tempo:2.10.8',
): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        containers: [
          {
            name: 'tempo',
            image,
            args: ['-target=querier', '-config.file=/conf/tempo.yaml'],
            readinessProbe: { httpGet: { path: '/ready', port: 3200 } },
          },
        ],
      },
    },
  },
});

const podsOf = async (t: TestWorld, app: string): Promise<Pod[]> =>
  (await t.api.list<Pod>(REFS.pods, { namespace: 'default', labelSelector: `app=${app}` })).items;

const podEvents = async (t: TestWorld, pod: string): Promise<KubeObject[]> =>
  (await t.api.list(REFS.events, { namespace: 'default' })).items.filter(
    (e) => (e.involvedObject as { name: string }).name === pod,
  );

const logText = (t: TestWorld, pod: string, previous = false): string =>
  t.cluster.logs
    .read('default', pod, { container: 'tempo', previous })
    .lines.map((l) => l.text)
    .join('\n');

describe('kubelet', () => {
  let t: TestWorld;
  const start = async (faults: FaultRule[] = [], timings = {}) => {
    t = await startTestWorld({
      operator: false,
      faults,
      timings: {
        scheduleDelayMs: 2,
        podStartDelayMs: 5,
        podReadyDelayMs: 10,
        crashAfterMs: 10,
        backoffBaseMs: 10,
        backoffMaxMs: 20,
        probePeriodMs: 5,
        pvcBindDelayMs: 1,
        jobRunMs: 5,
        jitter: 0,
        ...timings,
      },
    });
  };
  afterEach(async () => {
    await t.stop();
  });

  it('takes a pod from Pending to Running (not ready) to Ready with node, IPs, conditions, statuses, events and logs', async () => {
    await start();
    const seen: string[] = [];
    const watch = t.api.watch<Pod>(REFS.pods, { namespace: 'default' }, (event) => {
      const s = event.object.status;
      const ready = s?.containerStatuses?.every((c) => c.ready) ?? false;
      const label = `${s?.phase ?? '-'}/${event.object.spec.nodeName ? 'bound' : 'unbound'}/${ready ? 'ready' : 'not-ready'}`;
      if (seen[seen.length - 1] !== label) seen.push(label);
    });
    await t.api.create(REFS.deployments, deployment('q'));
    const pod = await waitFor(async () =>
      (await podsOf(t, 'q')).find((p) =>
        p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      ),
    );
    watch.stop();
    expect(seen[0]).toBe('Pending/unbound/not-ready');
    expect(seen).toContain('Pending/bound/not-ready');
    expect(seen).toContain('Running/bound/not-ready');
    expect(seen[seen.length - 1]).toBe('Running/bound/ready');
    expect(pod.spec.nodeName).toMatch(/^sim-worker-\d$/);
    expect(pod.status).toMatchObject({
      phase: 'Running',
      podIP: expect.stringMatching(/^10\.128\./) as unknown,
      hostIP: expect.stringMatching(/^10\.0\./) as unknown,
      qosClass: 'BestEffort',
      startTime: expect.any(String) as unknown,
    });
    expect(pod.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    const [status] = pod.status?.containerStatuses ?? [];
    expect(status).toMatchObject({
      name: 'tempo',
      ready: true,
      started: true,
      restartCount: 0,
      image: 'docker.io/grafana/tempo:2.10.8',
      lastState: {},
    });
    expect(status.imageID).toMatch(/^docker\.io\/grafana\/tempo@sha256:[0-9a-f]{64}$/);
    expect(status.containerID).toMatch(/^cri-o:\/\/[0-9a-f]{64}$/);
    expect(status.state.running?.startedAt).toEqual(expect.any(String) as unknown);
    const events = await podEvents(t, pod.metadata.name);
    expect(events.map((e) => e.reason)).toEqual([
      'Scheduled',
      'Pulling',
      'Pulled',
      'Created',
      'Started',
    ]);
    expect(events[0]).toMatchObject({
      source: { component: 'default-scheduler' },
      message: `Successfully assigned default/${pod.metadata.name} to ${pod.spec.nodeName}`,
    });
    expect(events[3]).toMatchObject({
      source: { component: 'kubelet', host: pod.spec.nodeName },
      involvedObject: { fieldPath: 'spec.containers{tempo}' },
      message: 'Created container: tempo',
    });
    await waitFor(() => logText(t, pod.metadata.name).includes('Starting querier worker'));
    expect(logText(t, pod.metadata.name)).toContain('msg="starting module" module=querier');
  });

  it('crash-loops an OOMKilled container: restarts rise, CrashLoopBackOff, previous logs, BackOff events', async () => {
    await start([{ kind: 'crashLoop', reason: 'OOMKilled', labels: { app: 'oom' } }]);
    const waiting: string[] = [];
    const watch = t.api.watch<Pod>(REFS.pods, { namespace: 'default' }, (event) => {
      const reason = event.object.status?.containerStatuses?.[0]?.state.waiting?.reason;
      if (reason) waiting.push(reason);
    });
    await t.api.create(REFS.deployments, deployment('oom'));
    const pod = await waitFor(
      async () =>
        (await podsOf(t, 'oom')).find(
          (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 2,
        ),
      { what: 'two restarts' },
    );
    watch.stop();
    expect(waiting).toContain('CrashLoopBackOff');
    const status = pod.status?.containerStatuses?.[0] as ContainerStatus;
    expect(status.lastState.terminated).toMatchObject({
      reason: 'OOMKilled',
      exitCode: 137,
      finishedAt: expect.any(String) as unknown,
    });
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    expect(logText(t, pod.metadata.name, true)).toContain('msg="Starting Tempo"');
    const backoff = (await podEvents(t, pod.metadata.name)).find((e) => e.reason === 'BackOff');
    expect(backoff).toMatchObject({
      type: 'Warning',
      message: `Back-off restarting failed container tempo in pod ${pod.metadata.name}_default(${pod.metadata.uid})`,
    });
    expect(Number(backoff?.count)).toBeGreaterThanOrEqual(1);
  });

  it('reports image pull failures: ErrImagePull then ImagePullBackOff, pod Pending, Failed events', async () => {
    await start([{ kind: 'imagePull', labels: { app: 'pull' } }]);
    await t.api.create(
      REFS.deployments,
      deployment('pull', 1, 'quay.io/example/tempo:does-not-exist'),
    );
    const pod = await waitFor(async () =>
      (await podsOf(t, 'pull')).find(
        (p) => p.status?.containerStatuses?.[0]?.state.waiting?.reason === 'ImagePullBackOff',
      ),
    );
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.containerStatuses?.[0].state.waiting?.message).toContain(
      'Back-off pulling image "quay.io/example/tempo:does-not-exist"',
    );
    const events = await podEvents(t, pod.metadata.name);
    expect(events.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'Error: ErrImagePull',
        'Error: ImagePullBackOff',
        'Back-off pulling image "quay.io/example/tempo:does-not-exist"',
      ]),
    );
    expect(events.find((e) => String(e.message).startsWith('Failed to pull image'))).toMatchObject({
      type: 'Warning',
      reason: 'Failed',
    });
  });

  it('keeps one of two replicas unready (maxPods) with repeated Unhealthy events', async () => {
    await start([{ kind: 'neverReady', labels: { app: 'half' }, maxPods: 1 }]);
    await t.api.create(REFS.deployments, deployment('half', 2));
    const pods = await waitFor(async () => {
      const list = await podsOf(t, 'half');
      const ready = list.filter((p) => p.status?.containerStatuses?.[0]?.ready);
      return list.length === 2 && ready.length === 1 ? list : undefined;
    });
    const unready = pods.find((p) => !p.status?.containerStatuses?.[0]?.ready) as Pod;
    expect(unready.status?.phase).toBe('Running');
    const unhealthy = await waitFor(async () =>
      (await podEvents(t, unready.metadata.name)).find(
        (e) => e.reason === 'Unhealthy' && Number(e.count) >= 2,
      ),
    );
    expect(unhealthy).toMatchObject({
      type: 'Warning',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
    });
    expect(String(unhealthy.firstTimestamp) <= String(unhealthy.lastTimestamp)).toBe(true);
  });
});
