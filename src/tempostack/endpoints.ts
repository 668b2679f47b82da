/**
 * In-cluster ingestion and query endpoints of a TempoStack, the browser URL of its Jaeger UI,
 * and the URL check every rendered link goes through (components-and-naming.md §4–§5).
 */
import type { TempoStack } from './types';
import type { OperatorFeatures } from './effective-spec';
import {
  effectiveStack,
  isDistributorTLSEnabled,
  isGatewayEnabled,
  isJaegerQueryEnabled,
  resolveOperatorFeatures,
  tenantMode,
  tenantNames,
} from './effective-spec';
import { objectName, serviceFqdn } from './naming';
import { PORTS } from './ports';

/** Header carrying the tenant on multi-tenant Tempo requests. */
export const TENANT_HEADER = 'X-Scope-OrgID';

/** Transport of an endpoint. */
export type EndpointTransport = 'grpc' | 'http' | 'udp';

/** Ingestion protocols. */
export type IngestionEndpointId =
  | 'otlp-grpc'
  | 'otlp-http'
  | 'jaeger-grpc'
  | 'jaeger-thrift-http'
  | 'jaeger-thrift-compact'
  | 'jaeger-thrift-binary'
  | 'zipkin';

/** Query interfaces. */
export type QueryEndpointId = 'tempo-api' | 'jaeger-ui' | 'jaeger-grpc';

/** How a client authenticates at the gateway: OpenShift bearer token or an OIDC token. */
export type GatewayAuthentication = 'openshift-token' | 'oidc-token';

/** An in-cluster endpoint. */
export interface Endpoint<Id extends string> {
  id: Id;
  protocol: EndpointTransport;
  /** `host:port` for gRPC/UDP, `scheme://host:port[/path]` for HTTP. */
  url: string;
  port: number;
  /** The server side speaks TLS. */
  tls: boolean;
  /** The Service behind the endpoint. */
  via: 'distributor' | 'gateway' | 'query-frontend';
  /** Request path clients append to `url` (standard for the protocol), when there is one. */
  path?: string;
  /** The tenant this endpoint is for (gateway per-tenant URLs). */
  tenant?: string;
  /** Requests must carry {@link TENANT_HEADER}. */
  requiresTenantHeader?: boolean;
  /** Bearer token the gateway expects (gateway endpoints only). */
  authentication?: GatewayAuthentication;
}

/** An ingestion endpoint. */
export type IngestionEndpoint = Endpoint<IngestionEndpointId>;
/** A query endpoint. */
export type QueryEndpoint = Endpoint<QueryEndpointId>;

/**
 * The gateway's public listeners (8080, 8090) serve TLS only with the OpenShift serving
 * certificate, which the operator configures in `openshift` tenant mode with the
 * servingCertsService gate; otherwise they are plain.
 */
export function gatewayServesTLS(stack: TempoStack, features?: OperatorFeatures): boolean {
  return (
    tenantMode(stack) === 'openshift' &&
    resolveOperatorFeatures(stack, features).servingCertsService
  );
}

function gatewayAuthentication(stack: TempoStack): GatewayAuthentication {
  return tenantMode(stack) === 'openshift' ? 'openshift-token' : 'oidc-token';
}

const scheme = (tls: boolean): string => (tls ? 'https' : 'http');

function tenantPath(tenant: string): string {
  return `/api/traces/v1/${encodeURIComponent(tenant)}`;
}

/**
 * Where applications send spans. Gateway disabled: the distributor's receivers, TLS only when
 * `template.distributor.tls.enabled` (the receivers' TLS; the mTLS gates do not apply to them
 * without the gateway); with tenants configured Tempo is multi-tenant and needs
 * {@link TENANT_HEADER}. Gateway enabled: OTLP gRPC on 8090 and OTLP HTTP per tenant on 8080.
 */
