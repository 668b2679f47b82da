import { describe, expect, it } from 'vitest';
import { computeAllocation, gomemlimitFor, receivesGomemlimit } from './allocation';
import { parseQuantity, toBytes } from './quantity';
import type {
  AllocatedContainerName,
  AllocatedResourceList,
  Allocation,
  AllocationInput,
  ContainerAllocation,
} from './allocation';
import type { Component, TempoStackSpec, TShirtSize } from './types';

const GI2 = '2Gi';

/** A TempoStack named `tmrs` with the given spec fields. */
const stack = (spec: Partial<TempoStackSpec>, operatorVersion?: string): AllocationInput => ({
  metadata: { name: 'tmrs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
  ...(operatorVersion === undefined ? {} : { status: { operatorVersion } }),
});

const total = (cpu: string | undefined, memory: string | undefined): Partial<TempoStackSpec> => ({
  resources: {
    total: {
      limits: {
        ...(cpu === undefined ? {} : { cpu }),
        ...(memory === undefined ? {} : { memory }),
      },
    },
  },
});

const find = (
  allocation: Allocation,
  component: Component,
  container: AllocatedContainerName = 'tempo',
): ContainerAllocation => {
  const found = allocation.containers.find(
    (c) => c.component === component && c.container === container,
  );
  if (found === undefined) {
    throw new Error(
      `no ${component}/${container} in ${JSON.stringify(containerNames(allocation))}`,
    );
  }
  return found;
};

const containerNames = (allocation: Allocation): string[] =>
  allocation.containers.map((c) => `${c.component}/${c.container}`);

const texts = (list: AllocatedResourceList): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(list).map(([name, value]) => [name, value?.canonical]));

/** limits cpu, limits memory, requests cpu, requests memory (canonical text; '' when absent). */
const quad = (c: ContainerAllocation): [string, string, string, string] => [
  c.limits.cpu?.canonical ?? '',
  c.limits.memory?.canonical ?? '',
  c.requests.cpu?.canonical ?? '',
  c.requests.memory?.canonical ?? '',
];

const codes = (allocation: Allocation): string[] => allocation.summary.findings.map((f) => f.code);

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

describe('computeAllocation: upstream vectors (resource-distribution.md §4, resources_test.go)', () => {
  it.each<[string, Partial<TempoStackSpec>, Component, AllocatedContainerName, string[]]>([
    [
      'table A, distributor',
      { template: { distributor: { component: { replicas: 1 } } } },
      'distributor',
      'tempo',
      ['270m', '257698032', '81m', '77309416'],
    ],
    [
      'table A, distributor, 2 replicas',
      { template: { distributor: { component: { replicas: 2 } } } },
      'distributor',
      'tempo',
      ['135m', '128849016', '40m', '38654708'],
    ],
    [
      'table B, distributor',
      { template: { gateway: { enabled: true } } },
      'distributor',
      'tempo',
      ['260m', '236223200', '78m', '70866960'],
    ],
    [
      'table B, distributor, 2 replicas',
      { template: { gateway: { enabled: true }, distributor: { component: { replicas: 2 } } } },
      'distributor',
      'tempo',
      ['130m', '118111600', '39m', '35433480'],
    ],
    [
      'table B, tempo-gateway-opa',
      { template: { gateway: { enabled: true } }, tenants: { mode: 'openshift' } },
      'gateway',
      'tempo-gateway-opa',
      ['20m', '42949672', '6m', '12884902'],
    ],
  ])('%s (total 2Gi / 1000m)', (_name, spec, component, container, expected) => {
    const allocation = computeAllocation(stack({ ...total('1000m', GI2), ...spec }));
    const c = find(allocation, component, container);
    expect(quad(c)).toEqual(expected);
    expect(c.source).toBe('total');
  });

  it('divides by replicas per pod; the component total is per pod × replicas (Table A, 2Gi / 2000m)', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: { distributor: { component: { replicas: 3 } }, ingester: { replicas: 2 } },
      }),
    );
    const distributor = find(allocation, 'distributor');
    expect(quad(distributor)).toEqual(['180m', '85899344', '54m', '25769804']);
    expect(distributor.replicas).toBe(3);
    expect(distributor.splitDivisor).toBe(3);
    expect(texts(distributor.componentLimits)).toEqual({ cpu: '540m', memory: '257698032' });
    expect(texts(distributor.componentRequests)).toEqual({ cpu: '162m', memory: '77309412' });

    const ingester = find(allocation, 'ingester');
    expect(quad(ingester)).toEqual(['380m', '512Mi', '114m', '161061280']);
    expect(ingester.workloadKind).toBe('StatefulSet');
    expect(texts(ingester.componentLimits)).toEqual({ cpu: '760m', memory: '1Gi' });
    expect(ingester.percentOfTotal).toEqual({ cpu: 38, memory: 50 });
  });
});

