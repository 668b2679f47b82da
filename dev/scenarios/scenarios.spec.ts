import type { TempoStack } from '../../src/tempostack/types';
import { createCluster, type Cluster } from '../cluster/cluster';
import type { Pod } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { TEST_TIMINGS } from '../controllers/sim-clock';
import { loadScenario, type LoadedScenario } from '.';
import { trueCondition, waitFor, waitForCondition, waitForReadyStack } from './waits';

const split = (key: string): [string, string] => key.split('/') as [string, string];

describe('scenarios', () => {
  let cluster: Cluster;
  let loaded: LoadedScenario | undefined;
  beforeEach(() => {
    cluster = createCluster();
  });
  afterEach(async () => {
    await loaded?.world.stop();
    loaded = undefined;
    cluster.close();
  });

  it('seeds: every seed object exists and the seed stacks become Ready', async () => {
    loaded = await loadScenario(cluster, 'seeds', { timings: TEST_TIMINGS });
    expect(loaded.stacks).toEqual([
      'chainsaw-route/simplest',
      'chainsaw-compatibility/simplest',
      'tracing-system/simplest',
      'chainsaw-tempostack-resources/tmrs',
      'chainsaw-ibm-cos/simplest',
    ]);
    for (const key of loaded.stacks) await waitForReadyStack(cluster.api, ...split(key), 20_000);
    const tmrs = await cluster.api.get(REFS.tempoStacks, 'tmrs', 'chainsaw-tempostack-resources');
    expect((tmrs.spec as TempoStack['spec']).template?.compactor?.resources?.limits).toEqual({
      cpu: '301m',
      memory: '349Mi',
    });
    expect((await cluster.api.get(REFS.secrets, 'ibm-cos-secret', 'chainsaw-ibm-cos')).type).toBe(
      'Opaque',
    );
  }, 30_000);

  it('demo: the seeds plus stacks covering sizes, storages, tenancy and a broken one', async () => {
    loaded = await loadScenario(cluster, 'demo', { timings: TEST_TIMINGS });
    const broken = await waitForCondition(
      cluster.api,
      'team-a',
      'broken',
      'ConfigurationError',
      20_000,
    );
    expect(
      ((broken as unknown as TempoStack).status?.conditions ?? []).find((c) => c.status === 'True')
        ?.message,
    ).toBe(
      'could not fetch storage configuration secret: secrets "tempo-storage-missing" not found. Tempo will start once the storage secret is available',
    );
    for (const key of loaded.stacks.filter((s) => s !== 'team-a/broken'))
      await waitForReadyStack(cluster.api, ...split(key), 20_000);
    const sizes = await Promise.all(
      ['team-a/platform', 'team-a/payments', 'team-b/analytics', 'observability/bigdata'].map(
        async (k) =>
          (
            (await cluster.api.get(REFS.tempoStacks, split(k)[1], split(k)[0])).spec as {
              size: string;
            }
          ).size,
      ),
    );
    expect(sizes).toEqual(['1x.small', '1x.extra-small', '1x.demo', '1x.medium']);
    expect(
      (
        await cluster.api.list(REFS.deployments, {
          namespace: 'team-b',
          labelSelector: 'app.kubernetes.io/component=metrics-generator',
        })
      ).items,
    ).toHaveLength(1);
    expect(
      (await cluster.api.get(REFS.deployments, 'tempo-multitenant-gateway', 'observability')).spec,
    ).toBeDefined();
    expect(
      (await cluster.api.get(REFS.namespaces, 'team-a')).metadata.labels?.['tempo-sim/team'],
    ).toBe('dev');
    const mine = await cluster.api.list(
      REFS.tempoStacks,
      { namespace: 'team-a' },
      cluster.developer,
    );
    expect(mine.items.map((s) => s.metadata.name).sort()).toEqual([
      'broken',
      'payments',
      'platform',
    ]);
  }, 40_000);

  it('faults: missing secret, OOMKilled crash-looping ingester, degraded querier', async () => {
    loaded = await loadScenario(cluster, 'faults', { timings: TEST_TIMINGS });
    await waitForCondition(cluster.api, 'tempo-faults', 'no-secret', 'ConfigurationError');
    const ingester = await waitFor(
      async () => {
        const [pod] = (
          await cluster.api.list<Pod>(REFS.pods, {
            namespace: 'tempo-faults',
            labelSelector:
              'app.kubernetes.io/instance=crashloop,app.kubernetes.io/component=ingester',
          })
        ).items;
        return (pod?.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 2 ? pod : undefined;
      },
      { what: 'ingester restarts' },
    );
    expect(ingester.status?.containerStatuses?.[0].lastState.terminated?.reason).toBe('OOMKilled');
    expect(ingester.status?.containerStatuses?.[0].ready).toBe(false);
    const crashloop = await waitFor(
      async () => {
        const stack = (await cluster.api.get(
          REFS.tempoStacks,
          'crashloop',
          'tempo-faults',
        )) as unknown as TempoStack;
        return stack.status?.components?.ingester?.Running && stack.status.components.querier?.Ready
          ? stack
          : undefined;
      },
      { what: 'crashloop status' },
    );
    expect(trueCondition(crashloop as never)).toBe('Pending');
    const degraded = await waitFor(
      async () => {
        const stack = (await cluster.api.get(
          REFS.tempoStacks,
          'degraded',
          'tempo-faults',
        )) as unknown as TempoStack;
        const querier = stack.status?.components?.querier;
        return querier?.Ready?.length === 1 && querier.Running?.length === 1 ? stack : undefined;
      },
      { what: 'degraded querier' },
    );
    expect(trueCondition(degraded as never)).toBe('Pending');
  }, 30_000);

  it('scale: 1,000 TempoStacks in 200 namespaces with realistic statuses', async () => {
    const started = Date.now();
    loaded = await loadScenario(cluster, 'scale', { timings: TEST_TIMINGS });
    const stacks = (await cluster.api.list(REFS.tempoStacks, {})).items.map(
      (s) => s as unknown as TempoStack,
    );
    expect(stacks).toHaveLength(1000);
    expect(new Set(stacks.map((s) => s.metadata.namespace)).size).toBe(200);
    const states = new Map<string, number>();
    for (const stack of stacks) {
      const state = stack.status?.conditions?.find((c) => c.status === 'True')?.type ?? 'none';
      states.set(state, (states.get(state) ?? 0) + 1);
      expect(stack.status?.operatorVersion).toBe('0.22.0');
    }
    expect(states.get('Ready')).toBeGreaterThan(800);
    for (const state of ['Pending', 'Failed', 'ConfigurationError'])
      expect(states.get(state)).toBeGreaterThan(0);
    expect(states.get('none')).toBeUndefined();
    const ready = stacks.find((s) =>
      s.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
    );
    expect(ready?.status?.components?.ingester?.Ready?.[0]).toMatch(
      /^tempo-tempo-\d{4}-ingester-0$/,
    );
    expect(
      (await cluster.api.list(REFS.deployments, {})).items.filter((d) =>
        d.metadata.namespace?.startsWith('scale-'),
      ),
    ).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
