import { describe, expect, it } from 'vitest';
import type {
  Component,
  ComponentStatus,
  Condition,
  ContainerStatus,
  PodLike,
  TempoStack,
  TempoStackSpec,
  WorkloadLike,
} from './types';
import {
  activeCondition,
  componentHealth,
  componentsReadyCount,
  explainConfigurationError,
  podHealth,
  stackHealth,
  statusHasReadyKey,
} from './health';
import type { ComponentHealth, ComponentState } from './health';

const make = (spec: Partial<TempoStackSpec> = {}, status?: TempoStack['status']): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
  ...(status ? { status } : {}),
});

const container = (
  name: string,
  opts: Partial<ContainerStatus> & { waiting?: string; lastTerminated?: string } = {},
): ContainerStatus => ({
  name,
  ready: opts.ready ?? true,
  restartCount: opts.restartCount ?? 0,
  ...(opts.waiting ? { state: { waiting: { reason: opts.waiting } } } : { state: { running: {} } }),
  ...(opts.lastTerminated ? { lastState: { terminated: { reason: opts.lastTerminated } } } : {}),
});

const pod = (
  name: string,
  component: Component,
  phase: NonNullable<PodLike['status']>['phase'],
  containers: ContainerStatus[],
  extra: { deleting?: boolean; instance?: string; namespace?: string } = {},
): PodLike => ({
  metadata: {
    name,
    namespace: extra.namespace ?? 'obs',
    labels: {
      'app.kubernetes.io/instance': extra.instance ?? 'simplest',
      'app.kubernetes.io/component': component,
    },
    ...(extra.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
  },
  status: { phase, containerStatuses: containers },
});

const deployment = (
  component: Component,
  replicas: number | undefined,
  readyReplicas: number | undefined,
  extra: { updated?: number; generation?: number; observed?: number } = {},
): WorkloadLike => ({
  kind: component === 'ingester' ? 'StatefulSet' : 'Deployment',
  metadata: {
    name: `tempo-simplest-${component}`,
    namespace: 'obs',
    ...(extra.generation !== undefined ? { generation: extra.generation } : {}),
  },
  spec: replicas === undefined ? {} : { replicas },
  status: {
    ...(readyReplicas !== undefined ? { readyReplicas } : {}),
    ...(extra.updated !== undefined ? { updatedReplicas: extra.updated } : {}),
    ...(extra.observed !== undefined ? { observedGeneration: extra.observed } : {}),
  },
});

const ok = (name: string, component: Component = 'querier') =>
  pod(name, component, 'Running', [container('tempo')]);

describe('podHealth', () => {
  it('sums restarts and reports waiting and termination reasons', () => {
    const health = podHealth(
      pod('p', 'query-frontend', 'Running', [
        container('tempo', { restartCount: 2 }),
        container('jaeger-query', {
          ready: false,
          restartCount: 5,
          waiting: 'CrashLoopBackOff',
          lastTerminated: 'OOMKilled',
        }),
      ]),
    );
    expect(health).toEqual({
      name: 'p',
      phase: 'Running',
      ready: false,
      restarts: 7,
      lastTerminationReason: 'OOMKilled',
      waitingReason: 'CrashLoopBackOff',
      crashLooping: true,
      notReadyContainers: ['jaeger-query'],
    });
  });

  it('prefers the Ready condition and handles missing status', () => {
    const withCondition: PodLike = {
      metadata: { name: 'p' },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [container('tempo')],
      },
    };
    expect(podHealth(withCondition).ready).toBe(false);
    expect(podHealth({ metadata: {} })).toEqual({
      name: '',
      phase: 'Unknown',
      ready: false,
      restarts: 0,
      crashLooping: false,
      notReadyContainers: [],
    });
    expect(podHealth(pod('p', 'querier', 'Running', [])).ready).toBe(false);
    expect(
      podHealth(
        pod('p', 'querier', 'Failed', [
          {
            name: 'tempo',
            ready: false,
            restartCount: 0,
            state: { terminated: { reason: 'Error' } },
          },
        ]),
      ).lastTerminationReason,
    ).toBe('Error');
  });
});