export function ingestionEndpoints(
  stack: TempoStack,
  features?: OperatorFeatures,
): IngestionEndpoint[] {
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  if (isGatewayEnabled(stack)) {
    const host = serviceFqdn(name, ns, 'gateway');
    const tls = gatewayServesTLS(stack, features);
    const authentication = gatewayAuthentication(stack);
    return [
      {
        id: 'otlp-grpc',
        protocol: 'grpc',
        url: `${host}:${PORTS.gatewayGrpcPublic}`,
        port: PORTS.gatewayGrpcPublic,
        tls,
        via: 'gateway',
        requiresTenantHeader: true,
        authentication,
      },
      ...tenantNames(stack).map((tenant): IngestionEndpoint => ({
        id: 'otlp-http',
        protocol: 'http',
        url: `${scheme(tls)}://${host}:${PORTS.gatewayPublic}${tenantPath(tenant)}`,
        port: PORTS.gatewayPublic,
        tls,
        via: 'gateway',
        path: '/v1/traces',
        tenant,
        requiresTenantHeader: true,
        authentication,
      })),
    ];
  }
  const host = serviceFqdn(name, ns, 'distributor');
  const tls = isDistributorTLSEnabled(stack);
  const multiTenant = stack.spec.tenants !== undefined;
  const endpoint = (
    id: IngestionEndpointId,
    protocol: EndpointTransport,
    port: number,
    path?: string,
  ): IngestionEndpoint => ({
    id,
    protocol,
    url: protocol === 'http' ? `${scheme(tls)}://${host}:${port}` : `${host}:${port}`,
    port,
    tls: protocol === 'udp' ? false : tls,
    via: 'distributor',
    ...(path ? { path } : {}),
    ...(multiTenant ? { requiresTenantHeader: true } : {}),
  });
  return [
    endpoint('otlp-grpc', 'grpc', PORTS.otlpGrpc),
    endpoint('otlp-http', 'http', PORTS.otlpHttp, '/v1/traces'),
    endpoint('jaeger-grpc', 'grpc', PORTS.jaegerGrpcReceiver),
    endpoint('jaeger-thrift-http', 'http', PORTS.thriftHttp, '/api/traces'),
    endpoint('jaeger-thrift-compact', 'udp', PORTS.thriftCompact),
    endpoint('jaeger-thrift-binary', 'udp', PORTS.thriftBinary),
    endpoint('zipkin', 'http', PORTS.zipkin, '/api/v2/spans'),
  ];
}

/**
 * Where clients query traces. Gateway disabled: Tempo API on the query-frontend (plain HTTP,
 * 3200) and, with Jaeger Query enabled, its UI (16686) and gRPC API (16685). Gateway enabled:
 * per tenant, Tempo API at `…:8080/api/traces/v1/<tenant>/tempo` and (with Jaeger Query) the
 * Jaeger UI at `…/api/traces/v1/<tenant>/search`.
 */
export function queryEndpoints(stack: TempoStack, features?: OperatorFeatures): QueryEndpoint[] {
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  const jaeger = isJaegerQueryEnabled(stack);
  if (isGatewayEnabled(stack)) {
    const host = serviceFqdn(name, ns, 'gateway');
    const tls = gatewayServesTLS(stack, features);
    const authentication = gatewayAuthentication(stack);
    const base = `${scheme(tls)}://${host}:${PORTS.gatewayPublic}`;
    const endpoints: QueryEndpoint[] = [];
    for (const tenant of tenantNames(stack)) {
      const common = {
        protocol: 'http' as const,
        port: PORTS.gatewayPublic,
        tls,
        via: 'gateway' as const,
        tenant,
        authentication,
      };
      endpoints.push({ id: 'tempo-api', url: `${base}${tenantPath(tenant)}/tempo`, ...common });
      if (jaeger) {
        endpoints.push({ id: 'jaeger-ui', url: `${base}${tenantPath(tenant)}/search`, ...common });
      }
    }
    return endpoints;
  }
  const host = serviceFqdn(name, ns, 'query-frontend');
  const multiTenant = stack.spec.tenants !== undefined ? { requiresTenantHeader: true } : {};
  const endpoints: QueryEndpoint[] = [
    {
      id: 'tempo-api',
      protocol: 'http',
      url: `http://${host}:${PORTS.http}`,
      port: PORTS.http,
      tls: false,
      via: 'query-frontend',
      ...multiTenant,
    },
  ];
  if (jaeger) {
    endpoints.push(
      {
        id: 'jaeger-ui',
        protocol: 'http',
        url: `http://${host}:${PORTS.jaegerUi}`,
        port: PORTS.jaegerUi,
        tls: false,
        via: 'query-frontend',
        ...multiTenant,
      },
      {
        id: 'jaeger-grpc',
        protocol: 'grpc',
        url: `${host}:${PORTS.jaegerQueryGrpc}`,
        port: PORTS.jaegerQueryGrpc,
        tls: false,
        via: 'query-frontend',
        ...multiTenant,
      },
    );
  }
  return endpoints;
}