describe('computeAllocation: seed tempostack-resources.yaml', () => {
  // First document: openshift tenancy, gateway enabled, Jaeger Query enabled without a route,
  // total.limits 2Gi / 2000m, every replica count 1 (webhook default).
  const seed = stack({
    storageSize: '1Gi',
    resources: { total: { limits: { memory: '2Gi', cpu: '2000m' } } },
    tenants: {
      mode: 'openshift',
      authentication: [
        { tenantName: 'dev', tenantId: '1610b0c3-c509-4592-a256-a1871353dbfa' },
        { tenantName: 'prod', tenantId: '1610b0c3-c509-4592-a256-a1871353dbfb' },
      ],
    },
    template: { gateway: { enabled: true }, queryFrontend: { jaegerQuery: { enabled: true } } },
  });

  /*
   * By hand, from resource-distribution.md: the gateway is enabled and Jaeger UI authentication is
   * not, so Table B applies. R = 1 everywhere, so nothing is divided. In float32:
   *   cpu(c)   = trunc(f32(2000 × f32(c)))                  request = trunc(f32(v × f32(0.3)))
   *   mem(m)   = trunc(f32(2147483648 × f32(m)))            request = trunc(f32(v × f32(0.3)))
   * distributor  .26/.11: 2000×.26 = 520        → 520m, 156m;  2Gi×.11 = 236223200 (float32; exact
   *                       math would give 236223201.28) → request 70866960
   * ingester     .36/.49: 720m, 216m;  2Gi×.49 = 1052267008, request 315680128
   * querier      .09/.14: 180m, 54m;   2Gi×.14 = 300647712,  request 90194320
   * query-frontend .04/.02 for `tempo`, `jaeger-query` (key jaeger-frontend) and `tempo-query`
   *                       (key query-frontend again): 80m, 24m; 2Gi×.02 = 42949672, request
   *                       12884902 (not 12884901: float32)
   * compactor    .15/.17: 300m, 90m;   2Gi×.17 = 365072224,  request 109521672
   * tempo-gateway .04/.03 (never divided): 80m, 24m; 2Gi×.03 = 64424508, request 19327354
   * tempo-gateway-opa .02/.02 (openshift mode): 40m, 12m; 42949672, request 12884902
   * None of the memory values is a multiple of 1024, so they print as plain byte counts.
   * Sum of limits: cpu 2080m = 104 % of 2000m; memory 2190433340 B = 102.00000088 % of 2Gi.
   * These match the upstream e2e assert (tests/e2e-openshift/tempostack-resources/01-…-assert.yaml).
   */
  it.each<[Component, AllocatedContainerName, string, string[]]>([
    ['distributor', 'tempo', 'Deployment', ['520m', '236223200', '156m', '70866960']],
    ['ingester', 'tempo', 'StatefulSet', ['720m', '1052267008', '216m', '315680128']],
    ['querier', 'tempo', 'Deployment', ['180m', '300647712', '54m', '90194320']],
    ['query-frontend', 'tempo', 'Deployment', ['80m', '42949672', '24m', '12884902']],
    ['query-frontend', 'jaeger-query', 'Deployment', ['80m', '42949672', '24m', '12884902']],
    ['query-frontend', 'tempo-query', 'Deployment', ['80m', '42949672', '24m', '12884902']],
    ['compactor', 'tempo', 'Deployment', ['300m', '365072224', '90m', '109521672']],
    ['gateway', 'tempo-gateway', 'Deployment', ['80m', '64424508', '24m', '19327354']],
    ['gateway', 'tempo-gateway-opa', 'Deployment', ['40m', '42949672', '12m', '12884902']],
  ])('%s/%s', (component, container, kind, expected) => {
    const c = find(computeAllocation(seed), component, container);
    expect(quad(c)).toEqual(expected);
    expect(c.source).toBe('total');
    expect(c.workloadKind).toBe(kind);
    expect(c.workloadName).toBe(`tempo-tmrs-${component}`);
    expect(c.replicas).toBe(1);
    expect(c.splitDivisor).toBe(1);
  });

  it('lists exactly those containers, in the UI order, and sums them', () => {
    const allocation = computeAllocation(seed);
    expect(allocation.operatorVersion).toBe('0.22.0');
    expect(allocation.operatorVersionAssumed).toBe(true);
    expect(containerNames(allocation)).toEqual([
      'distributor/tempo',
      'ingester/tempo',
      'querier/tempo',
      'query-frontend/tempo',
      'query-frontend/jaeger-query',
      'query-frontend/tempo-query',
      'compactor/tempo',
      'gateway/tempo-gateway',
      'gateway/tempo-gateway-opa',
    ]);
    expect(allocation.summary.table).toBe('B');
    expect(allocation.summary.limitsSum.cpu?.canonical).toBe('2080m');
    expect(allocation.summary.limitsSum.memory?.canonical).toBe('2190433340');
    expect(allocation.summary.requestsSum.cpu?.canonical).toBe('624m');
    expect(allocation.summary.requestsSum.memory?.canonical).toBe('657130042');
    expect(allocation.summary.limitsPercentOfTotal).toEqual({ cpu: 104, memory: 102 });
    expect(allocation.summary.findings).toEqual([
      { code: 'totalExceeds100Percent', resource: 'cpu' },
      { code: 'totalExceeds100Percent', resource: 'memory' },
    ]);
  });

  it('reports the share of the total and the GOMEMLIMIT of each container', () => {
    const allocation = computeAllocation(seed);
    expect(find(allocation, 'distributor').percentOfTotal).toEqual({ cpu: 26, memory: 11 });
    expect(find(allocation, 'query-frontend', 'tempo-query').percentOfTotal).toEqual({
      cpu: 4,
      memory: 2,
    });
    expect(find(allocation, 'distributor').gomemlimitBytes).toBe(188978560n);
    expect(find(allocation, 'ingester').gomemlimitBytes).toBe(841813606n);
    expect(find(allocation, 'gateway', 'tempo-gateway').gomemlimitBytes).toBe(51539606n);
    expect(find(allocation, 'query-frontend', 'jaeger-query').gomemlimitBytes).toBe(34359737n);
    expect(find(allocation, 'gateway', 'tempo-gateway-opa').gomemlimitBytes).toBeUndefined();
  });

  it('does not mutate the stack', () => {
    const frozen = deepFreeze(structuredClone(seed));
    expect(() => computeAllocation(frozen)).not.toThrow();
    expect(frozen).toEqual(seed);
  });
});