describe('componentHealth', () => {
  const stack = make();

  it.each<[string, WorkloadLike[], PodLike[], ComponentState, string, number, number]>([
    [
      'all ready',
      [deployment('querier', 2, 2)],
      [ok('a'), ok('b')],
      'healthy',
      'allReplicasReady',
      2,
      2,
    ],
    ['scaled to zero', [deployment('querier', 0, 0)], [], 'healthy', 'scaledToZero', 0, 0],
    ['no workload, no pods', [], [], 'missing', 'workloadNotFound', 1, 0],
    [
      'pending pod',
      [deployment('querier', 1, 0)],
      [pod('a', 'querier', 'Pending', [])],
      'progressing',
      'podsPending',
      1,
      0,
    ],
    [
      'running not ready',
      [deployment('querier', 1, 0)],
      [pod('a', 'querier', 'Running', [container('tempo', { ready: false })])],
      'progressing',
      'podsNotReady',
      1,
      0,
    ],
    [
      'rollout in progress, not all ready',
      [deployment('querier', 2, 1, { updated: 1 })],
      [ok('a')],
      'progressing',
      'rolloutInProgress',
      2,
      1,
    ],
    [
      'pods not created yet',
      [deployment('querier', 2, 0)],
      [],
      'progressing',
      'replicasNotReady',
      2,
      0,
    ],
    [
      'ready but generation not observed',
      [deployment('querier', 1, 1, { generation: 3, observed: 2 })],
      [ok('a')],
      'progressing',
      'rolloutInProgress',
      1,
      1,
    ],
    [
      'all crash looping',
      [deployment('querier', 1, 0)],
      [
        pod('a', 'querier', 'Running', [
          container('tempo', { ready: false, waiting: 'CrashLoopBackOff' }),
        ]),
      ],
      'failed',
      'crashLoopBackOff',
      1,
      0,
    ],
    [
      'one of two crash looping',
      [deployment('querier', 2, 1)],
      [
        ok('a'),
        pod('b', 'querier', 'Running', [
          container('tempo', { ready: false, waiting: 'CrashLoopBackOff' }),
        ]),
      ],
      'degraded',
      'crashLoopBackOff',
      2,
      1,
    ],
    [
      'image pull error',
      [deployment('querier', 1, 0)],
      [
        pod('a', 'querier', 'Pending', [
          container('tempo', { ready: false, waiting: 'ImagePullBackOff' }),
        ]),
      ],
      'failed',
      'imagePullError',
      1,
      0,
    ],
    [
      'config error',
      [deployment('querier', 1, 0)],
      [
        pod('a', 'querier', 'Pending', [
          container('tempo', { ready: false, waiting: 'CreateContainerConfigError' }),
        ]),
      ],
      'failed',
      'containerConfigError',
      1,
      0,
    ],
    [
      'OOMKilled, not ready',
      [deployment('querier', 1, 0)],
      [
        pod('a', 'querier', 'Running', [
          container('tempo', { ready: false, lastTerminated: 'OOMKilled' }),
        ]),
      ],
      'failed',
      'oomKilled',
      1,
      0,
    ],
    [
      'OOMKilled earlier but ready now',
      [deployment('querier', 1, 1)],
      [
        pod('a', 'querier', 'Running', [
          container('tempo', { restartCount: 1, lastTerminated: 'OOMKilled' }),
        ]),
      ],
      'healthy',
      'allReplicasReady',
      1,
      1,
    ],
    [
      'failed pod',
      [deployment('querier', 1, 0)],
      [pod('a', 'querier', 'Failed', [])],
      'failed',
      'podFailed',
      1,
      0,
    ],
    [
      'unknown pod next to a ready one',
      [deployment('querier', 2, 1)],
      [ok('a'), pod('b', 'querier', 'Unknown', [])],
      'degraded',
      'podUnknown',
      2,
      1,
    ],
    ['pods only, no workload list', [], [ok('a')], 'healthy', 'allReplicasReady', 1, 1],
    [
      'workload without spec.replicas defaults to 1',
      [deployment('querier', undefined, undefined)],
      [],
      'progressing',
      'replicasNotReady',
      1,
      0,
    ],
  ])('%s', (_label, workloads, pods, state, reason, desired, ready) => {
    const health = componentHealth(stack, 'querier', workloads, pods);
    expect(health.state).toBe(state);
    expect(health.reason).toBe(reason);
    expect(health.desiredReplicas).toBe(desired);
    expect(health.readyReplicas).toBe(ready);
  });

  it('selects pods by instance and component labels, skipping terminating pods', () => {
    const health = componentHealth(
      stack,
      'querier',
      [deployment('querier', 1, 1)],
      [
        ok('mine'),
        ok('other-component', 'compactor'),
        pod('other-instance', 'querier', 'Running', [container('tempo')], { instance: 'x' }),
        pod('other-ns', 'querier', 'Running', [container('tempo')], { namespace: 'else' }),
        pod('old', 'querier', 'Failed', [], { deleting: true }),
      ],
    );
    expect(health.pods.map((p) => p.name)).toEqual(['mine']);
    expect(health.podsSource).toBe('pods');
    expect(health.workload).toEqual({ kind: 'Deployment', name: 'tempo-simplest-querier' });
  });

  it('finds the ingester StatefulSet and ignores a same-named Deployment', () => {
    const wrongKind: WorkloadLike = { ...deployment('ingester', 3, 3), kind: 'Deployment' };
    expect(componentHealth(stack, 'ingester', [wrongKind], []).state).toBe('missing');
    const health = componentHealth(
      stack,
      'ingester',
      [deployment('ingester', 1, 1)],
      [ok('tempo-simplest-ingester-0', 'ingester')],
    );
    expect(health.workload?.kind).toBe('StatefulSet');
    expect(health.state).toBe('healthy');
  });

  it('a disabled component is unknown', () => {
    expect(componentHealth(stack, 'gateway', [], []).reason).toBe('componentDisabled');
    expect(componentHealth(stack, 'gateway', [], []).state).toBe('unknown');
  });

  it('without watched pods, falls back to status.components (v0.22.0 keys)', () => {
    const s = make(
      {},
      {
        operatorVersion: '0.22.0',
        components: { querier: { Ready: ['q-1'], Running: ['q-2'] } },
      },
    );
    const health = componentHealth(s, 'querier', [], []);
    expect(health.podsSource).toBe('status');
    expect(health.pods.map((p) => [p.name, p.phase, p.ready])).toEqual([
      ['q-1', 'Running', true],
      ['q-2', 'Running', false],
    ]);
    expect(health.desiredReplicas).toBe(1);
    expect(health.readyReplicas).toBe(1);
    expect(health.state).toBe('healthy');
  });

  it('before v0.22.0, Running in status.components means healthy', () => {
    const s = make(
      {},
      { operatorVersion: '0.21.0', components: { querier: { Running: ['q-1'] } } },
    );
    expect(statusHasReadyKey(s)).toBe(false);
    expect(componentHealth(s, 'querier', [], []).pods[0].ready).toBe(true);
    const failed = make(
      {},
      { operatorVersion: '0.21.0', components: { querier: { Failed: ['q-1'], Weird: ['q-2'] } } },
    );
    const health = componentHealth(failed, 'querier', [], []);
    expect(health.pods.map((p) => p.phase)).toEqual(['Failed', 'Unknown']);
    expect(health.state).toBe('failed');
  });

  it('does not mutate its inputs', () => {
    const workloads = [deployment('querier', 1, 1)];
    const pods = [ok('a')];
    const before = JSON.stringify([stack, workloads, pods]);
    componentHealth(stack, 'querier', workloads, pods);
    expect(JSON.stringify([stack, workloads, pods])).toBe(before);
  });
});

