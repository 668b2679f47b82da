import { describe, expect, it } from 'vitest';
import {
  applyDefaults,
  DEFAULT_METRICS_GENERATOR_PROCESSORS,
  defaultJaegerQuerySar,
  DISTRIBUTION_LABEL,
  listDefaultedFields,
} from './defaults';
import {
  COMMUNITY_ENVIRONMENT,
  OPENSHIFT_ENVIRONMENT,
  type OperatorEnvironment,
} from './operator-environment';
import type { ObjectMeta, TempoStack, TempoStackSpec } from './types';

const makeStack = (spec: Partial<TempoStackSpec> = {}, metadata: ObjectMeta = {}): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'observability', ...metadata },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const defaulted = (spec: Partial<TempoStackSpec> = {}, env?: OperatorEnvironment) =>
  applyDefaults(makeStack(spec), env);

describe('applyDefaults', () => {
  it('B1: sets app.kubernetes.io/managed-by only when empty', () => {
    expect(applyDefaults(makeStack()).metadata.labels?.['app.kubernetes.io/managed-by']).toBe(
      'tempo-operator',
    );
    const custom = makeStack({}, { labels: { 'app.kubernetes.io/managed-by': 'argocd' } });
    expect(applyDefaults(custom).metadata.labels?.['app.kubernetes.io/managed-by']).toBe('argocd');
    const empty = makeStack({}, { labels: { 'app.kubernetes.io/managed-by': '' } });
    expect(applyDefaults(empty).metadata.labels?.['app.kubernetes.io/managed-by']).toBe(
      'tempo-operator',
    );
  });

  it.each([
    [OPENSHIFT_ENVIRONMENT, 'openshift'],
    [COMMUNITY_ENVIRONMENT, 'community'],
  ])('B2: always overwrites the distribution label (%#)', (env, expected) => {
    const stack = makeStack({}, { labels: { [DISTRIBUTION_LABEL]: 'something-else' } });
    expect(applyDefaults(stack, env).metadata.labels?.[DISTRIBUTION_LABEL]).toBe(expected);
  });

  it.each([
    ['simplest', undefined, 'tempo-simplest'],
    ['simplest', '', 'tempo-simplest'],
    ['my.stack', undefined, 'tempo-my-stack'],
    ['simplest', 'custom-sa', 'custom-sa'],
  ])('B3: name %s, serviceAccount %s → %s', (name, serviceAccount, expected) => {
    const stack = makeStack(serviceAccount === undefined ? {} : { serviceAccount }, { name });
    expect(applyDefaults(stack).spec.serviceAccount).toBe(expected);
  });

  it.each([
    [undefined, '48h0m0s'],
    ['', '48h0m0s'],
    ['0s', '48h0m0s'],
    ['0', '48h0m0s'],
    ['336h', '336h'],
    ['not-a-duration', 'not-a-duration'],
  ])('B4: retention.global.traces %s → %s', (traces, expected) => {
    const spec: Partial<TempoStackSpec> =
      traces === undefined ? {} : { retention: { global: { traces } } };
    expect(defaulted(spec).spec.retention?.global?.traces).toBe(expected);
  });

  it('B4: keeps per-tenant retention untouched', () => {
    const result = defaulted({ retention: { perTenant: { a: { traces: '1h' } } } });
    expect(result.spec.retention).toEqual({
      global: { traces: '48h0m0s' },
      perTenant: { a: { traces: '1h' } },
    });
  });

  it.each([
    [undefined, '10Gi'],
    ['0', '10Gi'],
    [0, '10Gi'],
    ['-1Gi', '10Gi'],
    ['', '10Gi'],
    ['20Gi', '20Gi'],
    [1073741824, 1073741824],
    ['5 Gi', '5 Gi'],
  ])('B5: storageSize %s → %s', (storageSize, expected) => {
    const spec: Partial<TempoStackSpec> = storageSize === undefined ? {} : { storageSize };
    expect(defaulted(spec).spec.storageSize).toBe(expected);
  });

  it.each([
    [undefined, 20],
    [0, 0],
    [50, 50],
  ])('B6: search.defaultResultLimit %s → %s', (limit, expected) => {
    const spec: Partial<TempoStackSpec> =
      limit === undefined ? {} : { search: { defaultResultLimit: limit } };
    expect(defaulted(spec).spec.search?.defaultResultLimit).toBe(expected);
  });

  it.each([
    [undefined, undefined, 1],
    [undefined, 0, 1],
    ['1x.demo', undefined, 1],
    ['1x.pico', undefined, 2],
    ['1x.extra-small', undefined, 2],
    ['1x.small', undefined, 2],
    ['1x.medium', 0, 2],
    ['1x.bogus', undefined, 1],
    ['1x.small', 3, 3],
    [undefined, 3, 3],
  ] as const)('B7: size %s, replicationFactor %s → %s', (size, replicationFactor, expected) => {
    const spec = { ...(size ? { size } : {}), replicationFactor } as Partial<TempoStackSpec>;
    expect(defaulted(spec).spec.replicationFactor).toBe(expected);
  });

  it.each([
    [undefined, undefined, undefined, 1],
    [undefined, 3, undefined, 1],
    ['1x.demo', undefined, undefined, 1],
    ['1x.small', undefined, undefined, 2],
    ['1x.small', 3, undefined, 2],
    ['1x.medium', 5, undefined, 3],
    ['1x.bogus', undefined, undefined, 1],
    ['1x.small', undefined, 7, 7],
  ] as const)(
    'B8: size %s, replicationFactor %s, ingester replicas %s → %s',
    (size, replicationFactor, replicas, expected) => {
      const spec = {
        ...(size ? { size } : {}),
        replicationFactor,
        template: replicas === undefined ? {} : { ingester: { replicas } },
      } as Partial<TempoStackSpec>;
      expect(defaulted(spec).spec.template?.ingester?.replicas).toBe(expected);
    },
  );

  it.each([
    [undefined, [1, 1, 1, 1, 1]],
    ['1x.demo', [1, 1, 1, 1, 1]],
    ['1x.bogus', [1, 1, 1, 1, 1]],
    ['1x.pico', [2, 2, 2, 2, 2]],
    ['1x.extra-small', [2, 2, 2, 2, 2]],
    ['1x.small', [3, 2, 3, 2, 2]],
    ['1x.medium', [4, 3, 5, 2, 2]],
  ] as const)(
    'B9: size %s → distributor, compactor, querier, query-frontend, gateway replicas %j',
    (size, expected) => {
      const template = defaulted((size ? { size } : {}) as Partial<TempoStackSpec>).spec.template;
      expect([
        template?.distributor?.component?.replicas,
        template?.compactor?.replicas,
        template?.querier?.replicas,
        template?.queryFrontend?.component?.replicas,
        template?.gateway?.component?.replicas,
      ]).toEqual(expected);
    },
  );

  it('B9: keeps replicas the user set', () => {
    const template = defaulted({
      size: '1x.medium',
      template: {
        querier: { replicas: 1 },
        gateway: { enabled: true, component: { replicas: 7 } },
      },
    }).spec.template;
    expect(template?.querier?.replicas).toBe(1);
    expect(template?.gateway).toMatchObject({ enabled: true, component: { replicas: 7 } });
  });

  it.each([
    [undefined, undefined],
    ['1x.demo', undefined],
    ['1x.pico', 2],
    ['1x.extra-small', 2],
    ['1x.small', 3],
    ['1x.medium', 3],
  ] as const)('B10: size %s → metrics-generator replicas %s', (size, expected) => {
    const spec = (size ? { size } : {}) as Partial<TempoStackSpec>;
    expect(defaulted(spec).spec.template?.metricsGenerator?.component?.replicas).toBe(expected);
  });

  it('B10: keeps metrics-generator replicas the user set', () => {
    const result = defaulted({
      size: '1x.small',
      template: { metricsGenerator: { component: { replicas: 1 } } },
    });
    expect(result.spec.template?.metricsGenerator?.component?.replicas).toBe(1);
  });

  it.each([
    ['openshift', undefined, 'route'],
    ['openshift', '', 'route'],
    ['openshift', 'ingress', 'ingress'],
    ['static', undefined, undefined],
  ] as const)('B11: tenants.mode %s, gateway ingress %s → %s', (mode, type, expected) => {
    const result = defaulted({
      tenants: { mode },
      template: { gateway: { enabled: true, ingress: type === undefined ? undefined : { type } } },
    });
    expect(result.spec.template?.gateway?.ingress?.type).toBe(expected);
  });

  it.each([
    ['route', undefined, 'reencrypt'],
    ['route', 'edge', 'edge'],
    ['ingress', undefined, undefined],
  ] as const)('B12: gateway ingress %s, termination %s → %s', (type, termination, expected) => {
    const result = defaulted({
      template: {
        gateway: {
          enabled: true,
          ingress: { type, ...(termination ? { route: { termination } } : {}) },
        },
      },
    });
    expect(result.spec.template?.gateway?.ingress?.route?.termination).toBe(expected);
  });

  it('B11 + B12: openshift tenancy gets a reencrypt route', () => {
    const result = defaulted({ tenants: { mode: 'openshift' } });
    expect(result.spec.template?.gateway?.ingress).toEqual({
      type: 'route',
      route: { termination: 'reencrypt' },
    });
  });

  it.each([
    ['route', undefined, 'edge'],
    ['route', 'passthrough', 'passthrough'],
    ['none', undefined, undefined],
  ] as const)('B13: Jaeger ingress %s, termination %s → %s', (type, termination, expected) => {
    const result = defaulted(
      {
        template: {
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              ingress: { type, ...(termination ? { route: { termination } } : {}) },
            },
          },
        },
      },
      COMMUNITY_ENVIRONMENT,
    );
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.ingress?.route?.termination).toBe(
      expected,
    );
  });

  it.each([
    [true, undefined, true],
    [false, undefined, undefined],
    [true, false, false],
  ])('B14: operator IPv6-only %s, enableIPv6 %s → %s', (ipv6Only, enableIPv6, expected) => {
    const env = { ...OPENSHIFT_ENVIRONMENT, operatorIPv6Only: ipv6Only };
    const spec: Partial<TempoStackSpec> =
      enableIPv6 === undefined ? {} : { hashRing: { memberlist: { enableIPv6 } } };
    expect(defaulted(spec, env).spec.hashRing?.memberlist?.enableIPv6).toBe(expected);
  });

  it.each([
    [undefined, '72h0m0s'],
    ['24h', '24h'],
  ])('B15: servicesQueryDuration %s → %s', (duration, expected) => {
    const result = defaulted({
      template: { queryFrontend: { jaegerQuery: { servicesQueryDuration: duration } } },
    });
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.servicesQueryDuration).toBe(expected);
  });

  const jaegerRoute = (authentication?: { enabled?: boolean; sar?: string }) => ({
    template: {
      queryFrontend: {
        jaegerQuery: { enabled: true, ingress: { type: 'route' as const }, authentication },
      },
    },
  });

  it('B16: enables the oauth-proxy for a Jaeger route when the gate is on', () => {
    const result = defaulted(jaegerRoute());
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.authentication).toEqual({
      enabled: true,
      sar: '{"namespace": "observability", "resource": "pods", "verb": "get"}',
    });
  });

  it.each([
    ['gate off', jaegerRoute(), COMMUNITY_ENVIRONMENT, undefined],
    [
      'explicitly disabled',
      jaegerRoute({ enabled: false }),
      OPENSHIFT_ENVIRONMENT,
      { enabled: false },
    ],
    [
      'no route',
      { template: { queryFrontend: { jaegerQuery: { enabled: true } } } },
      OPENSHIFT_ENVIRONMENT,
      undefined,
    ],
  ])('B16: leaves authentication alone: %s', (_, spec, env, expected) => {
    const result = defaulted(spec, env);
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.authentication).toEqual(expected);
  });

  it.each([
    [undefined, defaultJaegerQuerySar('observability')],
    ['   ', defaultJaegerQuerySar('observability')],
    ['{"verb": "list"}', '{"verb": "list"}'],
  ])('B17: sar %j → %s', (sar, expected) => {
    const result = defaulted(jaegerRoute({ enabled: true, sar }), COMMUNITY_ENVIRONMENT);
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.authentication?.sar).toBe(expected);
  });

  it('B17: uses an empty namespace when the object has none', () => {
    const result = applyDefaults({
      ...makeStack(jaegerRoute({ enabled: true })),
      metadata: { name: 'x' },
    });
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.authentication?.sar).toBe(
      '{"namespace": "", "resource": "pods", "verb": "get"}',
    );
  });

  it.each([
    [true, undefined, [...DEFAULT_METRICS_GENERATOR_PROCESSORS]],
    [true, [], ['span-metrics', 'service-graphs', 'local-blocks']],
    [true, ['span-metrics'], ['span-metrics']],
    [false, undefined, undefined],
  ])('B18: metrics-generator enabled %s, processors %j → %j', (enabled, processors, expected) => {
    const result = defaulted({ template: { metricsGenerator: { enabled, processors } } });
    expect(result.spec.template?.metricsGenerator?.processors).toEqual(expected);
  });

  it.each([
    [undefined, '30s'],
    ['0s', '30s'],
    ['1m', '1m'],
  ])('B19: timeout %s → %s', (timeout, expected) => {
    const spec: Partial<TempoStackSpec> = timeout === undefined ? {} : { timeout };
    expect(defaulted(spec).spec.timeout).toBe(expected);
  });

  const securityContexts = (stack: TempoStack) => {
    const t = stack.spec.template;
    return [
      t?.ingester?.podSecurityContext,
      t?.distributor?.component?.podSecurityContext,
      t?.compactor?.podSecurityContext,
      t?.querier?.podSecurityContext,
      t?.queryFrontend?.component?.podSecurityContext,
      t?.gateway?.component?.podSecurityContext,
    ];
  };

  it('B20: writes {} to the six components on OpenShift, not to the metrics-generator', () => {
    const result = defaulted({ template: { metricsGenerator: { enabled: true } } });
    expect(securityContexts(result)).toEqual([{}, {}, {}, {}, {}, {}]);
    expect(result.spec.template?.metricsGenerator?.component?.podSecurityContext).toBeUndefined();
  });

  it('B20: fills only empty fields from the community default', () => {
    const result = defaulted(
      {
        template: {
          ingester: { podSecurityContext: { runAsUser: 1000 } },
          querier: { podSecurityContext: { fsGroup: 2000 } },
        },
      },
      COMMUNITY_ENVIRONMENT,
    );
    expect(securityContexts(result)).toEqual([
      { runAsUser: 1000, fsGroup: 10001 },
      { fsGroup: 10001 },
      { fsGroup: 10001 },
      { fsGroup: 2000 },
      { fsGroup: 10001 },
      { fsGroup: 10001 },
    ]);
  });

  it('B20: merges nested structs and empty lists like mergo', () => {
    const env: OperatorEnvironment = {
      ...COMMUNITY_ENVIRONMENT,
      defaultPodSecurityContext: {
        seLinuxOptions: { level: 's0', type: 'spc_t' },
        supplementalGroups: [5],
        runAsNonRoot: true,
      },
    };
    const result = defaulted(
      {
        template: {
          ingester: {
            podSecurityContext: {
              seLinuxOptions: { level: '', user: 'u' },
              supplementalGroups: [],
              runAsNonRoot: false,
            },
          },
        },
      },
      env,
    );
    expect(result.spec.template?.ingester?.podSecurityContext).toEqual({
      seLinuxOptions: { level: 's0', user: 'u', type: 'spc_t' },
      supplementalGroups: [5],
      runAsNonRoot: false,
    });
  });

  it('applies the CRD schema defaults', () => {
    const result = defaulted({
      tenants: {},
      replicationZones: [{ topologyKey: 'zone' } as { topologyKey: string; maxSkew: number }],
    });
    expect(result.spec.managementState).toBe('Managed');
    expect(result.spec.networkPolicy).toEqual({ enabled: true });
    expect(result.spec.observability?.tracing?.jaeger_agent_endpoint).toBe('localhost:6831');
    expect(result.spec.tenants?.mode).toBe('static');
    expect(result.spec.replicationZones).toEqual([{ topologyKey: 'zone', maxSkew: 1 }]);
  });

  it('keeps schema-defaulted fields the user set', () => {
    const result = defaulted({
      managementState: 'Unmanaged',
      networkPolicy: { enabled: false },
      observability: { tracing: { jaeger_agent_endpoint: 'agent:6831' } },
    });
    expect(result.spec.managementState).toBe('Unmanaged');
    expect(result.spec.networkPolicy).toEqual({ enabled: false });
    expect(result.spec.observability?.tracing?.jaeger_agent_endpoint).toBe('agent:6831');
  });

  it('creates metadata and spec when absent', () => {
    const result = applyDefaults({
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoStack',
    } as TempoStack);
    // Go's naming.DNSName replaces a trailing non-alphanumeric character with 'a'.
    expect(result.spec.serviceAccount).toBe('tempoa');
    expect(result.metadata.labels?.[DISTRIBUTION_LABEL]).toBe('openshift');
  });

  const fixtures: [string, TempoStack, OperatorEnvironment][] = [
    ['minimal', makeStack(), OPENSHIFT_ENVIRONMENT],
    ['community', makeStack(), COMMUNITY_ENVIRONMENT],
    [
      'sized openshift tenancy',
      makeStack({
        size: '1x.medium',
        tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: '1' }] },
        template: { gateway: { enabled: true }, metricsGenerator: { enabled: true } },
      }),
      { ...COMMUNITY_ENVIRONMENT, operatorIPv6Only: true },
    ],
    ['jaeger route', makeStack(jaegerRoute()), OPENSHIFT_ENVIRONMENT],
  ];

  it.each(fixtures)('is idempotent: %s', (_, stack, env) => {
    const once = applyDefaults(stack, env);
    expect(applyDefaults(once, env)).toEqual(once);
  });

  it.each(fixtures)('never mutates its input: %s', (_, stack, env) => {
    const before = structuredClone(stack);
    const result = applyDefaults(deepFreeze(structuredClone(stack)), env);
    expect(result).not.toEqual(before);
    expect(stack).toEqual(before);
  });

  it('uses the OpenShift environment by default', () => {
    expect(applyDefaults(makeStack())).toEqual(applyDefaults(makeStack(), OPENSHIFT_ENVIRONMENT));
  });
});