describe('computeAllocation: overrides (seed tempostack-resources-update.yaml)', () => {
  const limitsAndRequests = (lc: string, lm: string, rc: string, rm: string) => ({
    limits: { cpu: lc, memory: lm },
    requests: { cpu: rc, memory: rm },
  });
  const updated = stack({
    storageSize: '1Gi',
    resources: { total: { limits: { memory: '2Gi', cpu: '2000m' } } },
    tenants: { mode: 'openshift' },
    template: {
      compactor: { resources: limitsAndRequests('301m', '349Mi', '91m', '105Mi') },
      distributor: { component: { resources: limitsAndRequests('521m', '226Mi', '157m', '69Mi') } },
      gateway: {
        enabled: true,
        component: { resources: limitsAndRequests('122m', '104Mi', '37m', '32Mi') },
      },
      ingester: { resources: limitsAndRequests('721m', '1013Mi', '217m', '302Mi') },
      querier: { resources: limitsAndRequests('181m', '288Mi', '55m', '87Mi') },
      queryFrontend: {
        component: { resources: limitsAndRequests('161m', '83Mi', '49m', '27Mi') },
        jaegerQuery: {
          enabled: true,
          authentication: { resources: limitsAndRequests('161m', '83Mi', '49m', '29Mi') },
          tempoQuery: { resources: limitsAndRequests('161m', '83Mi', '49m', '29Mi') },
          resources: limitsAndRequests('167m', '86Mi', '49m', '29Mi'),
        },
      },
    },
  });

  // Expected: upstream e2e 03-update-tempostack-assert.yaml.
  it.each<[Component, AllocatedContainerName, string, string[]]>([
    ['distributor', 'tempo', 'override', ['521m', '226Mi', '157m', '69Mi']],
    ['ingester', 'tempo', 'override', ['721m', '1013Mi', '217m', '302Mi']],
    ['querier', 'tempo', 'override', ['181m', '288Mi', '55m', '87Mi']],
    ['query-frontend', 'tempo', 'override', ['161m', '83Mi', '49m', '27Mi']],
    ['query-frontend', 'jaeger-query', 'override', ['167m', '86Mi', '49m', '29Mi']],
    // the quirk: tempoQuery.resources (161m/83Mi) only switches jaegerQuery.resources on
    ['query-frontend', 'tempo-query', 'override', ['167m', '86Mi', '49m', '29Mi']],
    ['compactor', 'tempo', 'override', ['301m', '349Mi', '91m', '105Mi']],
    ['gateway', 'tempo-gateway', 'override', ['122m', '104Mi', '37m', '32Mi']],
    // the OPA sidecar has no override field: still computed from the total (Table B)
    ['gateway', 'tempo-gateway-opa', 'total', ['40m', '42949672', '12m', '12884902']],
  ])('%s/%s', (component, container, source, expected) => {
    const c = find(computeAllocation(updated), component, container);
    expect(quad(c)).toEqual(expected);
    expect(c.source).toBe(source);
  });

  it('has no oauth-proxy (gateway enabled); the hand-written values exceed the total', () => {
    const allocation = computeAllocation(updated);
    expect(containerNames(allocation)).not.toContain('query-frontend/oauth-proxy');
    // cpu 521+721+181+161+167+167+301+122 (overrides) + 40 (OPA) = 2381m of 2000m;
    // memory (226+1013+288+83+86+86+349+104) Mi + 42949672 = 2386517032 B of 2Gi.
    expect(allocation.summary.limitsSum.cpu?.canonical).toBe('2381m');
    expect(allocation.summary.limitsSum.memory?.canonical).toBe('2386517032');
    expect(allocation.summary.limitsPercentOfTotal).toEqual({ cpu: 119.05, memory: 111.1308 });
    expect(codes(allocation)).toEqual(['totalExceeds100Percent', 'totalExceeds100Percent']);
    expect(find(allocation, 'querier').percentOfTotal).toEqual({});
    expect(find(allocation, 'querier').gomemlimitBytes).toBe((288n * 1024n * 1024n * 80n) / 100n);
  });

  it('uses an override verbatim, including other resources and an empty override', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: {
          querier: {
            resources: { limits: { cpu: 1, 'ephemeral-storage': '1Gi', memory: 0 } },
          },
          compactor: { resources: {} },
        },
      }),
    );
    const querier = find(allocation, 'querier');
    expect(texts(querier.limits)).toEqual({ cpu: '1', 'ephemeral-storage': '1Gi', memory: '0' });
    expect(querier.requests).toEqual({});
    expect(querier.gomemlimitBytes).toBeUndefined();
    const compactor = find(allocation, 'compactor');
    expect(compactor.source).toBe('override');
    expect(quad(compactor)).toEqual(['', '', '', '']);
  });

  it('reports a malformed override value and leaves it out', () => {
    const allocation = computeAllocation(
      stack({
        template: {
          querier: { resources: { limits: { cpu: '5 cores', memory: '1Gi' } } },
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              resources: { requests: { cpu: 'x' } },
              tempoQuery: { resources: {} },
            },
          },
        },
      }),
    );
    expect(texts(find(allocation, 'querier').limits)).toEqual({ memory: '1Gi' });
    // jaeger-query and tempo-query read the same field: reported once
    expect(allocation.summary.findings).toEqual([
      { code: 'invalidQuantity', path: 'spec.template.querier.resources.limits.cpu' },
      {
        code: 'invalidQuantity',
        path: 'spec.template.queryFrontend.jaegerQuery.resources.requests.cpu',
      },
    ]);
  });
});

describe('computeAllocation: tempo-query override quirk', () => {
  it('reports tempoQuery.resources without jaegerQuery.resources (the operator would crash)', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: {
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              tempoQuery: { resources: { limits: { cpu: '100m' } } },
            },
          },
        },
      }),
    );
    expect(codes(allocation)).toContain('tempoQueryResourcesWithoutJaegerQuery');
    expect(allocation.summary.findings[0]).toEqual({
      code: 'tempoQueryResourcesWithoutJaegerQuery',
      path: 'spec.template.queryFrontend.jaegerQuery.tempoQuery.resources',
    });
    const tempoQuery = find(allocation, 'query-frontend', 'tempo-query');
    expect(tempoQuery.source).toBe('none');
    expect(quad(tempoQuery)).toEqual(['', '', '', '']);
    expect(find(allocation, 'query-frontend', 'jaeger-query').source).toBe('total');
  });

  it('ignores jaegerQuery.resources for tempo-query unless tempoQuery.resources is set', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: {
          queryFrontend: {
            jaegerQuery: { enabled: true, resources: { limits: { cpu: '300m' } } },
          },
        },
      }),
    );
    expect(find(allocation, 'query-frontend', 'jaeger-query').source).toBe('override');
    const tempoQuery = find(allocation, 'query-frontend', 'tempo-query');
    expect(tempoQuery.source).toBe('total');
    expect(quad(tempoQuery)).toEqual(['90m', '53687092', '27m', '16106128']);
  });

  it('does not report the quirk when Jaeger Query is disabled (no tempo-query container)', () => {
    const allocation = computeAllocation(
      stack({
        template: {
          queryFrontend: { jaegerQuery: { tempoQuery: { resources: { limits: { cpu: '1' } } } } },
        },
      }),
    );
    expect(codes(allocation)).toEqual(['noResources']);
    expect(containerNames(allocation)).not.toContain('query-frontend/tempo-query');
  });
});