const condition = (
  type: string,
  status: Condition['status'],
  reason: string,
  time = '2026-01-01T00:00:00Z',
  message = '',
): Condition => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime: time,
});

const health = (
  component: Component,
  state: ComponentState,
  crashLooping = false,
): ComponentHealth => ({
  component,
  desiredReplicas: 1,
  readyReplicas: state === 'healthy' ? 1 : 0,
  pods: [
    {
      name: `${component}-0`,
      phase: 'Running',
      ready: state === 'healthy',
      restarts: 0,
      crashLooping,
      notReadyContainers: [],
    },
  ],
  podsSource: 'pods',
  state,
  reason: 'allReplicasReady',
});

const allHealthy = (
  ['distributor', 'ingester', 'querier', 'query-frontend', 'compactor'] as const
).map((c) => health(c, 'healthy'));
const replace = (list: ComponentHealth[], h: ComponentHealth) =>
  list.map((c) => (c.component === h.component ? h : c));

describe('stackHealth', () => {
  const withCondition = (c: Condition, spec: Partial<TempoStackSpec> = {}) =>
    make(spec, { conditions: [condition('Ready', 'False', 'Ready'), c] });

  it('Ready when the Ready condition is active and all components are healthy', () => {
    const s = make({}, { conditions: [condition('Ready', 'True', 'Ready')] });
    expect(stackHealth(s, allHealthy)).toMatchObject({
      state: 'Ready',
      reason: 'Ready',
      reasonSource: 'condition',
      activeCondition: { type: 'Ready' },
      affectedComponents: [],
    });
  });

  it('Unknown without an active condition', () => {
    expect(stackHealth(make(), allHealthy)).toEqual({
      state: 'Unknown',
      reason: 'noActiveCondition',
      reasonSource: 'components',
      affectedComponents: [],
    });
    expect(
      stackHealth(withCondition(condition('Something', 'True', 'New')), allHealthy),
    ).toMatchObject({
      state: 'Unknown',
      reason: 'New',
    });
  });

  it.each<[string, Condition, string, string]>([
    [
      'ConfigurationError',
      condition('ConfigurationError', 'True', 'InvalidStorageConfig'),
      'ConfigurationError',
      'InvalidStorageConfig',
    ],
    [
      'Failed components',
      condition('Failed', 'True', 'FailedComponents'),
      'Failed',
      'FailedComponents',
    ],
    [
      'Failed reconciliation',
      condition('Failed', 'True', 'FailedReconciliation'),
      'Failed',
      'FailedReconciliation',
    ],
    ['Pending', condition('Pending', 'True', 'PendingComponents'), 'Pending', 'PendingComponents'],
  ])('%s comes from the condition', (_label, c, state, reason) => {
    expect(stackHealth(withCondition(c), allHealthy)).toMatchObject({
      state,
      reason,
      reasonSource: 'condition',
    });
  });

  it.each<[string, string, ComponentHealth[], string, Component[]]>([
    [
      'Ready + crash loop',
      'Ready',
      replace(allHealthy, health('querier', 'degraded', true)),
      'crashLooping',
      ['querier'],
    ],
    [
      'Ready + failed component',
      'Ready',
      replace(allHealthy, health('ingester', 'failed')),
      'componentFailed',
      ['ingester'],
    ],
    [
      'Ready + missing component',
      'Ready',
      replace(allHealthy, health('compactor', 'missing')),
      'componentMissing',
      ['compactor'],
    ],
    [
      'Ready + progressing component',
      'Ready',
      replace(allHealthy, health('distributor', 'progressing')),
      'componentNotReady',
      ['distributor'],
    ],
    [
      'Pending + crash loop',
      'Pending',
      replace(allHealthy, health('querier', 'progressing', true)),
      'crashLooping',
      ['querier'],
    ],
    [
      'Pending + failed component',
      'Pending',
      replace(allHealthy, health('querier', 'failed')),
      'componentFailed',
      ['querier'],
    ],
  ])('Degraded: %s', (_label, type, components, reason, affected) => {
    const s = make(
      {},
      { conditions: [condition(type, 'True', type === 'Ready' ? 'Ready' : 'PendingComponents')] },
    );
    expect(stackHealth(s, components)).toMatchObject({
      state: 'Degraded',
      reason,
      reasonSource: 'components',
      affectedComponents: affected,
    });
  });

  it('Degraded when only the (unconsidered) gateway is not ready', () => {
    const s = make(
      { template: { gateway: { enabled: true } } },
      { conditions: [condition('Ready', 'True', 'Ready')] },
    );
    expect(stackHealth(s, [...allHealthy, health('gateway', 'progressing')])).toMatchObject({
      state: 'Degraded',
      reason: 'gatewayNotReady',
      affectedComponents: ['gateway'],
    });
  });

  it('ignores components that are disabled or not evaluated', () => {
    const s = make({}, { conditions: [condition('Ready', 'True', 'Ready')] });
    expect(stackHealth(s, [...allHealthy, health('gateway', 'missing')]).state).toBe('Ready');
    expect(stackHealth(s, replace(allHealthy, { ...health('querier', 'unknown') })).state).toBe(
      'Ready',
    );
  });

  it('activeCondition picks the latest True condition', () => {
    const s = make(
      {},
      {
        conditions: [
          condition('Pending', 'True', 'PendingComponents', '2026-01-01T00:00:00Z'),
          condition('Ready', 'True', 'Ready', '2026-01-02T00:00:00Z'),
          condition('Failed', 'False', 'FailedComponents', '2026-01-03T00:00:00Z'),
        ],
      },
    );
    expect(activeCondition(s)?.type).toBe('Ready');
    expect(activeCondition(make())).toBeUndefined();
  });
});

