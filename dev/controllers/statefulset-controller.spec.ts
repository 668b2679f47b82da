import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor } from '../scenarios/waits';
import type { PersistentVolumeClaim, Pod, StatefulSet } from './kube-types';
import { REFS } from './refs';

const labels = { app: 'db', tier: 'storage' };

const statefulSet = (replicas: number, image = 'docker.io/library/redis:7'): StatefulSet => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'default' },
  spec: {
    replicas,
    selector: { matchLabels: labels },
    podManagementPolicy: 'Parallel',
    serviceName: 'db',
    template: {
      metadata: { labels },
      spec: {
        containers: [{ name: 'main', image, readinessProbe: { tcpSocket: { port: 6379 } } }],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
      },
    ],
  },
});

describe('StatefulSet controller and volume binding', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld({ operator: false });
  });
  afterEach(async () => {
    await t.stop();
  });

  const ready = (replicas: number) =>
    waitFor(
      async () => {
        const sts = await t.api.get<StatefulSet>(REFS.statefulSets, 'db', 'default');
        const s = sts.status;
        return s?.readyReplicas === replicas &&
          s.updatedReplicas === replicas &&
          s.currentRevision === s.updateRevision
          ? sts
          : undefined;
      },
      { what: 'statefulset ready' },
    );

  it('creates ordinal pods and one bound claim per template and ordinal, without owner references', async () => {
    await t.api.create(REFS.statefulSets, statefulSet(2));
    const sts = await ready(2);
    const revision = (sts.status as { updateRevision: string }).updateRevision;
    expect(revision).toMatch(/^db-[a-z0-9]+$/);
    const pods = (await t.api.list<Pod>(REFS.pods, { namespace: 'default' })).items.sort((a, b) =>
      a.metadata.name.localeCompare(b.metadata.name),
    );
    expect(pods.map((p) => p.metadata.name)).toEqual(['db-0', 'db-1']);
    expect(pods[1].metadata.labels).toEqual({
      ...labels,
      'controller-revision-hash': revision,
      'statefulset.kubernetes.io/pod-name': 'db-1',
      'apps.kubernetes.io/pod-index': '1',
    });
    expect(pods[0].spec.hostname).toBe('db-0');
    expect(pods[0].spec.subdomain).toBe('db');
    expect(pods[0].spec.volumes).toContainEqual({
      name: 'data',
      persistentVolumeClaim: { claimName: 'data-db-0' },
    });
    const claims = (
      await t.api.list<PersistentVolumeClaim>(REFS.persistentVolumeClaims, { namespace: 'default' })
    ).items;
    expect(claims.map((c) => c.metadata.name).sort()).toEqual(['data-db-0', 'data-db-1']);
    for (const claim of claims) {
      expect(claim.metadata.labels).toEqual(labels);
      expect(claim.metadata.ownerReferences ?? []).toEqual([]);
      expect(claim.spec).toMatchObject({
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'gp3-csi',
        volumeName: `pvc-${claim.metadata.uid}`,
      });
      expect(claim.status).toMatchObject({ phase: 'Bound', capacity: { storage: '5Gi' } });
    }
    expect(sts.status).toMatchObject({
      observedGeneration: 1,
      replicas: 2,
      availableReplicas: 2,
      currentReplicas: 2,
      collisionCount: 0,
    });
    const events = (await t.api.list(REFS.events, { namespace: 'default' })).items.map(
      (e) => e.message,
    );
    expect(events).toContain('create Pod db-0 in StatefulSet db successful');
    expect(events).toContain('create Claim data-db-1 Pod db-1 in StatefulSet db success');
    expect(events).toContain(`Successfully provisioned volume pvc-${claims[0].metadata.uid}`);
  });

  it('rolls pods to a new revision from the highest ordinal and keeps the claims', async () => {
    await t.api.create(REFS.statefulSets, statefulSet(2));
    const before = await ready(2);
    const claimUids = (
      await t.api.list(REFS.persistentVolumeClaims, { namespace: 'default' })
    ).items
      .map((c) => c.metadata.uid)
      .sort();
    const deleted: string[] = [];
    const watch = t.api.watch(REFS.pods, { namespace: 'default' }, (event) => {
      if (event.type === 'DELETED') deleted.push(event.object.metadata.name);
    });
    await t.api.patch(REFS.statefulSets, 'db', 'default', 'merge', {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'main',
                image: 'docker.io/library/redis:7.4',
                readinessProbe: { tcpSocket: { port: 6379 } },
              },
            ],
          },
        },
      },
    });
    const after = await waitFor(async () => {
      const sts = await ready(2);
      return (sts.status as { updateRevision: string }).updateRevision !==
        (before.status as { updateRevision: string }).updateRevision
        ? sts
        : undefined;
    });
    watch.stop();
    expect(deleted).toEqual(['db-1', 'db-0']);
    const pods = (await t.api.list<Pod>(REFS.pods, { namespace: 'default' })).items;
    expect(
      pods.every(
        (p) =>
          p.metadata.labels?.['controller-revision-hash'] ===
          (after.status as { updateRevision: string }).updateRevision,
      ),
    ).toBe(true);
    expect(
      (await t.api.list(REFS.persistentVolumeClaims, { namespace: 'default' })).items
        .map((c) => c.metadata.uid)
        .sort(),
    ).toEqual(claimUids);
  });

  it('scales down from the highest ordinal and leaves the claims behind', async () => {
    await t.api.create(REFS.statefulSets, statefulSet(3));
    await ready(3);
    await t.api.patch(REFS.statefulSets, 'db', 'default', 'merge', { spec: { replicas: 1 } });
    await waitFor(
      async () =>
        (await t.api.list(REFS.pods, { namespace: 'default' })).items
          .map((p) => p.metadata.name)
          .join() === 'db-0',
    );
    expect(
      (await t.api.list(REFS.persistentVolumeClaims, { namespace: 'default' })).items,
    ).toHaveLength(3);
    expect(t.errors).toEqual([]);
  });
});
