import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { TempoStack, TempoStackSpec } from './types';
import {
  gatewayServesTLS,
  ingestionEndpoints,
  jaegerUiUrl,
  queryEndpoints,
  safeHttpUrl,
} from './endpoints';
import type { IngressLike, RouteLike } from './endpoints';

const seed = (file: string): TempoStack => {
  const docs = parseAllDocuments(
    readFileSync(`/work/shared/reference/seed-configs/${file}`, 'utf8'),
  ).map((d) => d.toJS() as { kind?: string });
  return docs.find((d) => d.kind === 'TempoStack') as TempoStack;
};

const make = (spec: Partial<TempoStackSpec> = {}): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'obs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const DIST = 'tempo-simplest-distributor.obs.svc.cluster.local';
const QF = 'tempo-simplest-query-frontend.obs.svc.cluster.local';
const GW = 'tempo-tmrs-gateway.chainsaw-tempostack-resources.svc.cluster.local';

const staticGateway = make({
  tenants: {
    mode: 'static',
    authentication: [{ tenantName: 'team a', tenantId: '1', oidc: { issuerURL: 'x' } }],
  },
  template: { gateway: { enabled: true } },
});

describe('ingestionEndpoints', () => {
  it('gateway disabled: the distributor receivers, plain without receiver TLS', () => {
    expect(ingestionEndpoints(make()).map((e) => [e.id, e.protocol, e.url, e.tls])).toEqual([
      ['otlp-grpc', 'grpc', `${DIST}:4317`, false],
      ['otlp-http', 'http', `http://${DIST}:4318`, false],
      ['jaeger-grpc', 'grpc', `${DIST}:14250`, false],
      ['jaeger-thrift-http', 'http', `http://${DIST}:14268`, false],
      ['jaeger-thrift-compact', 'udp', `${DIST}:6831`, false],
      ['jaeger-thrift-binary', 'udp', `${DIST}:6832`, false],
      ['zipkin', 'http', `http://${DIST}:9411`, false],
    ]);
  });

  it('gateway disabled: standard request paths, no tenant header without tenants', () => {
    const byId = Object.fromEntries(ingestionEndpoints(make()).map((e) => [e.id, e]));
    expect(byId['otlp-http']).toMatchObject({ path: '/v1/traces', port: 4318, via: 'distributor' });
    expect(byId['jaeger-thrift-http'].path).toBe('/api/traces');
    expect(byId['zipkin'].path).toBe('/api/v2/spans');
    expect(byId['otlp-grpc']).not.toHaveProperty('path');
    expect(byId['otlp-grpc']).not.toHaveProperty('requiresTenantHeader');
  });

  it('distributor receiver TLS switches HTTP to https (UDP stays plain)', () => {
    const endpoints = ingestionEndpoints(
      make({ template: { distributor: { tls: { enabled: true } } } }),
    );
    const byId = Object.fromEntries(endpoints.map((e) => [e.id, e]));
    expect(byId['otlp-http'].url).toBe(`https://${DIST}:4318`);
    expect(byId['otlp-grpc'].tls).toBe(true);
    expect(byId['zipkin'].url).toBe(`https://${DIST}:9411`);
    expect(byId['jaeger-thrift-compact'].tls).toBe(false);
  });

  it('tenants without gateway make Tempo multi-tenant: header required', () => {
    const endpoints = ingestionEndpoints(make({ tenants: { mode: 'static' } }));
    expect(endpoints.every((e) => e.requiresTenantHeader === true)).toBe(true);
  });

  it('gateway in openshift mode: OTLP gRPC 8090 and OTLP HTTP per tenant over TLS', () => {
    expect(ingestionEndpoints(seed('tempostack-resources.yaml'))).toEqual([
      {
        id: 'otlp-grpc',
        protocol: 'grpc',
        url: `${GW}:8090`,
        port: 8090,
        tls: true,
        via: 'gateway',
        requiresTenantHeader: true,
        authentication: 'openshift-token',
      },
      {
        id: 'otlp-http',
        protocol: 'http',
        url: `https://${GW}:8080/api/traces/v1/dev`,
        port: 8080,
        tls: true,
        via: 'gateway',
        path: '/v1/traces',
        tenant: 'dev',
        requiresTenantHeader: true,
        authentication: 'openshift-token',
      },
      {
        id: 'otlp-http',
        protocol: 'http',
        url: `https://${GW}:8080/api/traces/v1/prod`,
        port: 8080,
        tls: true,
        via: 'gateway',
        path: '/v1/traces',
        tenant: 'prod',
        requiresTenantHeader: true,
        authentication: 'openshift-token',
      },
    ]);
  });

  it('gateway in static mode: plain listeners, OIDC tokens, tenant names URL-encoded', () => {
    const endpoints = ingestionEndpoints(staticGateway);
    expect(endpoints.map((e) => [e.url, e.tls, e.authentication])).toEqual([
      ['tempo-simplest-gateway.obs.svc.cluster.local:8090', false, 'oidc-token'],
      [
        'http://tempo-simplest-gateway.obs.svc.cluster.local:8080/api/traces/v1/team%20a',
        false,
        'oidc-token',
      ],
    ]);
  });

  it('gateway TLS follows openshift mode and the serving-certs gate', () => {
    const stack = seed('tempostack-resources.yaml');
    expect(gatewayServesTLS(stack)).toBe(true);
    expect(gatewayServesTLS(stack, { openshift: true, servingCertsService: false })).toBe(false);
    expect(gatewayServesTLS(staticGateway)).toBe(false);
  });
});