describe('componentsReadyCount', () => {
  const components = (c: ComponentStatus) => c;

  it.each<
    [string, Partial<TempoStackSpec>, TempoStack['status'], { ready: number; total: number }]
  >([
    ['no status', {}, undefined, { ready: 0, total: 5 }],
    [
      'all ready (v0.22.0)',
      {},
      {
        operatorVersion: '0.22.0',
        components: components({
          distributor: { Ready: ['d'] },
          ingester: { Ready: ['i'] },
          querier: { Ready: ['q'] },
          queryFrontend: { Ready: ['f'] },
          compactor: { Ready: ['c'] },
          gateway: {},
          metricsGenerator: null,
        }),
      },
      { ready: 5, total: 5 },
    ],
    [
      'Running is not ready in v0.22.0',
      {},
      {
        operatorVersion: '0.22.0',
        components: components({
          distributor: { Ready: ['d'] },
          ingester: { Running: ['i'] },
          querier: { Ready: ['q'] },
          queryFrontend: { Ready: ['f'] },
          compactor: { Ready: ['c'] },
        }),
      },
      { ready: 4, total: 5 },
    ],
    [
      'Running is ready before v0.22.0',
      {},
      {
        operatorVersion: '0.21.0',
        components: components({
          distributor: { Running: ['d'] },
          ingester: { Running: ['i'] },
          querier: { Running: ['q'] },
          queryFrontend: { Running: ['f'] },
          compactor: { Pending: ['c'] },
        }),
      },
      { ready: 4, total: 5 },
    ],
    [
      'fewer ready pods than replicas',
      { template: { querier: { replicas: 2 } } },
      {
        components: components({
          distributor: { Ready: ['d'] },
          ingester: { Ready: ['i'] },
          querier: { Ready: ['q'] },
          queryFrontend: { Ready: ['f'] },
          compactor: { Ready: ['c'] },
        }),
      },
      { ready: 4, total: 5 },
    ],
    [
      'a failed pod next to a ready one',
      {},
      {
        components: components({
          distributor: { Ready: ['d'], Failed: ['d2'] },
          ingester: { Ready: ['i'] },
          querier: { Ready: ['q'] },
          queryFrontend: { Ready: ['f'] },
          compactor: { Ready: ['c'] },
        }),
      },
      { ready: 4, total: 5 },
    ],
    [
      'gateway and metrics-generator count when enabled',
      { template: { gateway: { enabled: true }, metricsGenerator: { enabled: true } } },
      {
        components: components({
          distributor: { Ready: ['d'] },
          ingester: { Ready: ['i'] },
          querier: { Ready: ['q'] },
          queryFrontend: { Ready: ['f'] },
          compactor: { Ready: ['c'] },
          gateway: { Ready: ['g'] },
          metricsGenerator: null,
        }),
      },
      { ready: 6, total: 7 },
    ],
  ])('%s', (_label, spec, status, expected) => {
    expect(componentsReadyCount(make(spec, status))).toEqual(expected);
  });
});

