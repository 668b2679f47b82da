import { describe, expect, it } from 'vitest';
import type { Component, TempoStack, TempoStackSpec } from './types';
import { containerNames, containerPorts, servicePorts } from './ports';
import type { ContainerName } from './ports';
import type { ServiceComponent } from './naming';

const make = (spec: Partial<TempoStackSpec> = {}): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const plain = make();
const jaegerRoute = make({
  template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
});
const gatewayOpenShift = make({
  tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: '1' }] },
  template: { gateway: { enabled: true }, queryFrontend: { jaegerQuery: { enabled: true } } },
});
const gatewayStatic = make({
  tenants: { mode: 'static', authentication: [{ tenantName: 'dev', tenantId: '1' }] },
  template: { gateway: { enabled: true }, metricsGenerator: { enabled: true } },
});

const names = (ports: { name: string }[]) => ports.map((p) => p.name);

describe('containerNames', () => {
  it.each<[string, TempoStack, Component, ContainerName[]]>([
    ['distributor', plain, 'distributor', ['tempo']],
    ['ingester', plain, 'ingester', ['tempo']],
    ['metrics-generator', gatewayStatic, 'metrics-generator', ['tempo']],
    ['query-frontend without Jaeger', plain, 'query-frontend', ['tempo']],
    [
      'query-frontend with Jaeger route + oauth (OpenShift default)',
      jaegerRoute,
      'query-frontend',
      ['tempo', 'jaeger-query', 'tempo-query', 'oauth-proxy'],
    ],
    [
      'query-frontend with Jaeger behind the gateway',
      gatewayOpenShift,
      'query-frontend',
      ['tempo', 'jaeger-query', 'tempo-query'],
    ],
    [
      'gateway, openshift mode',
      gatewayOpenShift,
      'gateway',
      ['tempo-gateway', 'tempo-gateway-opa'],
    ],
    ['gateway, static mode', gatewayStatic, 'gateway', ['tempo-gateway']],
  ])('%s', (_label, stack, component, expected) => {
    expect(containerNames(stack, component)).toEqual(expected);
  });

  it('community operator: no oauth-proxy without explicit authentication', () => {
    expect(containerNames(jaegerRoute, 'query-frontend', { openshift: false })).toEqual([
      'tempo',
      'jaeger-query',
      'tempo-query',
    ]);
  });
});

describe('containerPorts', () => {
  it('distributor without gateway opens the Jaeger/Zipkin receivers (UDP for thrift compact/binary)', () => {
    expect(containerPorts(plain, 'distributor', 'tempo')).toEqual([
      { name: 'otlp-http', port: 4318, protocol: 'TCP' },
      { name: 'otlp-grpc', port: 4317, protocol: 'TCP' },
      { name: 'http', port: 3200, protocol: 'TCP' },
      { name: 'http-memberlist', port: 7946, protocol: 'TCP' },
      { name: 'thrift-http', port: 14268, protocol: 'TCP' },
      { name: 'thrift-compact', port: 6831, protocol: 'UDP' },
      { name: 'thrift-binary', port: 6832, protocol: 'UDP' },
      { name: 'jaeger-grpc', port: 14250, protocol: 'TCP' },
      { name: 'http-zipkin', port: 9411, protocol: 'TCP' },
    ]);
  });

  it('distributor with gateway only keeps OTLP, http and memberlist', () => {
    expect(names(containerPorts(gatewayStatic, 'distributor', 'tempo'))).toEqual([
      'otlp-http',
      'otlp-grpc',
      'http',
      'http-memberlist',
    ]);
  });

  it.each<[string, TempoStack, Component, ContainerName, [string, number][]]>([
    [
      'ingester',
      plain,
      'ingester',
      'tempo',
      [
        ['http-memberlist', 7946],
        ['http', 3200],
        ['grpc', 9095],
      ],
    ],
    [
      'querier',
      plain,
      'querier',
      'tempo',
      [
        ['http', 3200],
        ['http-memberlist', 7946],
      ],
    ],
    [
      'compactor',
      plain,
      'compactor',
      'tempo',
      [
        ['http', 3200],
        ['http-memberlist', 7946],
      ],
    ],
    [
      'query-frontend tempo',
      plain,
      'query-frontend',
      'tempo',
      [
        ['http', 3200],
        ['grpc', 9095],
      ],
    ],
    [
      'jaeger-query',
      jaegerRoute,
      'query-frontend',
      'jaeger-query',
      [
        ['jaeger-grpc', 16685],
        ['jaeger-ui', 16686],
        ['jaeger-metrics', 16687],
      ],
    ],
    ['tempo-query', jaegerRoute, 'query-frontend', 'tempo-query', [['proxy-grpc', 7777]]],
    ['oauth-proxy', jaegerRoute, 'query-frontend', 'oauth-proxy', [['oauth-proxy', 8443]]],
    [
      'tempo-gateway',
      gatewayOpenShift,
      'gateway',
      'tempo-gateway',
      [
        ['grpc-public', 8090],
        ['internal', 8081],
        ['public', 8080],
      ],
    ],
    [
      'tempo-gateway-opa',
      gatewayOpenShift,
      'gateway',
      'tempo-gateway-opa',
      [
        ['opa-http', 8082],
        ['opa-metrics', 8083],
      ],
    ],
    [
      'metrics-generator',
      gatewayStatic,
      'metrics-generator',
      'tempo',
      [
        ['http', 3200],
        ['grpc', 9095],
        ['http-memberlist', 7946],
      ],
    ],
  ])('%s', (_label, stack, component, container, expected) => {
    expect(containerPorts(stack, component, container).map((p) => [p.name, p.port])).toEqual(
      expected,
    );
  });

  it.each<[string, TempoStack, Component, ContainerName]>([
    ['oauth-proxy without route', plain, 'query-frontend', 'oauth-proxy'],
    ['jaeger-query when disabled', plain, 'query-frontend', 'jaeger-query'],
    ['OPA in static mode', gatewayStatic, 'gateway', 'tempo-gateway-opa'],
    ['tempo in the gateway pod', gatewayStatic, 'gateway', 'tempo'],
    ['tempo-gateway in the ingester pod', plain, 'ingester', 'tempo-gateway'],
  ])('no ports for a container that does not run: %s', (_label, stack, component, container) => {
    expect(containerPorts(stack, component, container)).toEqual([]);
  });
});