describe('computeAllocation: tables and the oauth-proxy', () => {
  const jaegerRouteWithAuth = {
    enabled: true,
    ingress: { type: 'route' as const },
    authentication: { enabled: true },
  };

  /*
   * Table C (gateway off, Jaeger UI behind the oauth-proxy: the OpenShift default), 2Gi / 2000m:
   * distributor .27/.12 → 540m/257698032, ingester .38/.50 → 760m/1Gi, querier .10/.15 →
   * 200m/322122560, query-frontend and tempo-query .045/.025 → 90m/53687092, jaeger-query
   * .035/.015 → 70m/32212254, oauth-proxy .01/.01 → 20m/21474836, compactor .16/.18 →
   * 320m/386547072. Sum: cpu 2090m = 104.5 %, memory 2201170762 B = 102.5 %.
   */
  it.each<[Component, AllocatedContainerName, string[]]>([
    ['distributor', 'tempo', ['540m', '257698032', '162m', '77309416']],
    ['ingester', 'tempo', ['760m', '1Gi', '228m', '322122560']],
    ['querier', 'tempo', ['200m', '322122560', '60m', '96636768']],
    ['query-frontend', 'tempo', ['90m', '53687092', '27m', '16106128']],
    ['query-frontend', 'jaeger-query', ['70m', '32212254', '21m', '9663677']],
    ['query-frontend', 'tempo-query', ['90m', '53687092', '27m', '16106128']],
    ['query-frontend', 'oauth-proxy', ['20m', '21474836', '6m', '6442451']],
    ['compactor', 'tempo', ['320m', '386547072', '96m', '115964128']],
  ])('Table C: %s/%s', (component, container, expected) => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: { queryFrontend: { jaegerQuery: jaegerRouteWithAuth } },
      }),
    );
    expect(quad(find(allocation, component, container))).toEqual(expected);
  });

  it('Table C sums to 104.5 % CPU and 102.5 % memory', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: { queryFrontend: { jaegerQuery: jaegerRouteWithAuth } },
      }),
    );
    expect(allocation.summary.table).toBe('C');
    expect(allocation.summary.limitsSum.cpu?.canonical).toBe('2090m');
    expect(allocation.summary.limitsPercentOfTotal).toEqual({ cpu: 104.5, memory: 102.5 });
    expect(codes(allocation)).toEqual(['totalExceeds100Percent', 'totalExceeds100Percent']);
    const oauth = find(allocation, 'query-frontend', 'oauth-proxy');
    expect(oauth.percentOfTotal).toEqual({ cpu: 1, memory: 1 });
    expect(oauth.gomemlimitBytes).toBeUndefined();
    expect(find(allocation, 'query-frontend', 'jaeger-query').percentOfTotal).toEqual({
      cpu: 3.5,
      memory: 1.5,
    });
  });

  it('Table A without Jaeger Query stays below the total (95.5 % / 97.5 %)', () => {
    const allocation = computeAllocation(stack(total('2000m', GI2)));
    expect(allocation.summary.table).toBe('A');
    expect(containerNames(allocation)).toEqual([
      'distributor/tempo',
      'ingester/tempo',
      'querier/tempo',
      'query-frontend/tempo',
      'compactor/tempo',
    ]);
    expect(allocation.summary.limitsPercentOfTotal).toEqual({ cpu: 95.5, memory: 97.5 });
    expect(allocation.summary.findings).toEqual([]);
  });

  it('uses the oauth-proxy override, and gives it nothing outside Table C', () => {
    const withOverride = computeAllocation(
      stack({
        ...total('2000m', GI2),
        template: {
          queryFrontend: {
            jaegerQuery: {
              ...jaegerRouteWithAuth,
              authentication: { enabled: true, resources: { limits: { cpu: '50m' } } },
            },
          },
        },
      }),
    );
    const oauth = find(withOverride, 'query-frontend', 'oauth-proxy');
    expect(oauth.source).toBe('override');
    expect(texts(oauth.limits)).toEqual({ cpu: '50m' });
  });

  it.each<[string, Partial<TempoStackSpec>]>([
    [
      'gateway enabled',
      {
        template: {
          gateway: { enabled: true },
          queryFrontend: { jaegerQuery: jaegerRouteWithAuth },
        },
      },
    ],
    [
      'ingress, not route',
      {
        template: {
          queryFrontend: { jaegerQuery: { ...jaegerRouteWithAuth, ingress: { type: 'ingress' } } },
        },
      },
    ],
    [
      'authentication disabled',
      {
        template: {
          queryFrontend: {
            jaegerQuery: { ...jaegerRouteWithAuth, authentication: { enabled: false } },
          },
        },
      },
    ],
  ])('has no oauth-proxy when %s', (_name, spec) => {
    const allocation = computeAllocation(stack({ ...total('2000m', GI2), ...spec }));
    expect(containerNames(allocation)).not.toContain('query-frontend/oauth-proxy');
  });

  it('edge case: gateway enabled with authentication enabled selects Table C; the gateway gets nothing', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        tenants: { mode: 'openshift' },
        template: {
          gateway: { enabled: true },
          queryFrontend: { jaegerQuery: { enabled: true, authentication: { enabled: true } } },
        },
      }),
    );
    expect(allocation.summary.table).toBe('C');
    for (const container of ['tempo-gateway', 'tempo-gateway-opa'] as const) {
      const c = find(allocation, 'gateway', container);
      expect(c.source).toBe('none');
      expect(quad(c)).toEqual(['', '', '', '']);
    }
    expect(quad(find(allocation, 'distributor'))).toEqual([
      '540m',
      '257698032',
      '162m',
      '77309416',
    ]);
    expect(quad(find(allocation, 'query-frontend', 'jaeger-query'))[0]).toBe('70m');
  });

  it('never divides the tempo-gateway share, but divides the OPA share by the gateway replicas', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        tenants: { mode: 'openshift' },
        template: { gateway: { enabled: true, component: { replicas: 3 } } },
      }),
    );
    const gateway = find(allocation, 'gateway', 'tempo-gateway');
    expect(quad(gateway)).toEqual(['80m', '64424508', '24m', '19327354']);
    expect(gateway.replicas).toBe(3);
    expect(gateway.splitDivisor).toBe(1);
    expect(texts(gateway.componentLimits)).toEqual({ cpu: '240m', memory: '193273524' });
    const opa = find(allocation, 'gateway', 'tempo-gateway-opa');
    expect(quad(opa)).toEqual(['13m', '14316557', '4m', '4294967']);
    expect(opa.splitDivisor).toBe(3);
    expect(texts(opa.componentLimits)).toEqual({ cpu: '39m', memory: '42949671' });
  });

  it('has no OPA sidecar in static tenant mode', () => {
    const allocation = computeAllocation(
      stack({
        ...total('2000m', GI2),
        tenants: { mode: 'static' },
        template: { gateway: { enabled: true } },
      }),
    );
    expect(containerNames(allocation)).toContain('gateway/tempo-gateway');
    expect(containerNames(allocation)).not.toContain('gateway/tempo-gateway-opa');
  });
});