describe('explainConfigurationError', () => {
  const explain = (message: string, reason = 'InvalidStorageConfig') =>
    explainConfigurationError({ reason, message });

  it.each<[string, string, string, Record<string, string>]>([
    [
      'missing key',
      'storage secret must contain "bucket" field',
      'storageSecretMissingKey',
      { key: 'bucket' },
    ],
    [
      'secret not found',
      'could not fetch storage configuration secret: secrets "x" not found. Tempo will start once the storage secret is available',
      'storageSecretNotFound',
      { secret: 'x' },
    ],
    [
      'secret fetch forbidden',
      'could not fetch storage configuration secret: secrets "x" is forbidden: no',
      'storageSecretFetchFailed',
      { error: 'secrets "x" is forbidden: no' },
    ],
    [
      'CA ConfigMap not found',
      'could not fetch ConfigMap: configmaps "custom-ca" not found',
      'storageCAConfigMapNotFound',
      { configMap: 'custom-ca' },
    ],
    [
      'CA ConfigMap fetch error',
      'could not fetch ConfigMap: timeout',
      'storageCAConfigMapFetchFailed',
      { error: 'timeout' },
    ],
    [
      'CA key',
      "CA ConfigMap must contain a 'service-ca.crt', 'ca.crt', or 'ca-bundle.crt' key",
      'storageCAConfigMapMissingKey',
      {},
    ],
    ['type required', 'storage secret type is required', 'storageSecretTypeRequired', {}],
    [
      'type invalid',
      'swift is not an allowed storage secret type',
      'storageSecretTypeInvalid',
      { type: 'swift' },
    ],
    [
      'mixed credentials',
      'storage secret contains fields for long lived and short lived configuration',
      'storageSecretMixedCredentials',
      {},
    ],
    [
      'endpoint URL',
      '"endpoint" field of storage secret must be a valid URL',
      'storageSecretInvalidEndpoint',
      {},
    ],
    ['key.json', 'missing secret field key.json', 'storageSecretMissingKey', { key: 'key.json' }],
    [
      'GCS JSON',
      'gcp storage secret cannot be parsed from JSON content',
      'storageSecretInvalidGcsKey',
      {},
    ],
    [
      'GCS credential source',
      'credential source in secret needs to point to token file',
      'storageGcsCredentialSourceInvalid',
      {},
    ],
    [
      'Azure token-cco',
      'not supported by azure secret credential mode',
      'storageCredentialModeUnsupported',
      { provider: 'azure' },
    ],
    [
      'GCS token-cco',
      'credential mode not supported for GCS',
      'storageCredentialModeUnsupported',
      { provider: 'gcs' },
    ],
    [
      'Azure TLS',
      'custom TLS settings are not supported for Azure Storage',
      'storageTLSUnsupported',
      { provider: 'azure' },
    ],
    [
      'GCS TLS',
      'custom TLS settings are not supported for Google Cloud Storage',
      'storageTLSUnsupported',
      { provider: 'gcs' },
    ],
    [
      'no CCO',
      'cannot configure tempo in CCO mode without CCO environment',
      'storageTokenCCOWithoutCCOEnvironment',
      {},
    ],
    ['no storage', 'please specify a storage secret', 'storageNotConfigured', {}],
  ])('storage: %s', (_label, message, code, params) => {
    const result = explain(message);
    expect(result.code).toBe(code);
    expect(result.params).toEqual(params);
    expect(result.parts).toHaveLength(1);
  });

  it('splits messages the operator joined with ", " (even when a message contains commas)', () => {
    const result = explain(
      'storage secret must contain "access_key_id" field, "endpoint" field of storage secret must be a valid URL, ' +
        "CA ConfigMap must contain a 'service-ca.crt', 'ca.crt', or 'ca-bundle.crt' key",
    );
    expect(result.parts).toEqual([
      { code: 'storageSecretMissingKey', params: { key: 'access_key_id' } },
      { code: 'storageSecretInvalidEndpoint', params: {} },
      { code: 'storageCAConfigMapMissingKey', params: {} },
    ]);
    expect(result.code).toBe('storageSecretMissingKey');
    expect(result.params).toEqual({ key: 'access_key_id' });
  });

  it('keeps unknown stretches as unknown parts', () => {
    expect(explain('something new, with a comma, storage secret type is required').parts).toEqual([
      { code: 'unknown', params: {} },
      { code: 'storageSecretTypeRequired', params: {} },
    ]);
    expect(explain('storage secret type is required, brand new problem').parts).toEqual([
      { code: 'storageSecretTypeRequired', params: {} },
      { code: 'unknown', params: {} },
    ]);
  });

  it.each([
    [
      'ReasonMissingGatewayTenantSecret',
      'Missing secrets for tenant dev',
      'missingTenantSecret',
      { tenant: 'dev' },
    ],
    [
      'ReasonMissingGatewayTenantSecret',
      'Invalid gateway tenant secret contents',
      'invalidTenantSecret',
      {},
    ],
    [
      'CouldNotGetOpenShiftBaseDomain',
      'Missing OpenShift IngressController and cluster DNS configuration to read base domain',
      'missingOpenShiftBaseDomain',
      {},
    ],
    [
      'CouldNotGetOpenShiftTLSPolicy',
      'got invalid TLS profile from cluster, using default TLS profile',
      'invalidTLSProfile',
      {},
    ],
    ['FailedUpgrade', 'error during upgrade: boom', 'upgradeFailed', { error: 'boom' }],
  ])('%s: %s', (reason, message, code, params) => {
    const result = explain(message, reason);
    expect(result.code).toBe(code);
    expect(result.params).toEqual(params);
  });

  it.each([
    ['spec.tenants.authentication is required in static mode', 'staticAuthenticationRequired'],
    [
      'spec.tenants.authorization.roleBindings is required in static mode',
      'staticRoleBindingsRequired',
    ],
    ['openshift mode requires gateway enabled', 'openshiftModeRequiresGateway'],
    [
      'spec.tenants.authentication.oidc should not be defined in openshift mode',
      'openshiftModeOidcNotAllowed',
    ],
    ['something else', 'unknown'],
  ])('invalid tenants configuration: %s', (detail, problem) => {
    expect(
      explain(`Invalid tenants configuration: ${detail}`, 'InvalidTenantsConfiguration'),
    ).toEqual({
      code: 'invalidTenantsConfiguration',
      params: { problem, detail },
      parts: [{ code: 'invalidTenantsConfiguration', params: { problem, detail } }],
    });
  });

  it('unknown for anything else', () => {
    expect(explainConfigurationError(undefined)).toEqual({
      code: 'unknown',
      params: {},
      parts: [{ code: 'unknown', params: {} }],
    });
    expect(explain('', 'InvalidStorageConfig').code).toBe('unknown');
    expect(explain('totally new', 'SomethingElse').code).toBe('unknown');
  });
});
