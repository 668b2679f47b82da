import type { Condition, TempoStack } from '../../src/tempostack/types';
import type { Pod } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { secret, tempoStack } from '../scenarios/apply';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor, waitForCondition, waitForReadyStack } from '../scenarios/waits';
import { componentsCondition, podStatusKey, updateConditions } from './status';

const MINIO = {
  endpoint: 'http://minio:9000',
  bucket: 'tempo',
  access_key_id: 'tempo',
  access_key_secret: 'supersecret',
};

const conditionsOf = (stack: unknown): Condition[] =>
  (stack as TempoStack).status?.conditions ?? [];

describe('status rules', () => {
  const pod = (phase: string, ready: boolean[]): Pod =>
    ({
      metadata: { name: 'p' },
      spec: { containers: [] },
      status: { phase, containerStatuses: ready.map((r) => ({ ready: r })) },
    }) as unknown as Pod;

  it('maps pods to the v0.22.0 PodStatus keys', () => {
    expect(podStatusKey(pod('Running', [true, true]))).toBe('Ready');
    expect(podStatusKey(pod('Running', [true, false]))).toBe('Running');
    expect(podStatusKey(pod('Pending', []))).toBe('Pending');
    expect(podStatusKey(pod('Failed', []))).toBe('Failed');
    expect(podStatusKey(pod('Succeeded', []))).toBe('Succeeded');
    expect(podStatusKey(pod('', []))).toBe('Unknown');
  });

  it('derives one condition from the components, ignoring the gateway', () => {
    expect(
      componentsCondition({ distributor: { Ready: ['a'] }, gateway: { Failed: ['g'] } }).type,
    ).toBe('Ready');
    expect(componentsCondition({ querier: { Running: ['q'] } })).toEqual({
      type: 'Pending',
      reason: 'PendingComponents',
      message: 'Some Tempo components are pending on dependencies',
    });
    expect(
      componentsCondition({ ingester: { Unknown: ['i'] }, querier: { Pending: ['q'] } }),
    ).toEqual({
      type: 'Failed',
      reason: 'FailedComponents',
      message: 'Some Tempo components failed',
    });
    expect(componentsCondition({}).type).toBe('Ready');
  });

  it('flips every other condition to False and keeps them, like UpdateCondition', () => {
    const pending = updateConditions(
      undefined,
      { type: 'Pending', reason: 'PendingComponents', message: 'm' },
      't1',
    );
    const ready = updateConditions(
      pending,
      { type: 'Ready', reason: 'Ready', message: 'All components are operational' },
      't2',
    );
    expect(ready).toEqual([
      {
        type: 'Pending',
        status: 'False',
        reason: 'PendingComponents',
        message: 'm',
        lastTransitionTime: 't2',
      },
      {
        type: 'Ready',
        status: 'True',
        reason: 'Ready',
        message: 'All components are operational',
        lastTransitionTime: 't2',
      },
    ]);
    expect(
      updateConditions(
        ready,
        { type: 'Ready', reason: 'Ready', message: 'All components are operational' },
        't3',
      ),
    ).toBe(ready);
  });
});