describe('computeAllocation: reading the total', () => {
  it('handles CPU and memory independently; a missing one is simply absent', () => {
    const memoryOnly = computeAllocation(stack(total(undefined, '1Gi')));
    const ingester = find(memoryOnly, 'ingester');
    expect(quad(ingester)).toEqual(['', '512Mi', '', '161061280']);
    expect(ingester.percentOfTotal).toEqual({ memory: 50 });
    expect(memoryOnly.summary.limitsPercentOfTotal).toEqual({ memory: 97.5 });
    expect(memoryOnly.summary.limitsSum.cpu).toBeUndefined();

    const cpuOnly = computeAllocation(
      stack({
        ...total('1500m', undefined),
        template: { distributor: { component: { replicas: 2 } } },
      }),
    );
    expect(quad(find(cpuOnly, 'distributor'))).toEqual(['202m', '', '60m', '']);
  });

  it('accepts JSON numbers and other notations for the total', () => {
    const allocation = computeAllocation(
      stack({ resources: { total: { limits: { cpu: 2, memory: 2147483648 } } } }),
    );
    expect(quad(find(allocation, 'distributor'))).toEqual([
      '540m',
      '257698032',
      '162m',
      '77309416',
    ]);
  });

  it('gives nothing from an empty total and reports BestEffort', () => {
    const allocation = computeAllocation(stack({ resources: { total: {} } }));
    expect(allocation.summary.table).toBe('A');
    expect(allocation.containers.every((c) => c.source === 'none')).toBe(true);
    expect(codes(allocation)).toEqual(['noResources']);
  });

  it('reports a total with requests (ignored by the operator)', () => {
    const allocation = computeAllocation(
      stack({
        resources: {
          total: { limits: { cpu: '1000m', memory: GI2 }, requests: { cpu: '500m' } },
        },
      }),
    );
    expect(codes(allocation)).toEqual(['totalRequestsIgnored']);
    expect(quad(find(allocation, 'distributor'))).toEqual(['270m', '257698032', '81m', '77309416']);
  });

  it('reports a malformed or out-of-range total and leaves that resource out', () => {
    const allocation = computeAllocation(
      stack({
        resources: { total: { limits: { cpu: '2 cores', memory: '9223372036854775808' } } },
      }),
    );
    expect(allocation.summary.findings).toEqual([
      { code: 'invalidQuantity', path: 'spec.resources.total.limits.cpu', resource: 'cpu' },
      { code: 'invalidQuantity', path: 'spec.resources.total.limits.memory', resource: 'memory' },
      { code: 'noResources' },
    ]);
  });

  it('converts very large totals to float32 exactly as Go does (round to nearest, not twice)', () => {
    // 2^60 + 2^36 + 1 rounds up to 2^60 + 2^37 in float32; via a double it would round down to 2^60.
    // Limit: half of that, 2^59 + 2^36 = 576460821022900224 = 536870976Gi (a double would give 2^59).
    const allocation = computeAllocation(stack(total(undefined, '1152921573326323713')));
    const ingester = find(allocation, 'ingester');
    expect(toBytes(ingester.limits.memory?.quantity ?? parseQuantity('0'))).toBe(
      576460821022900224n,
    );
    expect(toBytes(ingester.requests.memory?.quantity ?? parseQuantity('0'))).toBe(
      172938249742843904n,
    );
    expect(quad(ingester)).toEqual(['', '536870976Gi', '', '161061296Gi']);
  });

  it('names workloads like the operator (sanitised tempo-NAME-<component>)', () => {
    const allocation = computeAllocation({ ...stack({}), metadata: { name: 'My_Stack' } });
    expect(find(allocation, 'ingester').workloadName).toBe('tempo-my-stack-ingester');
  });

  it('reports an empty spec as BestEffort with no table', () => {
    const allocation = computeAllocation({
      spec: { storage: { secret: { name: 's', type: 's3' } } },
    });
    expect(allocation.summary.table).toBeNull();
    expect(allocation.summary.limitsSum).toEqual({});
    expect(allocation.summary.limitsPercentOfTotal).toEqual({});
    expect(codes(allocation)).toEqual(['noResources']);
    expect(allocation.containers[0].workloadName).toBeUndefined();
  });
});