/** The fields of an OpenShift Route the plugin reads. */
export interface RouteLike {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    host?: string;
    tls?: { termination?: string } | null;
  };
  status?: {
    ingress?: {
      host?: string;
      routerName?: string;
      conditions?: { type: string; status: string }[];
    }[];
  };
}

/** The fields of a networking.k8s.io/v1 Ingress the plugin reads. */
export interface IngressLike {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    rules?: { host?: string }[];
    tls?: { hosts?: string[]; secretName?: string }[];
  };
  status?: {
    loadBalancer?: { ingress?: { hostname?: string; ip?: string }[] };
  };
}

/** Where the Jaeger UI link comes from. */
export type JaegerUiSource = 'route' | 'ingress' | 'gateway-route' | 'gateway-ingress';

/** The browser URL of the Jaeger UI. */
export interface JaegerUiLink {
  url: string;
  source: JaegerUiSource;
  /** Gateway variants: one URL per tenant (`url` is the first tenant's). */
  perTenant?: { tenant: string; url: string }[];
}

const TLS_TERMINATIONS = new Set(['edge', 'reencrypt', 'passthrough']);

function routeHost(route: RouteLike): string | undefined {
  const admitted = (route.status?.ingress ?? []).find((i) =>
    (i.conditions ?? []).some((c) => c.type === 'Admitted' && c.status === 'True'),
  );
  return admitted?.host || route.spec?.host || undefined;
}

function ingressHost(ingress: IngressLike): string | undefined {
  const ruleHost = ingress.spec?.rules?.find((r) => r.host)?.host;
  if (ruleHost) return ruleHost;
  const lb = ingress.status?.loadBalancer?.ingress?.[0];
  return lb?.hostname || lb?.ip || undefined;
}

function ingressHasTLS(ingress: IngressLike, host: string): boolean {
  return (ingress.spec?.tls ?? []).some(
    (t) => !t.hosts || t.hosts.length === 0 || t.hosts.includes(host),
  );
}

const HOSTNAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;

/** `scheme://host` for a plain host name or IP, or `undefined` for anything else. */
function origin(tls: boolean, host: string): string | undefined {
  if (HOSTNAME.test(host)) return `${scheme(tls)}://${host}`;
  if (host.includes(':') && IPV6.test(host)) return `${scheme(tls)}://[${host}]`;
  return undefined;
}

/**
 * The Jaeger UI URL for the browser, or `undefined` when the stack exposes none (Jaeger Query
 * disabled, no route/ingress configured, object not passed, no host yet, or an unsafe host).
 *
 * Gateway disabled: the query-frontend Route (`jaegerQuery.ingress.type: route`) or Ingress
 * (`ingress`), URL `http(s)://<host>/`. Gateway enabled: the gateway Route/Ingress, one URL per
 * tenant `http(s)://<host>/api/traces/v1/<tenant>/search`. Route host: the first admitted
 * `status.ingress[].host`, else `spec.host`; https when `spec.tls.termination` is edge, reencrypt
 * or passthrough. Ingress host: first rule host, else the load balancer's hostname/IP; https when
 * a `tls` entry covers the host (an entry without hosts covers all).
 */