describe('listDefaultedFields', () => {
  it('lists the fields defaulting filled in for a minimal stack', () => {
    const before = makeStack();
    const fields = listDefaultedFields(before, applyDefaults(before));
    expect(fields).toEqual(
      expect.arrayContaining([
        'metadata.labels[app.kubernetes.io/managed-by]',
        'metadata.labels[tempo.grafana.com/distribution]',
        'spec.serviceAccount',
        'spec.retention.global.traces',
        'spec.storageSize',
        'spec.search.defaultResultLimit',
        'spec.replicationFactor',
        'spec.template.ingester.replicas',
        'spec.template.distributor.component.replicas',
        'spec.template.gateway.component.podSecurityContext',
        'spec.template.queryFrontend.jaegerQuery.servicesQueryDuration',
        'spec.timeout',
        'spec.managementState',
        'spec.networkPolicy.enabled',
        'spec.observability.tracing.jaeger_agent_endpoint',
      ]),
    );
    expect(fields).not.toContain('spec.storage.secret.name');
    expect(fields).not.toContain('metadata.name');
  });

  it('lists replaced values and filled lists, but not what the user set', () => {
    const before = makeStack({
      storageSize: '0',
      timeout: '5s',
      template: { metricsGenerator: { enabled: true } },
      replicationZones: [{ topologyKey: 'zone' } as { topologyKey: string; maxSkew: number }],
    });
    const fields = listDefaultedFields(before, applyDefaults(before));
    expect(fields).toContain('spec.storageSize');
    expect(fields).toContain('spec.template.metricsGenerator.processors');
    expect(fields).toContain('spec.replicationZones[0].maxSkew');
    expect(fields).not.toContain('spec.timeout');
    expect(fields).not.toContain('spec.replicationZones[0].topologyKey');
  });

  it('is empty for an already defaulted stack', () => {
    const once = applyDefaults(makeStack({ size: '1x.small' }));
    expect(listDefaultedFields(once, applyDefaults(once))).toEqual([]);
  });
});