describe('computeAllocation: t-shirt sizes', () => {
  type Row = [cpu: string, memory: string];
  // resource-distribution.md §9, in the API server's canonical form (8000m → 8, 1000m → 1).
  const PROFILES: Record<Exclude<TShirtSize, '1x.demo'>, Record<string, Row>> = {
    '1x.pico': {
      'distributor/tempo': ['500m', '500Mi'],
      'ingester/tempo': ['500m', '3Gi'],
      'querier/tempo': ['750m', '1536Mi'],
      'query-frontend/tempo': ['500m', '500Mi'],
      'query-frontend/jaeger-query': ['100m', '64Mi'],
      'query-frontend/tempo-query': ['500m', '500Mi'],
      'query-frontend/oauth-proxy': ['50m', '64Mi'],
      'compactor/tempo': ['500m', '500Mi'],
      'gateway/tempo-gateway': ['100m', '64Mi'],
      'gateway/tempo-gateway-opa': ['50m', '64Mi'],
      'metrics-generator/tempo': ['500m', '512Mi'],
    },
    '1x.extra-small': {
      'distributor/tempo': ['200m', '128Mi'],
      'ingester/tempo': ['1500m', '8Gi'],
      'querier/tempo': ['1', '1Gi'],
      'query-frontend/tempo': ['200m', '1Gi'],
      'query-frontend/jaeger-query': ['400m', '128Mi'],
      'query-frontend/tempo-query': ['200m', '1Gi'],
      'query-frontend/oauth-proxy': ['100m', '64Mi'],
      'compactor/tempo': ['200m', '4Gi'],
      'gateway/tempo-gateway': ['400m', '128Mi'],
      'gateway/tempo-gateway-opa': ['100m', '64Mi'],
      'metrics-generator/tempo': ['500m', '512Mi'],
    },
    '1x.small': {
      'distributor/tempo': ['600m', '128Mi'],
      'ingester/tempo': ['2', '10Gi'],
      'querier/tempo': ['2500m', '3Gi'],
      'query-frontend/tempo': ['400m', '1Gi'],
      'query-frontend/jaeger-query': ['800m', '192Mi'],
      'query-frontend/tempo-query': ['400m', '1Gi'],
      'query-frontend/oauth-proxy': ['100m', '64Mi'],
      'compactor/tempo': ['400m', '6Gi'],
      'gateway/tempo-gateway': ['800m', '192Mi'],
      'gateway/tempo-gateway-opa': ['100m', '64Mi'],
      'metrics-generator/tempo': ['1', '1Gi'],
    },
    '1x.medium': {
      'distributor/tempo': ['1500m', '128Mi'],
      'ingester/tempo': ['8', '16Gi'],
      'querier/tempo': ['5', '4Gi'],
      'query-frontend/tempo': ['800m', '1Gi'],
      'query-frontend/jaeger-query': ['4', '192Mi'],
      'query-frontend/tempo-query': ['800m', '1Gi'],
      'query-frontend/oauth-proxy': ['200m', '128Mi'],
      'compactor/tempo': ['600m', '10Gi'],
      'gateway/tempo-gateway': ['4', '192Mi'],
      'gateway/tempo-gateway-opa': ['200m', '128Mi'],
      'metrics-generator/tempo': ['2', '2Gi'],
    },
  };

  /** Every container: gateway (openshift) + Jaeger Query + metrics-generator, plus total 2Gi/2000m. */
  const fullStack = (size: TShirtSize): AllocationInput =>
    stack({
      size,
      tenants: { mode: 'openshift' },
      template: {
        gateway: { enabled: true },
        queryFrontend: { jaegerQuery: { enabled: true } },
        metricsGenerator: { enabled: true },
      },
    });
  /** The oauth-proxy needs the gateway off and a Jaeger UI route with authentication. */
  const oauthStack = (size: TShirtSize): AllocationInput =>
    stack({
      size,
      template: {
        queryFrontend: {
          jaegerQuery: {
            enabled: true,
            ingress: { type: 'route' },
            authentication: { enabled: true },
          },
        },
      },
    });

  const rows = Object.entries(PROFILES).flatMap(([size, containers]) =>
    Object.entries(containers).map(([key, row]) => [size as TShirtSize, key, ...row] as const),
  );

  it.each(rows)('%s %s requests %s / %s, no limits', (size, key, cpu, memory) => {
    const allocation = computeAllocation(
      key === 'query-frontend/oauth-proxy' ? oauthStack(size) : fullStack(size),
    );
    const c = allocation.containers.find((x) => `${x.component}/${x.container}` === key);
    expect(c?.source).toBe('size');
    expect(texts(c?.requests ?? {})).toEqual({ cpu, memory });
    expect(c?.limits).toEqual({});
    expect(c?.gomemlimitBytes).toBeUndefined();
    expect(c?.percentOfTotal).toEqual({});
    expect(c?.splitDivisor).toBe(1);
  });

  it('covers every container of both stacks', () => {
    const names = [
      ...containerNames(computeAllocation(fullStack('1x.small'))),
      'query-frontend/oauth-proxy',
    ].sort();
    expect(names).toEqual(Object.keys(PROFILES['1x.small']).sort());
  });

  it.each<[TShirtSize, Record<string, number>]>([
    [
      '1x.demo',
      {
        distributor: 1,
        ingester: 1,
        querier: 1,
        'query-frontend': 1,
        compactor: 1,
        gateway: 1,
        'metrics-generator': 1,
      },
    ],
    [
      '1x.pico',
      {
        distributor: 2,
        ingester: 2,
        querier: 2,
        'query-frontend': 2,
        compactor: 2,
        gateway: 2,
        'metrics-generator': 2,
      },
    ],
    [
      '1x.extra-small',
      {
        distributor: 2,
        ingester: 2,
        querier: 2,
        'query-frontend': 2,
        compactor: 2,
        gateway: 2,
        'metrics-generator': 2,
      },
    ],
    [
      '1x.small',
      {
        distributor: 3,
        ingester: 2,
        querier: 3,
        'query-frontend': 2,
        compactor: 2,
        gateway: 2,
        'metrics-generator': 3,
      },
    ],
    [
      '1x.medium',
      {
        distributor: 4,
        ingester: 2,
        querier: 5,
        'query-frontend': 2,
        compactor: 3,
        gateway: 2,
        'metrics-generator': 3,
      },
    ],
  ])('%s defaults the replicas (v0.22.0)', (size, expected) => {
    const allocation = computeAllocation(fullStack(size));
    const replicas = Object.fromEntries(
      allocation.containers.map((c) => [c.component, c.replicas]),
    );
    expect(replicas).toEqual(expected);
  });

  it('multiplies per-pod requests by the replicas for the component total', () => {
    const allocation = computeAllocation(fullStack('1x.medium'));
    expect(texts(find(allocation, 'querier').componentRequests)).toEqual({
      cpu: '25',
      memory: '20Gi',
    });
    expect(allocation.summary.requestsSum.cpu).toBeDefined();
    expect(allocation.summary.limitsSum).toEqual({});
    expect(allocation.summary.table).toBeNull();
  });

  it.each<[number | undefined, number | undefined, number]>([
    [undefined, undefined, 2],
    [3, undefined, 2],
    [5, undefined, 3],
    [1, undefined, 1],
    [3, 4, 4],
  ])('ingester replicas with a size: RF %s, stored %s → %s', (rf, stored, expected) => {
    const allocation = computeAllocation(
      stack({
        size: '1x.small',
        ...(rf === undefined ? {} : { replicationFactor: rf }),
        template: { ingester: stored === undefined ? {} : { replicas: stored } },
      }),
    );
    expect(find(allocation, 'ingester').replicas).toBe(expected);
  });

  it('1x.demo gives no resources', () => {
    const allocation = computeAllocation(fullStack('1x.demo'));
    expect(allocation.containers.every((c) => c.source === 'none')).toBe(true);
    expect(codes(allocation)).toEqual(['noResources']);
  });

  it('a size wins over the total, which is reported', () => {
    const allocation = computeAllocation(stack({ size: '1x.pico', ...total('2000m', GI2) }));
    expect(codes(allocation)).toEqual(['sizeAndTotal']);
    expect(allocation.summary.table).toBeNull();
    expect(allocation.summary.limitsPercentOfTotal).toEqual({});
    expect(find(allocation, 'distributor').source).toBe('size');
  });

  it('an override wins over the size', () => {
    const allocation = computeAllocation(
      stack({ size: '1x.pico', template: { querier: { resources: { requests: { cpu: '1' } } } } }),
    );
    expect(find(allocation, 'querier').source).toBe('override');
    expect(find(allocation, 'compactor').source).toBe('size');
  });

  it('an unknown size gives no resources (as the operator’s empty profile lookup)', () => {
    const allocation = computeAllocation(
      stack({ size: 'constructor' as TShirtSize, ...total('2000m', GI2) }),
    );
    expect(allocation.containers.every((c) => c.source === 'none' && c.replicas === 1)).toBe(true);
  });

  it('an empty size is no size', () => {
    const allocation = computeAllocation(stack({ size: '' as TShirtSize, ...total('2000m', GI2) }));
    expect(allocation.summary.table).toBe('A');
    expect(codes(allocation)).toEqual([]);
  });
});