export function jaegerUiUrl(
  stack: TempoStack,
  route?: RouteLike,
  ingress?: IngressLike,
): JaegerUiLink | undefined {
  if (!isJaegerQueryEnabled(stack)) return undefined;
  const name = stack.metadata.name ?? '';
  const gateway = isGatewayEnabled(stack);
  const template = effectiveStack(stack).spec.template;
  const type = gateway
    ? template?.gateway?.ingress?.type
    : template?.queryFrontend?.jaegerQuery?.ingress?.type;
  const expectedName = objectName(name, gateway ? 'gateway' : 'query-frontend');

  let root: string | undefined;
  let source: JaegerUiSource;
  if (type === 'route') {
    if (!route || (route.metadata?.name && route.metadata.name !== expectedName)) return undefined;
    const host = routeHost(route);
    const tls = TLS_TERMINATIONS.has(route.spec?.tls?.termination ?? '');
    root = host ? origin(tls, host) : undefined;
    source = gateway ? 'gateway-route' : 'route';
  } else if (type === 'ingress') {
    if (!ingress || (ingress.metadata?.name && ingress.metadata.name !== expectedName)) {
      return undefined;
    }
    const host = ingressHost(ingress);
    root = host ? origin(ingressHasTLS(ingress, host), host) : undefined;
    source = gateway ? 'gateway-ingress' : 'ingress';
  } else {
    return undefined;
  }
  if (!root) return undefined;

  if (!gateway) {
    const url = safeHttpUrl(`${root}/`);
    return url ? { url, source } : undefined;
  }
  const perTenant: { tenant: string; url: string }[] = [];
  for (const tenant of tenantNames(stack)) {
    const url = safeHttpUrl(`${root}${tenantPath(tenant)}/search`);
    if (url) perTenant.push({ tenant, url });
  }
  if (perTenant.length === 0) return undefined;
  return { url: perTenant[0].url, source, perTenant };
}

/** Code-point ranges never allowed in a URL: whitespace, C0/C1 controls, DEL, soft hyphen, Unicode spaces, zero-width, bidi and line/paragraph separators, BOM. */
const UNSAFE_RANGES: readonly [number, number][] = [
  [0x0000, 0x0020],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x1680, 0x1680],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

function hasUnsafeCharacter(value: string): boolean {
  for (const ch of value) {
    if (ch === '\\') return true;
    const cp = ch.codePointAt(0) ?? 0;
    if (UNSAFE_RANGES.some(([from, to]) => cp >= from && cp <= to)) return true;
  }
  return false;
}

/** Characters that must never appear in a rendered host. */
const MARKUP_IN_HOST = /[<>"'`\s%{}|^]/;

/**
 * Returns the normalised URL if `value` is a string that is an absolute `http:` or `https:` URL,
 * else `undefined`. Rejects: other schemes (`javascript:`, `data:`, `vbscript:`, …),
 * protocol-relative and scheme-without-slashes forms, any whitespace or control character anywhere
 * (`java\tscript:`, leading spaces, newlines), backslashes, embedded credentials (`user@host`),
 * empty hosts, and hosts containing markup characters (`<`, `>`, `"`, `'`, backtick, spaces).
 * Every URL the UI renders goes through this.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return undefined;
  if (hasUnsafeCharacter(value)) return undefined;
  if (!/^https?:\/\/[^/]/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '' || MARKUP_IN_HOST.test(url.hostname)) return undefined;
  const authority = value.slice(value.indexOf('//') + 2).split(/[/?#]/, 1)[0];
  if (MARKUP_IN_HOST.test(authority.replace(/^\[[0-9A-Fa-f:.]+\]/, ''))) return undefined;
  return url.href;
}