describe('servicePorts', () => {
  it.each<[string, TempoStack, ServiceComponent, string[]]>([
    [
      'distributor, no gateway',
      plain,
      'distributor',
      [
        'otlp-http',
        'otlp-grpc',
        'http',
        'thrift-http',
        'thrift-compact',
        'thrift-binary',
        'jaeger-grpc',
        'http-zipkin',
      ],
    ],
    ['distributor, gateway', gatewayStatic, 'distributor', ['otlp-http', 'otlp-grpc', 'http']],
    ['ingester', plain, 'ingester', ['http', 'grpc']],
    ['querier', plain, 'querier', ['http-memberlist', 'http', 'grpc']],
    ['compactor', plain, 'compactor', ['http-memberlist', 'http']],
    ['query-frontend', plain, 'query-frontend', ['http', 'grpc']],
    [
      'query-frontend, Jaeger + oauth',
      jaegerRoute,
      'query-frontend',
      ['http', 'grpc', 'jaeger-grpc', 'jaeger-ui', 'jaeger-metrics', 'oauth-proxy'],
    ],
    ['query-frontend-discovery', plain, 'query-frontend-discovery', ['http', 'grpc', 'grpclb']],
    [
      'query-frontend-discovery, Jaeger',
      jaegerRoute,
      'query-frontend-discovery',
      ['http', 'grpc', 'grpclb', 'jaeger-grpc', 'jaeger-ui', 'jaeger-metrics'],
    ],
    ['gossip-ring', plain, 'gossip-ring', ['http-memberlist']],
    ['gateway', gatewayStatic, 'gateway', ['grpc-public', 'internal', 'public']],
    ['gateway disabled', plain, 'gateway', []],
    ['metrics-generator', gatewayStatic, 'metrics-generator', ['http-memberlist', 'http', 'grpc']],
    ['metrics-generator disabled', plain, 'metrics-generator', []],
  ])('%s', (_label, stack, service, expected) => {
    expect(names(servicePorts(stack, service))).toEqual(expected);
  });

  it('targets the container port by name and keeps the protocol', () => {
    const thriftCompact = servicePorts(plain, 'distributor').find(
      (p) => p.name === 'thrift-compact',
    );
    expect(thriftCompact).toEqual({
      name: 'thrift-compact',
      port: 6831,
      targetPort: 'thrift-compact',
      protocol: 'UDP',
    });
    expect(servicePorts(plain, 'query-frontend-discovery')[2]).toEqual({
      name: 'grpclb',
      port: 9096,
      targetPort: 'grpclb',
      protocol: 'TCP',
    });
  });
});
