import { describe, expect, it } from 'vitest';
import type { TempoStack, TempoStackSpec } from './types';
import {
  effectiveReplicas,
  effectiveStack,
  enabledComponents,
  isDistributorTLSEnabled,
  isGatewayEnabled,
  isJaegerQueryEnabled,
  isMetricsGeneratorEnabled,
  isNetworkPolicyEnabled,
  isOauthProxyEnabled,
  parseOperatorVersion,
  replicasOf,
  resolveOperatorFeatures,
  routeTimeoutAnnotation,
  tenantMode,
  tenantNames,
  toOperatorEnvironment,
  versionAtLeast,
} from './effective-spec';

const make = (
  spec: Partial<TempoStackSpec> = {},
  extra: Partial<Pick<TempoStack, 'metadata' | 'status'>> = {},
): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs', ...extra.metadata },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
  ...(extra.status ? { status: extra.status } : {}),
});

describe('resolveOperatorFeatures', () => {
  it('defaults to the OpenShift bundle without a distribution label', () => {
    expect(resolveOperatorFeatures(make())).toEqual({
      openshift: true,
      servingCertsService: true,
      builtInCertManagement: true,
      networkPolicies: true,
      prometheusOperator: true,
      oauthProxyDefault: true,
      grafanaOperator: false,
      tokenCCOEnvironment: false,
      operatorVersion: '0.22.0',
    });
  });

  it('follows the community distribution label', () => {
    const f = resolveOperatorFeatures(
      make({}, { metadata: { labels: { 'tempo.grafana.com/distribution': 'community' } } }),
    );
    expect(f).toMatchObject({
      openshift: false,
      servingCertsService: false,
      prometheusOperator: false,
      oauthProxyDefault: false,
    });
  });

  it('explicit features win; the version comes from status otherwise', () => {
    const s = make({}, { status: { operatorVersion: '0.21.0' } });
    expect(resolveOperatorFeatures(s).operatorVersion).toBe('0.21.0');
    expect(
      resolveOperatorFeatures(s, {
        openshift: true,
        servingCertsService: false,
        operatorVersion: '0.19.0',
      }),
    ).toMatchObject({ openshift: true, servingCertsService: false, operatorVersion: '0.19.0' });
  });

  it('maps to the webhook environment', () => {
    const community = toOperatorEnvironment(resolveOperatorFeatures(make(), { openshift: false }));
    expect(community.distribution).toBe('community');
    expect(community.featureGates.openshiftOauthProxy).toBe(false);
    const custom = toOperatorEnvironment(
      resolveOperatorFeatures(make(), { openshift: true, oauthProxyDefault: false }),
    );
    expect(custom.distribution).toBe('openshift');
    expect(custom.featureGates.openshiftOauthProxy).toBe(false);
    expect(custom.featureGates.openshiftServingCertsService).toBe(true);
  });
});

describe('operator versions', () => {
  it.each([
    ['0.22.0', [0, 22, 0]],
    ['v0.21.3', [0, 21, 3]],
    ['0.22', [0, 22, 0]],
    ['0.22.0-rc.1', [0, 22, 0]],
    ['latest', undefined],
    ['', undefined],
  ])('parseOperatorVersion(%j)', (input, expected) => {
    expect(parseOperatorVersion(input)).toEqual(expected);
  });

  it.each([
    ['0.22.0', '0.22.0', true],
    ['0.22.1', '0.22.0', true],
    ['1.0.0', '0.22.0', true],
    ['0.21.9', '0.22.0', false],
    ['0.19.0', '0.20.0', false],
    ['garbage', '0.22.0', true],
    ['0.22.0', 'garbage', false],
  ])('versionAtLeast(%j, %j) = %j', (v, min, expected) => {
    expect(versionAtLeast(v, min)).toBe(expected);
  });
});