describe('computeAllocation: operator versions', () => {
  const gatewayStack = (version: string): AllocationInput =>
    stack(
      {
        ...total('2000m', GI2),
        tenants: { mode: 'openshift' },
        template: { gateway: { enabled: true }, queryFrontend: { jaegerQuery: { enabled: true } } },
      },
      version,
    );

  it('v0.16 – v0.20: gateway .06/.05 and nothing for the OPA sidecar', () => {
    const allocation = computeAllocation(gatewayStack('v0.19.1'));
    expect(allocation.operatorVersion).toBe('0.19.1');
    expect(allocation.operatorVersionAssumed).toBe(false);
    expect(quad(find(allocation, 'gateway', 'tempo-gateway'))).toEqual([
      '120m',
      '107374184',
      '36m',
      '32212256',
    ]);
    expect(find(allocation, 'gateway', 'tempo-gateway-opa').source).toBe('none');
  });

  it('v0.21+: the OPA share exists', () => {
    expect(
      find(computeAllocation(gatewayStack('0.21.0')), 'gateway', 'tempo-gateway-opa').source,
    ).toBe('total');
  });

  it('v0.15: Table B gives jaeger-query .03/.01; authentication does not select Table C', () => {
    expect(
      quad(find(computeAllocation(gatewayStack('0.15.3')), 'query-frontend', 'jaeger-query')),
    ).toEqual(['60m', '21474836', '18m', '6442451']);
    const withAuth = computeAllocation(
      stack(
        {
          ...total('2000m', GI2),
          template: {
            queryFrontend: {
              jaegerQuery: {
                enabled: true,
                ingress: { type: 'route' },
                authentication: { enabled: true },
              },
            },
          },
        },
        '0.15.0',
      ),
    );
    expect(withAuth.summary.table).toBe('A');
    expect(find(withAuth, 'query-frontend', 'oauth-proxy').source).toBe('none');
    expect(quad(find(withAuth, 'query-frontend', 'jaeger-query'))[0]).toBe('90m');
  });

  it('v0.14: jaeger-query .04/.02 in Table B, gateway .06/.05, no GOMEMLIMIT yet', () => {
    const allocation = computeAllocation(gatewayStack('0.14.2'));
    expect(quad(find(allocation, 'query-frontend', 'jaeger-query'))[0]).toBe('80m');
    expect(quad(find(allocation, 'gateway', 'tempo-gateway'))[0]).toBe('120m');
    expect(find(allocation, 'distributor').gomemlimitBytes).toBeUndefined();
  });

  it('v0.2 – v0.13: query-frontend .08/.04 (B) and .09/.05 (A); tempo-query, no jaeger-query', () => {
    const b = computeAllocation(gatewayStack('0.13.0'));
    expect(quad(find(b, 'query-frontend'))).toEqual(['160m', '85899344', '48m', '25769804']);
    expect(quad(find(b, 'query-frontend', 'tempo-query'))).toEqual([
      '160m',
      '85899344',
      '48m',
      '25769804',
    ]);
    expect(containerNames(b)).not.toContain('query-frontend/jaeger-query');
    const a = computeAllocation(
      stack(
        { ...total('2000m', GI2), template: { queryFrontend: { jaegerQuery: { enabled: true } } } },
        '0.9.0',
      ),
    );
    expect(quad(find(a, 'query-frontend', 'tempo-query'))).toEqual([
      '180m',
      '107374184',
      '54m',
      '32212256',
    ]);
  });

  it('v0.9 – v0.13: tempo-query takes jaegerQuery.resources directly; tempoQuery.resources does nothing', () => {
    const direct = computeAllocation(
      stack(
        {
          template: {
            queryFrontend: { jaegerQuery: { enabled: true, resources: { limits: { cpu: '1' } } } },
          },
        },
        '0.13.0',
      ),
    );
    expect(find(direct, 'query-frontend', 'tempo-query').source).toBe('override');
    const switchOnly = computeAllocation(
      stack(
        {
          template: {
            queryFrontend: { jaegerQuery: { enabled: true, tempoQuery: { resources: {} } } },
          },
        },
        '0.13.0',
      ),
    );
    expect(codes(switchOnly)).toEqual(['noResources']);
  });

  it('before v0.11 there is no oauth-proxy; before v0.10 the OPA sidecar is called opa', () => {
    const allocation = computeAllocation(
      stack(
        {
          ...total('2000m', GI2),
          tenants: { mode: 'openshift' },
          template: {
            gateway: { enabled: true },
            queryFrontend: {
              jaegerQuery: {
                enabled: true,
                ingress: { type: 'route' },
                authentication: { enabled: true },
              },
            },
          },
        },
        '0.9.0',
      ),
    );
    expect(containerNames(allocation)).toContain('gateway/opa');
    expect(containerNames(allocation)).not.toContain('query-frontend/oauth-proxy');
  });

  it('before v0.9 overrides are ignored; before v0.7 nothing is divided by replicas', () => {
    const spec: Partial<TempoStackSpec> = {
      ...total('2000m', GI2),
      template: {
        distributor: { component: { replicas: 2 } },
        querier: { resources: { limits: { cpu: '1' } } },
      },
    };
    const v8 = computeAllocation(stack(spec, '0.8.0'));
    expect(find(v8, 'querier').source).toBe('total');
    expect(quad(find(v8, 'distributor'))[0]).toBe('270m');
    const v6 = computeAllocation(stack(spec, '0.6.0'));
    expect(quad(find(v6, 'distributor'))[0]).toBe('540m');
    expect(find(v6, 'distributor').splitDivisor).toBe(1);
    expect(texts(find(v6, 'distributor').componentLimits).cpu).toBe('1080m');
  });

  it('v0.1.0: one table whatever the gateway; the query-frontend container is query-frontend', () => {
    const allocation = computeAllocation(gatewayStack('v0.1.0'));
    expect(allocation.summary.table).toBe('A');
    expect(quad(find(allocation, 'distributor'))[0]).toBe('540m');
    expect(quad(find(allocation, 'query-frontend', 'query-frontend'))[0]).toBe('180m');
    expect(find(allocation, 'gateway', 'tempo-gateway').source).toBe('none');
  });

  it('sizes only from v0.20; size replica profiles only from v0.22', () => {
    const before = computeAllocation(stack({ size: '1x.small', ...total('2000m', GI2) }, '0.19.0'));
    expect(find(before, 'distributor').source).toBe('total');
    expect(codes(before)).toEqual([]);
    const v21 = computeAllocation(stack({ size: '1x.small' }, '0.21.0'));
    expect(find(v21, 'distributor').replicas).toBe(1);
    expect(find(v21, 'ingester').replicas).toBe(2);
  });

  it('metrics-generator only from v0.22; never from the total', () => {
    const spec: Partial<TempoStackSpec> = {
      ...total('2000m', GI2),
      template: { metricsGenerator: { enabled: true } },
    };
    expect(containerNames(computeAllocation(stack(spec, '0.21.0')))).not.toContain(
      'metrics-generator/tempo',
    );
    const current = find(computeAllocation(stack(spec)), 'metrics-generator');
    expect(current.source).toBe('none');
    expect(current.replicas).toBe(1);
    const overridden = computeAllocation(
      stack({
        template: {
          metricsGenerator: {
            enabled: true,
            component: { replicas: 2, resources: { limits: { memory: '1Gi' } } },
          },
        },
      }),
    );
    const mg = find(overridden, 'metrics-generator');
    expect(mg.source).toBe('override');
    expect(mg.gomemlimitBytes).toBe(858993459n);
    expect(texts(mg.componentLimits)).toEqual({ memory: '2Gi' });
  });

  it.each<[string | undefined, string | undefined, string, boolean]>([
    [undefined, undefined, '0.22.0', true],
    ['', undefined, '0.22.0', true],
    ['garbage', undefined, '0.22.0', true],
    ['0.22.0-rc1', undefined, '0.22.0', false],
    [undefined, 'v0.19.1', '0.19.1', false],
    ['0.21.0', 'v0.19.1', '0.21.0', false],
  ])('option %j, status %j → %s', (option, status, version, assumed) => {
    const allocation = computeAllocation(
      stack({}, status),
      option === undefined ? undefined : { operatorVersion: option },
    );
    expect(allocation.operatorVersion).toBe(version);
    expect(allocation.operatorVersionAssumed).toBe(assumed);
  });
});

describe('GOMEMLIMIT', () => {
  it.each<[bigint, bigint]>([
    [257698032n, 206158425n],
    [536870912n, 429496729n],
    [1n, 0n],
    [0n, 0n],
  ])('gomemlimitFor(%s) = %s (80 %, truncated)', (limit, expected) => {
    expect(gomemlimitFor(limit)).toBe(expected);
  });

  it.each<[AllocatedContainerName, boolean]>([
    ['tempo', true],
    ['jaeger-query', true],
    ['tempo-query', true],
    ['tempo-gateway', true],
    ['oauth-proxy', false],
    ['tempo-gateway-opa', false],
    ['opa', false],
  ])('%s receives GOMEMLIMIT: %s', (container, expected) => {
    expect(receivesGomemlimit(container)).toBe(expected);
  });
});