describe('queryEndpoints', () => {
  it('gateway disabled, no Jaeger: only the Tempo API', () => {
    expect(queryEndpoints(make())).toEqual([
      {
        id: 'tempo-api',
        protocol: 'http',
        url: `http://${QF}:3200`,
        port: 3200,
        tls: false,
        via: 'query-frontend',
      },
    ]);
  });

  it('gateway disabled with Jaeger: UI 16686 and gRPC 16685', () => {
    const endpoints = queryEndpoints(seed('compatibility.yaml'));
    const qf = 'tempo-simplest-query-frontend.chainsaw-compatibility.svc.cluster.local';
    expect(endpoints.map((e) => [e.id, e.url])).toEqual([
      ['tempo-api', `http://${qf}:3200`],
      ['jaeger-ui', `http://${qf}:16686`],
      ['jaeger-grpc', `${qf}:16685`],
    ]);
  });

  it('tenants without gateway require the tenant header', () => {
    expect(queryEndpoints(make({ tenants: {} }))[0].requiresTenantHeader).toBe(true);
  });

  it('gateway: per tenant Tempo API and Jaeger UI', () => {
    expect(
      queryEndpoints(seed('tempostack-resources.yaml')).map((e) => [e.id, e.tenant, e.url]),
    ).toEqual([
      ['tempo-api', 'dev', `https://${GW}:8080/api/traces/v1/dev/tempo`],
      ['jaeger-ui', 'dev', `https://${GW}:8080/api/traces/v1/dev/search`],
      ['tempo-api', 'prod', `https://${GW}:8080/api/traces/v1/prod/tempo`],
      ['jaeger-ui', 'prod', `https://${GW}:8080/api/traces/v1/prod/search`],
    ]);
    expect(queryEndpoints(staticGateway).map((e) => e.id)).toEqual(['tempo-api']);
  });
});

