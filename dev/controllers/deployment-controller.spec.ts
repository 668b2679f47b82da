import type { KubeObject } from '../cluster/api';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor } from '../scenarios/waits';
import type { Deployment, Pod, ReplicaSet } from './kube-types';
import { REFS } from './refs';

const deployment = (replicas: number, image = 'docker.io/library/busybox:1.36'): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [{ name: 'main', image, readinessProbe: { httpGet: { path: '/', port: 80 } } }],
      },
    },
  },
});

const eventsFor = async (t: TestWorld, kind: string, name: string): Promise<KubeObject[]> =>
  (await t.api.list(REFS.events, { namespace: 'default' })).items.filter(
    (e) =>
      (e.involvedObject as { kind: string; name: string }).kind === kind &&
      (e.involvedObject as { name: string }).name === name,
  );

describe('Deployment and ReplicaSet controllers', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld({ operator: false });
  });
  afterEach(async () => {
    await t.stop();
  });

  const readyDeployment = (replicas: number) =>
    waitFor(
      async () => {
        const d = await t.api.get<Deployment>(REFS.deployments, 'web', 'default');
        const s = d.status as Record<string, number> | undefined;
        return s?.readyReplicas === replicas &&
          s.updatedReplicas === replicas &&
          s.replicas === replicas
          ? d
          : undefined;
      },
      { what: 'deployment ready' },
    );

  it('creates a ReplicaSet named by the pod-template-hash and its pods, and keeps the status current', async () => {
    await t.api.create(REFS.deployments, deployment(2));
    const d = await readyDeployment(2);
    const [rs] = (await t.api.list<ReplicaSet>(REFS.replicaSets, { namespace: 'default' })).items;
    const hash = rs.metadata.labels?.['pod-template-hash'] ?? '';
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        uid: d.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    const pods = (await t.api.list<Pod>(REFS.pods, { namespace: 'default' })).items;
    expect(pods).toHaveLength(2);
    for (const pod of pods) {
      expect(pod.metadata.name).toMatch(new RegExp(`^web-${hash}-[a-z0-9]{5}$`));
      expect(pod.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(pod.metadata.ownerReferences?.[0]).toMatchObject({
        kind: 'ReplicaSet',
        name: rs.metadata.name,
        controller: true,
      });
    }
    expect(d.status).toMatchObject({
      observedGeneration: 1,
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 2,
    });
    const conditions = (
      d.status as { conditions: { type: string; status: string; reason: string }[] }
    ).conditions;
    expect(conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
        }),
        expect.objectContaining({
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
        }),
      ]),
    );
    const rsEvents = await eventsFor(t, 'ReplicaSet', rs.metadata.name);
    expect(rsEvents.map((e) => e.reason)).toEqual(['SuccessfulCreate', 'SuccessfulCreate']);
    expect(rsEvents[0]).toMatchObject({
      type: 'Normal',
      source: { component: 'replicaset-controller' },
      count: 1,
    });
    expect(String(rsEvents[0].message)).toMatch(/^Created pod: web-/);
    const deploymentEvents = await eventsFor(t, 'Deployment', 'web');
    expect(deploymentEvents).toEqual([
      expect.objectContaining({
        reason: 'ScalingReplicaSet',
        message: `Scaled up replica set ${rs.metadata.name} from 0 to 2`,
      }),
    ]);
  });

  it('rolls a changed template out through a new ReplicaSet and scales the old one to 0', async () => {
    await t.api.create(REFS.deployments, deployment(2));
    await readyDeployment(2);
    const [old] = (await t.api.list<ReplicaSet>(REFS.replicaSets, { namespace: 'default' })).items;
    await t.api.patch(REFS.deployments, 'web', 'default', 'merge', {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'main',
                image: 'docker.io/library/busybox:1.37',
                readinessProbe: { httpGet: { path: '/', port: 80 } },
              },
            ],
          },
        },
      },
    });
    const rolled = await waitFor(
      async () => {
        const sets = (await t.api.list<ReplicaSet>(REFS.replicaSets, { namespace: 'default' }))
          .items;
        const next = sets.find((rs) => rs.metadata.name !== old.metadata.name);
        const previous = sets.find((rs) => rs.metadata.name === old.metadata.name);
        const pods = (await t.api.list<Pod>(REFS.pods, { namespace: 'default' })).items;
        return next &&
          previous?.spec.replicas === 0 &&
          next.status?.readyReplicas === 2 &&
          pods.length === 2
          ? { next, previous, pods }
          : undefined;
      },
      { what: 'rollout' },
    );
    expect(rolled.next.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(
      rolled.pods.every(
        (p) =>
          p.metadata.labels?.['pod-template-hash'] ===
          rolled.next.metadata.labels?.['pod-template-hash'],
      ),
    ).toBe(true);
    expect(
      rolled.pods.every((p) => p.spec.containers[0].image === 'docker.io/library/busybox:1.37'),
    ).toBe(true);
    const d = await readyDeployment(2);
    expect(d.status).toMatchObject({ observedGeneration: 2, updatedReplicas: 2 });
    const messages = (await eventsFor(t, 'Deployment', 'web')).map((e) => e.message);
    expect(messages).toContain(`Scaled up replica set ${rolled.next.metadata.name} from 0 to 2`);
    expect(
      messages.some((m) => String(m).startsWith(`Scaled down replica set ${old.metadata.name}`)),
    ).toBe(true);
  });

  it('scales the current ReplicaSet when only replicas change, deleting pods on scale-down', async () => {
    await t.api.create(REFS.deployments, deployment(3));
    await readyDeployment(3);
    await t.api.patch(REFS.deployments, 'web', 'default', 'merge', { spec: { replicas: 1 } });
    await readyDeployment(1);
    expect((await t.api.list(REFS.replicaSets, { namespace: 'default' })).items).toHaveLength(1);
    await waitFor(
      async () => (await t.api.list(REFS.pods, { namespace: 'default' })).items.length === 1,
    );
    const [rs] = (await t.api.list<ReplicaSet>(REFS.replicaSets, { namespace: 'default' })).items;
    expect(
      (await eventsFor(t, 'ReplicaSet', rs.metadata.name)).filter(
        (e) => e.reason === 'SuccessfulDelete',
      ),
    ).toHaveLength(2);
    expect(t.errors).toEqual([]);
  });
});