describe('TempoStack status in the simulated cluster', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld();
    await t.api.create(REFS.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'st' },
    });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('reports a missing storage secret as ConfigurationError without workloads, and recovers once it exists', async () => {
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('st', 'late', { storage: { secret: { name: 'minio', type: 's3' } } }),
    );
    const failed = await waitForCondition(t.api, 'st', 'late', 'ConfigurationError');
    expect(conditionsOf(failed).find((c) => c.status === 'True')).toMatchObject({
      type: 'ConfigurationError',
      reason: 'InvalidStorageConfig',
      message:
        'could not fetch storage configuration secret: secrets "minio" not found. Tempo will start once the storage secret is available',
    });
    expect((failed as unknown as TempoStack).status).toMatchObject({
      operatorVersion: '0.22.0',
      tempoVersion: '2.10.8',
      components: {
        compactor: {},
        distributor: {},
        gateway: {},
        ingester: {},
        querier: {},
        queryFrontend: {},
      },
    });
    expect((failed as unknown as TempoStack).status?.components?.metricsGenerator).toBeUndefined();
    expect((await t.api.list(REFS.deployments, { namespace: 'st' })).items).toEqual([]);
    expect((await t.api.list(REFS.statefulSets, { namespace: 'st' })).items).toEqual([]);
    await t.api.create(REFS.secrets, secret('st', 'minio', MINIO));
    const ready = await waitForReadyStack(t.api, 'st', 'late');
    const conditions = conditionsOf(ready);
    expect(conditions.filter((c) => c.status === 'True').map((c) => c.type)).toEqual(['Ready']);
    expect(conditions.find((c) => c.type === 'ConfigurationError')?.status).toBe('False');
    expect(conditions.find((c) => c.type === 'Ready')).toMatchObject({
      reason: 'Ready',
      message: 'All components are operational',
    });
  });

  it('flags a storage secret that loses a key, and recovers when it is fixed', async () => {
    await t.api.create(REFS.secrets, secret('st', 'minio', MINIO));
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('st', 'keys', { storage: { secret: { name: 'minio', type: 's3' } } }),
    );
    await waitForReadyStack(t.api, 'st', 'keys');
    await t.api.patch(REFS.secrets, 'minio', 'st', 'merge', { data: { bucket: null } });
    const broken = await waitForCondition(t.api, 'st', 'keys', 'ConfigurationError');
    expect(conditionsOf(broken).find((c) => c.status === 'True')).toMatchObject({
      reason: 'InvalidStorageConfig',
      message: 'storage secret must contain "bucket" field',
    });
    await t.api.patch(REFS.secrets, 'minio', 'st', 'merge', { stringData: { bucket: 'tempo' } });
    await waitForCondition(t.api, 'st', 'keys', 'Ready');
  });

  it('reports a missing OIDC tenant secret (static tenancy) with the gateway reason', async () => {
    await t.api.create(REFS.secrets, secret('st', 'minio', MINIO));
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('st', 'oidc', {
        storage: { secret: { name: 'minio', type: 's3' } },
        tenants: {
          mode: 'static',
          authentication: [
            {
              tenantName: 'dev',
              tenantId: 'dev-id',
              oidc: { secret: { name: 'oidc-dev' }, issuerURL: 'https://idp.example.com' },
            },
          ],
          authorization: {
            roles: [
              {
                name: 'rw',
                resources: ['traces'],
                tenants: ['dev'],
                permissions: ['read', 'write'],
              },
            ],
            roleBindings: [
              { name: 'b', roles: ['rw'], subjects: [{ name: 'devs', kind: 'group' }] },
            ],
          },
        },
        template: { gateway: { enabled: true } },
      }),
    );
    const stack = await waitForCondition(t.api, 'st', 'oidc', 'ConfigurationError');
    expect(conditionsOf(stack).find((c) => c.status === 'True')).toMatchObject({
      reason: 'ReasonMissingGatewayTenantSecret',
      message: 'Missing secrets for tenant dev',
    });
  });

  it('turns Pending while a component is not ready and Ready once it is', async () => {
    t.world.faults.add({
      id: 'slow',
      kind: 'neverReady',
      namespace: 'st',
      labels: { 'app.kubernetes.io/component': 'compactor' },
    });
    await t.api.create(REFS.secrets, secret('st', 'minio', MINIO));
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('st', 'slow', { storage: { secret: { name: 'minio', type: 's3' } } }),
    );
    // The operator recomputes the status when workload statuses change (it does not watch pods),
    // so the compactor shows as Running once the other components' readiness triggered a reconcile.
    const pending = await waitFor(async () => {
      const stack = (await waitForCondition(
        t.api,
        'st',
        'slow',
        'Pending',
      )) as unknown as TempoStack;
      const components = stack.status?.components;
      return components?.compactor?.Running && components.querier?.Ready ? stack : undefined;
    });
    expect(conditionsOf(pending).find((c) => c.status === 'True')).toMatchObject({
      reason: 'PendingComponents',
      message: 'Some Tempo components are pending on dependencies',
    });
    t.world.faults.remove('slow');
    const [compactor] = (
      await t.api.list<Pod>(REFS.pods, {
        namespace: 'st',
        labelSelector: 'app.kubernetes.io/component=compactor',
      })
    ).items;
    await t.api.delete(REFS.pods, compactor.metadata.name, 'st');
    const ready = await waitForReadyStack(t.api, 'st', 'slow');
    expect(conditionsOf(ready).find((c) => c.type === 'Pending')?.status).toBe('False');
  });
});
