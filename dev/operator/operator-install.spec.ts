import type { Deployment, Pod } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { secret, tempoStack } from '../scenarios/apply';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor, waitForReadyStack } from '../scenarios/waits';

describe("the operator's own installation", () => {
  let t: TestWorld;
  beforeAll(async () => {
    t = await startTestWorld();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('runs the tempo-operator-controller Deployment with the OLM labels and a manager container', async () => {
    const deployment = await t.api.get<Deployment>(
      REFS.deployments,
      'tempo-operator-controller',
      'openshift-tempo-operator',
    );
    expect(deployment.metadata.labels).toMatchObject({
      'app.kubernetes.io/name': 'tempo-operator',
      'app.kubernetes.io/part-of': 'tempo-operator',
      'app.kubernetes.io/managed-by': 'operator-lifecycle-manager',
      'control-plane': 'controller-manager',
    });
    expect(deployment.spec.template.spec.containers.map((c) => c.name)).toEqual(['manager']);
    const pod = await waitFor(async () =>
      (
        await t.api.list<Pod>(REFS.pods, {
          namespace: 'openshift-tempo-operator',
          labelSelector: 'app.kubernetes.io/name=tempo-operator',
        })
      ).items.find((p) => p.status?.containerStatuses?.[0]?.ready),
    );
    expect(pod.metadata.name).toMatch(/^tempo-operator-controller-[a-z0-9]+-[a-z0-9]{5}$/);
    for (const name of [
      'tempo-operator-webhook-service',
      'tempo-operator-controller-manager-metrics-service',
    ]) {
      await t.api.get(REFS.services, name, 'openshift-tempo-operator');
    }
  });

  it('has the OLM objects of a successful install', async () => {
    const csv = await t.api.get(
      REFS.clusterServiceVersions,
      'tempo-operator.v0.22.0',
      'openshift-tempo-operator',
    );
    expect(csv.status).toMatchObject({ phase: 'Succeeded', reason: 'InstallSucceeded' });
    expect(
      (
        csv.spec as {
          customresourcedefinitions: { owned: { kind: string; specDescriptors?: unknown[] }[] };
        }
      ).customresourcedefinitions.owned[0],
    ).toMatchObject({ kind: 'TempoStack', specDescriptors: expect.any(Array) as unknown });
    const sub = await t.api.get(REFS.subscriptions, 'tempo-product', 'openshift-tempo-operator');
    expect(sub.status).toMatchObject({
      installedCSV: 'tempo-operator.v0.22.0',
      state: 'AtLatestKnown',
    });
    const plans = (await t.api.list(REFS.installPlans, { namespace: 'openshift-tempo-operator' }))
      .items;
    expect(plans).toHaveLength(1);
    expect(plans[0].status).toMatchObject({ phase: 'Complete' });
    const groups = (
      await t.api.list(REFS.operatorGroups, { namespace: 'openshift-tempo-operator' })
    ).items;
    expect(groups.map((g) => g.metadata.name)).toEqual(['openshift-tempo-operator']);
    await t.api.get(REFS.operators, 'tempo-product.openshift-tempo-operator');
  });

  it('logs the reconciles of each stack to the manager container as controller-runtime JSON', async () => {
    await t.api.create(REFS.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'logged' },
    });
    await t.api.create(
      REFS.secrets,
      secret('logged', 'minio', {
        endpoint: 'http://minio:9000',
        bucket: 'b',
        access_key_id: 'a',
        access_key_secret: 's',
      }),
    );
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('logged', 'audit', { storage: { secret: { name: 'minio', type: 's3' } } }),
    );
    await waitForReadyStack(t.api, 'logged', 'audit');
    const [pod] = (await t.api.list(REFS.pods, { namespace: 'openshift-tempo-operator' })).items;
    const lines = await waitFor(() => {
      const all = t.cluster.logs
        .read('openshift-tempo-operator', pod.metadata.name, {})
        .lines.map((l) => JSON.parse(l.text) as Record<string, unknown>);
      return all.some(
        (l) =>
          l.msg === 'finished reconcile loop' &&
          (l.TempoStack as { name?: string } | undefined)?.name === 'audit',
      )
        ? all
        : undefined;
    });
    expect(lines[0]).toMatchObject({
      level: 'info',
      logger: 'setup',
      msg: 'Starting the Tempo Operator',
    });
    expect(
      lines.find((l) => l.msg === 'starting reconcile loop' && l.name === 'audit'),
    ).toMatchObject({
      level: 'debug',
      logger: 'tempostack-reconcile',
      controller: 'tempostack',
      controllerGroup: 'tempo.grafana.com',
      controllerKind: 'TempoStack',
      namespace: 'logged',
      reconcileID: expect.any(String) as unknown,
    });
  });
});
