import type { TempoStack } from '../../src/tempostack/types';
import type { Deployment, Pod, ReplicaSet } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { secret, tempoStack } from '../scenarios/apply';
import { seedFile } from '../scenarios/seed-objects';
import { createObjects } from '../scenarios/apply';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor, waitForCondition, waitForReadyStack } from '../scenarios/waits';

const MINIO = {
  endpoint: 'http://minio:9000',
  bucket: 'tempo',
  access_key_id: 'tempo',
  access_key_secret: 'supersecret',
};

describe('TempoStack lifecycle', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld();
  });
  afterEach(async () => {
    await t.stop();
  });

  const simple = async (name = 'simple', spec: Record<string, unknown> = {}) => {
    await t.api
      .create(REFS.namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lc' } })
      .catch(() => undefined);
    await t.api.create(REFS.secrets, secret('lc', 'minio', MINIO)).catch(() => undefined);
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('lc', name, { storage: { secret: { name: 'minio', type: 's3' } }, ...spec }),
    );
    return (await waitForReadyStack(t.api, 'lc', name)) as unknown as TempoStack;
  };

  it('adds the finalizer, and on deletion removes the cluster-scoped objects, then the finalizer; owned objects are collected', async () => {
    await createObjects(t.api, [
      ...seedFile('tempostack-resources.yaml').filter((o) => o.kind !== 'TempoStack'),
      ...seedFile('tempostack-resources-update.yaml'),
    ]);
    const ns = 'chainsaw-tempostack-resources';
    const stack = await waitForReadyStack(t.api, ns, 'tmrs');
    expect(stack.metadata.finalizers).toEqual(['tempo.grafana.com/finalizer']);
    const clusterName = `tempo-tmrs-gateway-${ns}`;
    await t.api.get(REFS.clusterRoles, clusterName);
    await t.api.get(REFS.clusterRoleBindings, clusterName);
    const deleting = await t.api.delete(REFS.tempoStacks, 'tmrs', ns);
    expect((deleting as unknown as TempoStack).metadata.deletionTimestamp).toEqual(
      expect.any(String) as unknown,
    );
    await waitFor(
      async () => (await t.api.list(REFS.tempoStacks, { namespace: ns })).items.length === 0,
      { what: 'stack gone' },
    );
    await expect(t.api.get(REFS.clusterRoles, clusterName)).rejects.toMatchObject({
      status: { code: 404 },
    });
    await expect(t.api.get(REFS.clusterRoleBindings, clusterName)).rejects.toMatchObject({
      status: { code: 404 },
    });
    await t.cluster.settle();
    await waitFor(async () => (await t.api.list(REFS.pods, { namespace: ns })).items.length === 0, {
      what: 'pods collected',
    });
    for (const ref of [
      REFS.deployments,
      REFS.statefulSets,
      REFS.services,
      REFS.configMaps,
      REFS.replicaSets,
      REFS.routes,
      REFS.networkPolicies,
      REFS.podDisruptionBudgets,
    ]) {
      expect((await t.api.list(ref, { namespace: ns })).items, ref.resource).toEqual([]);
    }
    // Like Kubernetes (retention policy Retain): the ingester's claims stay; so does the user's secret.
    expect(
      (await t.api.list(REFS.persistentVolumeClaims, { namespace: ns })).items.map(
        (p) => p.metadata.name,
      ),
    ).toEqual(['data-tempo-tmrs-ingester-0']);
    expect(
      (await t.api.list(REFS.secrets, { namespace: ns })).items.map((s) => s.metadata.name),
    ).toEqual(['minio']);
  });

  it('rolls new replicas and resources out to the workloads', async () => {
    await simple();
    const before = (
      await t.api.list<ReplicaSet>(REFS.replicaSets, {
        namespace: 'lc',
        labelSelector: 'app.kubernetes.io/component=querier',
      })
    ).items.map((rs) => rs.metadata.name);
    await t.api.patch(REFS.tempoStacks, 'simple', 'lc', 'merge', {
      spec: {
        template: {
          querier: {
            replicas: 2,
            resources: {
              limits: { cpu: '500m', memory: '1Gi' },
              requests: { cpu: '100m', memory: '256Mi' },
            },
          },
        },
      },
    });
    const pods = await waitFor(
      async () => {
        const list = (
          await t.api.list<Pod>(REFS.pods, {
            namespace: 'lc',
            labelSelector: 'app.kubernetes.io/component=querier',
          })
        ).items;
        const rolled = list.filter(
          (p) =>
            p.spec.containers[0].resources?.limits?.cpu === '500m' &&
            p.status?.containerStatuses?.[0]?.ready,
        );
        return list.length === 2 && rolled.length === 2 ? list : undefined;
      },
      { what: 'querier rolled' },
    );
    expect(pods[0].spec.containers[0].env).toContainEqual({
      name: 'GOMEMLIMIT',
      value: '858993459',
    });
    const sets = (
      await t.api.list<ReplicaSet>(REFS.replicaSets, {
        namespace: 'lc',
        labelSelector: 'app.kubernetes.io/component=querier',
      })
    ).items;
    expect(sets).toHaveLength(2);
    expect(sets.find((rs) => before.includes(rs.metadata.name))?.spec.replicas).toBe(0);
    const querier = await t.api.get<Deployment>(REFS.deployments, 'tempo-simple-querier', 'lc');
    expect(querier.spec.replicas).toBe(2);
    await waitFor(
      async () =>
        ((await waitForReadyStack(t.api, 'lc', 'simple')) as unknown as TempoStack).status
          ?.components?.querier?.Ready?.length === 2,
    );
  });

  it('prunes what is no longer wanted (the Jaeger route) and stops for Unmanaged stacks', async () => {
    await simple('ui', {
      template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
    });
    await t.api.get(REFS.routes, 'tempo-ui-query-frontend', 'lc');
    await t.api.patch(REFS.tempoStacks, 'ui', 'lc', 'merge', {
      spec: { template: { queryFrontend: { jaegerQuery: { ingress: { type: 'none' } } } } },
    });
    await waitFor(
      async () => (await t.api.list(REFS.routes, { namespace: 'lc' })).items.length === 0,
      { what: 'route pruned' },
    );
    await t.api.patch(REFS.tempoStacks, 'ui', 'lc', 'merge', {
      spec: { managementState: 'Unmanaged', template: { compactor: { replicas: 3 } } },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.world.idle();
    expect(
      (await t.api.get<Deployment>(REFS.deployments, 'tempo-ui-compactor', 'lc')).spec.replicas,
    ).toBe(1);
    await t.api.patch(REFS.tempoStacks, 'ui', 'lc', 'merge', {
      spec: { managementState: 'Managed' },
    });
    await waitFor(
      async () =>
        (await t.api.get<Deployment>(REFS.deployments, 'tempo-ui-compactor', 'lc')).spec
          .replicas === 3,
      { what: 'managed again' },
    );
  });

  it('upgrades instances of older operators and reports a failed upgrade with its event', async () => {
    const stack = await simple();
    await t.api.update(
      REFS.tempoStacks,
      { ...stack, status: { ...stack.status, operatorVersion: '0.21.0' } } as never,
      { subresource: 'status' },
    );
    await t.api.patch(REFS.tempoStacks, 'simple', 'lc', 'merge', {
      metadata: { annotations: { touch: '1' } },
    });
    await waitFor(
      async () =>
        ((await t.api.get(REFS.tempoStacks, 'simple', 'lc')).status as { operatorVersion: string })
          .operatorVersion === '0.22.0',
    );
    const current = await t.api.get(REFS.tempoStacks, 'simple', 'lc');
    await t.api.update(
      REFS.tempoStacks,
      { ...current, status: { ...(current.status as object), operatorVersion: 'not-a-version' } },
      { subresource: 'status' },
    );
    await t.api.patch(REFS.tempoStacks, 'simple', 'lc', 'merge', {
      metadata: { annotations: { touch: '2' } },
    });
    const failed = await waitForCondition(t.api, 'lc', 'simple', 'ConfigurationError');
    expect(
      ((failed as unknown as TempoStack).status?.conditions ?? []).find((c) => c.status === 'True'),
    ).toMatchObject({
      reason: 'FailedUpgrade',
      message: 'error during upgrade: Invalid Semantic Version',
    });
    const event = await waitFor(async () =>
      (await t.api.list(REFS.events, { namespace: 'lc' })).items.find(
        (e) => e.reason === 'FailedUpgrade',
      ),
    );
    expect(event).toMatchObject({
      type: 'Warning',
      message: 'automated upgrade is not possible, the CR instance must be corrected manually',
      involvedObject: { kind: 'TempoStack', name: 'simple' },
    });
  });

  it('re-creates an owned object a user deleted', async () => {
    await simple();
    await t.api.delete(REFS.services, 'tempo-simple-querier', 'lc');
    const svc = await waitFor(async () =>
      (await t.api.list(REFS.services, { namespace: 'lc' })).items.find(
        (s) => s.metadata.name === 'tempo-simple-querier',
      ),
    );
    expect(svc.metadata.labels?.['app.kubernetes.io/component']).toBe('querier');
    const container = (await t.api.get<Deployment>(REFS.deployments, 'tempo-simple-querier', 'lc'))
      .spec.template.spec.containers[0];
    expect(container.args).toEqual([
      '-target=querier',
      '-config.file=/conf/tempo.yaml',
      '-log.level=info',
      '-config.expand-env=true',
    ]);
  });
});