describe('jaegerUiUrl', () => {
  const admitted = (host: string) => ({
    host,
    conditions: [{ type: 'Admitted', status: 'True' }],
  });
  const routeSeed = seed('route.yaml');
  const route = (r: RouteLike): RouteLike => ({
    metadata: { name: 'tempo-simplest-query-frontend' },
    ...r,
  });

  it('Route: admitted host, https for reencrypt', () => {
    expect(
      jaegerUiUrl(
        routeSeed,
        route({
          spec: { host: 'example.com', tls: { termination: 'reencrypt' } },
          status: { ingress: [admitted('example.com')] },
        }),
      ),
    ).toEqual({ url: 'https://example.com/', source: 'route' });
  });

  it.each<[string, RouteLike, string | undefined]>([
    [
      'spec host when none admitted',
      {
        spec: { host: 'a.example.com', tls: { termination: 'edge' } },
        status: { ingress: [{ host: 'x', conditions: [{ type: 'Admitted', status: 'False' }] }] },
      },
      'https://a.example.com/',
    ],
    [
      'admitted host wins over spec host',
      {
        spec: { host: 'a.example.com', tls: { termination: 'edge' } },
        status: { ingress: [admitted('b.example.com')] },
      },
      'https://b.example.com/',
    ],
    [
      'passthrough is https',
      { spec: { host: 'a.example.com', tls: { termination: 'passthrough' } } },
      'https://a.example.com/',
    ],
    [
      'insecure is http',
      { spec: { host: 'a.example.com', tls: { termination: 'insecure' } } },
      'http://a.example.com/',
    ],
    ['no tls is http', { spec: { host: 'a.example.com', tls: null } }, 'http://a.example.com/'],
    ['no host yet', { spec: {} }, undefined],
    [
      'markup in host',
      { spec: { host: 'a.com"><script>', tls: { termination: 'edge' } } },
      undefined,
    ],
    ['host with a path', { spec: { host: 'evil.com/x?' } }, undefined],
    ['another route', { metadata: { name: 'other' }, spec: { host: 'a.example.com' } }, undefined],
  ])('Route: %s', (_label, r, expected) => {
    expect(jaegerUiUrl(routeSeed, route(r))?.url).toBe(expected);
  });

  it('Route expected but not passed', () => {
    expect(jaegerUiUrl(routeSeed)).toBeUndefined();
  });

  const ingressSeed = seed('compatibility.yaml');
  it.each<[string, IngressLike, string | undefined]>([
    [
      'rule host without tls',
      { spec: { rules: [{ host: 'jaeger.example.com' }] } },
      'http://jaeger.example.com/',
    ],
    [
      'rule host with matching tls',
      {
        spec: { rules: [{ host: 'jaeger.example.com' }], tls: [{ hosts: ['jaeger.example.com'] }] },
      },
      'https://jaeger.example.com/',
    ],
    [
      'tls for another host',
      {
        spec: { rules: [{ host: 'jaeger.example.com' }], tls: [{ hosts: ['other.example.com'] }] },
      },
      'http://jaeger.example.com/',
    ],
    [
      'tls without hosts covers all',
      { spec: { rules: [{ host: 'jaeger.example.com' }], tls: [{ secretName: 'x' }] } },
      'https://jaeger.example.com/',
    ],
    [
      'load balancer hostname',
      {
        spec: { rules: [{}] },
        status: { loadBalancer: { ingress: [{ hostname: 'lb.example.com' }] } },
      },
      'http://lb.example.com/',
    ],
    [
      'load balancer IPv4',
      { status: { loadBalancer: { ingress: [{ ip: '10.0.0.7' }] } } },
      'http://10.0.0.7/',
    ],
    [
      'load balancer IPv6',
      { status: { loadBalancer: { ingress: [{ ip: 'fd00::7' }] } } },
      'http://[fd00::7]/',
    ],
    ['no host at all', { spec: {} }, undefined],
    [
      'another ingress',
      { metadata: { name: 'other' }, spec: { rules: [{ host: 'a.com' }] } },
      undefined,
    ],
  ])('Ingress: %s', (_label, ingress, expected) => {
    expect(jaegerUiUrl(ingressSeed, undefined, ingress)?.url).toBe(expected);
  });

  it('Ingress source', () => {
    expect(
      jaegerUiUrl(ingressSeed, undefined, { spec: { rules: [{ host: 'j.example.com' }] } })?.source,
    ).toBe('ingress');
    expect(jaegerUiUrl(ingressSeed)).toBeUndefined();
  });

  it('gateway Route: one URL per tenant', () => {
    const link = jaegerUiUrl(seed('tempostack-resources.yaml'), {
      metadata: { name: 'tempo-tmrs-gateway' },
      spec: { host: 'gw.apps.example.com', tls: { termination: 'reencrypt' } },
    });
    expect(link).toEqual({
      url: 'https://gw.apps.example.com/api/traces/v1/dev/search',
      source: 'gateway-route',
      perTenant: [
        { tenant: 'dev', url: 'https://gw.apps.example.com/api/traces/v1/dev/search' },
        { tenant: 'prod', url: 'https://gw.apps.example.com/api/traces/v1/prod/search' },
      ],
    });
  });

  it('gateway Ingress: per tenant, tenant names encoded', () => {
    const stack = make({
      tenants: {
        mode: 'static',
        authentication: [{ tenantName: 'a/b', tenantId: '1', oidc: {} }],
      },
      template: {
        gateway: { enabled: true, ingress: { type: 'ingress' } },
        queryFrontend: { jaegerQuery: { enabled: true } },
      },
    });
    expect(
      jaegerUiUrl(stack, undefined, { spec: { rules: [{ host: 'gw.example.com' }] } }),
    ).toEqual({
      url: 'http://gw.example.com/api/traces/v1/a%2Fb/search',
      source: 'gateway-ingress',
      perTenant: [{ tenant: 'a/b', url: 'http://gw.example.com/api/traces/v1/a%2Fb/search' }],
    });
  });

  it.each<[string, TempoStack]>([
    [
      'Jaeger Query disabled',
      make({ template: { queryFrontend: { jaegerQuery: { ingress: { type: 'route' } } } } }),
    ],
    ['no ingress type', make({ template: { queryFrontend: { jaegerQuery: { enabled: true } } } })],
    [
      'gateway without tenants',
      make({
        tenants: { mode: 'openshift' },
        template: { gateway: { enabled: true }, queryFrontend: { jaegerQuery: { enabled: true } } },
      }),
    ],
  ])('no link: %s', (_label, stack) => {
    expect(
      jaegerUiUrl(
        stack,
        { spec: { host: 'a.example.com' } },
        { spec: { rules: [{ host: 'a.com' }] } },
      ),
    ).toBeUndefined();
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/path?q=1#frag', 'http://example.com/path?q=1#frag'],
    ['HTTPS://EXAMPLE.com/A', 'https://example.com/A'],
    ['https://[::1]:8080/x', 'https://[::1]:8080/x'],
    ['http://10.0.0.1:8080', 'http://10.0.0.1:8080/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
    ['https://example.com?x=<y>', 'https://example.com/?x=%3Cy%3E'],
  ])('accepts %j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['javascript:', 'javascript:alert(1)'],
    ['uppercase JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
    ['leading space', ' javascript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['NUL byte', 'https://example.com\u0000'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.com'],
    ['protocol-relative', '//evil.com'],
    ['scheme without slashes', 'https:evil.com'],
    ['one slash', 'https:/evil.com'],
    ['backslashes', 'https:\\\\evil.com'],
    ['backslash before @', 'https://evil.com\\@good.com'],
    ['credentials', 'https://user:pw@host.com'],
    ['space in host', 'https://exa mple.com'],
    ['leading space before https', ' https://example.com'],
    ['trailing newline', 'https://example.com\n'],
    ['space in path', 'https://example.com/a b'],
    ['< > in host', 'https://<script>.com'],
    ['double quote in host', 'https://a"b.com'],
    ['single quote in host', "https://a'b.com"],
    ['backtick in host', 'https://a`b.com'],
    ['percent-encoded markup in host', 'https://%3Cscript%3E.com'],
    ['percent-encoded space in host', 'https://exa%20mple.com'],
    ['line separator', '\u2028https://x.com'],
    ['zero-width space', 'https://x.com/\u200b'],
    ['empty host', 'https://'],
    ['port without host', 'https://:80'],
    ['invalid port', 'https://example.com:99999'],
    ['empty string', ''],
    ['number', 42],
    ['null', null],
    ['undefined', undefined],
    ['object', { href: 'https://example.com' }],
    ['too long', `https://example.com/${'a'.repeat(5000)}`],
  ])('rejects %s', (_label, input) => {
    expect(safeHttpUrl(input)).toBeUndefined();
  });
});