describe('spec predicates', () => {
  it('reads the feature switches', () => {
    const s = make({
      template: {
        gateway: { enabled: true },
        metricsGenerator: { enabled: true },
        queryFrontend: { jaegerQuery: { enabled: true } },
        distributor: { tls: { enabled: true } },
      },
      networkPolicy: { enabled: false },
    });
    expect(isGatewayEnabled(s)).toBe(true);
    expect(isMetricsGeneratorEnabled(s)).toBe(true);
    expect(isJaegerQueryEnabled(s)).toBe(true);
    expect(isDistributorTLSEnabled(s)).toBe(true);
    expect(isNetworkPolicyEnabled(s)).toBe(false);
    const plain = make();
    expect(isGatewayEnabled(plain)).toBe(false);
    expect(isMetricsGeneratorEnabled(plain)).toBe(false);
    expect(isJaegerQueryEnabled(plain)).toBe(false);
    expect(isDistributorTLSEnabled(plain)).toBe(false);
    expect(isNetworkPolicyEnabled(plain)).toBe(true);
  });

  it('tenant mode and names', () => {
    expect(tenantMode(make())).toBeUndefined();
    expect(tenantMode(make({ tenants: {} }))).toBe('static');
    const s = make({
      tenants: {
        mode: 'openshift',
        authentication: [
          { tenantName: 'dev', tenantId: '1' },
          { tenantName: 'prod', tenantId: '2' },
        ],
      },
    });
    expect(tenantMode(s)).toBe('openshift');
    expect(tenantNames(s)).toEqual(['dev', 'prod']);
    expect(tenantNames(make())).toEqual([]);
  });

  it.each<[string, Partial<TempoStackSpec>, Parameters<typeof isOauthProxyEnabled>[1], boolean]>([
    [
      'route, auth unset, OpenShift default',
      {
        template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
      },
      undefined,
      true,
    ],
    [
      'route, auth unset, community',
      {
        template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
      },
      { openshift: false },
      false,
    ],
    [
      'route, auth disabled',
      {
        template: {
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              ingress: { type: 'route' },
              authentication: { enabled: false },
            },
          },
        },
      },
      undefined,
      false,
    ],
    [
      'route, auth enabled, community',
      {
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
      { openshift: false },
      true,
    ],
    [
      'ingress',
      {
        template: {
          queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'ingress' } } },
        },
      },
      undefined,
      false,
    ],
    [
      'gateway enabled',
      {
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
      undefined,
      false,
    ],
    ['no jaeger query', {}, undefined, false],
  ])('isOauthProxyEnabled: %s', (_label, spec, features, expected) => {
    expect(isOauthProxyEnabled(make(spec), features)).toBe(expected);
  });

  it('enabledComponents lists the 5 core components plus enabled optional ones', () => {
    expect(enabledComponents(make())).toEqual([
      'distributor',
      'ingester',
      'querier',
      'query-frontend',
      'compactor',
    ]);
    expect(
      enabledComponents(
        make({ template: { gateway: { enabled: true }, metricsGenerator: { enabled: true } } }),
      ),
    ).toEqual([
      'distributor',
      'ingester',
      'querier',
      'query-frontend',
      'compactor',
      'gateway',
      'metrics-generator',
    ]);
  });
});

describe('replicas', () => {
  it.each<[string, Partial<TempoStackSpec>, Record<string, number>]>([
    [
      'no size',
      {},
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
      '1x.demo',
      { size: '1x.demo' },
      { distributor: 1, ingester: 1, querier: 1, gateway: 1, 'metrics-generator': 1 },
    ],
    [
      '1x.pico',
      { size: '1x.pico' },
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
      { size: '1x.small' },
      {
        distributor: 3,
        ingester: 2,
        querier: 3,
        'query-frontend': 2,
        compactor: 2,
        'metrics-generator': 3,
      },
    ],
    [
      '1x.medium',
      { size: '1x.medium' },
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
    ['1x.small with RF 3', { size: '1x.small', replicationFactor: 3 }, { ingester: 2 }],
    ['1x.small with RF 5', { size: '1x.small', replicationFactor: 5 }, { ingester: 3 }],
    [
      'explicit',
      {
        size: '1x.medium',
        template: {
          ingester: { replicas: 4 },
          distributor: { component: { replicas: 0 } },
          metricsGenerator: { component: { replicas: 7 } },
        },
      },
      { ingester: 4, distributor: 0, 'metrics-generator': 7 },
    ],
  ])('%s', (_label, spec, expected) => {
    const s = make(spec);
    for (const [component, replicas] of Object.entries(expected)) {
      expect(effectiveReplicas(s, component as never), component).toBe(replicas);
    }
  });

  it('replicasOf reads an already effective stack', () => {
    const eff = effectiveStack(make({ size: '1x.pico' }));
    expect(replicasOf(eff, 'querier')).toBe(2);
  });

  it('does not mutate the input', () => {
    const s = make({ size: '1x.pico' });
    const before = JSON.stringify(s);
    effectiveStack(s);
    effectiveReplicas(s, 'ingester');
    isOauthProxyEnabled(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('routeTimeoutAnnotation', () => {
  it.each([
    [undefined, '30s'],
    ['', '30s'],
    ['0s', '30s'],
    ['2m', '120s'],
    ['1h1m', '3660s'],
    ['90.9s', '90s'],
    ['bogus', '30s'],
  ])('timeout %j → %j', (timeout, expected) => {
    expect(routeTimeoutAnnotation(make(timeout === undefined ? {} : { timeout }))).toBe(expected);
  });
});
