/**
 * The containers of a TempoStack's pods as the operator renders them: image (CR override or the
 * bundle default), args, ports (domain core), readiness probes, volume mounts, storage credential
 * env vars, `GOMEMLIMIT`, and resources exactly as `computeAllocation` computes them.
 */
import type { Allocation, AllocatedResourceList } from '../../src/tempostack/allocation';
import type { ExpectedContainer } from '../../src/tempostack/inventory';
import { serviceFqdn, objectName } from '../../src/tempostack/naming';
import type { Component, TempoStack } from '../../src/tempostack/types';
import {
  isGatewayEnabled,
  isJaegerQueryEnabled,
  tenantNames,
} from '../../src/tempostack/effective-spec';
import type { Container } from '../controllers/kube-types';
import { DEFAULT_IMAGES } from './constants';

/** What the container builder needs besides the stack. */
export interface ContainerContext {
  stack: TempoStack;
  allocation: Allocation;
  /** Storage secret name and type, for the credential env vars. */
  storage: { secretName: string; type: 's3' | 'azure' | 'gcs' };
}

const SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  readOnlyRootFilesystem: true,
};

const list = (amounts: AllocatedResourceList): Record<string, string> =>
  Object.fromEntries(Object.entries(amounts).flatMap(([k, v]) => (v ? [[k, v.canonical]] : [])));

/** `resources` and the `GOMEMLIMIT` env var of one container, from the allocation. */
export const allocatedResources = (
  allocation: Allocation,
  component: Component,
  container: string,
): { resources: Container['resources']; env: { name: string; value: string }[] } => {
  const found = allocation.containers.find(
    (c) => c.component === component && c.container === container,
  );
  if (!found) return { resources: {}, env: [] };
  const resources: NonNullable<Container['resources']> = {};
  if (Object.keys(found.limits).length > 0) resources.limits = list(found.limits);
  if (Object.keys(found.requests).length > 0) resources.requests = list(found.requests);
  const env =
    found.gomemlimitBytes !== undefined
      ? [{ name: 'GOMEMLIMIT', value: String(found.gomemlimitBytes) }]
      : [];
  return { resources, env };
};

const storageEnv = (ctx: ContainerContext): Record<string, unknown>[] => {
  const ref = (key: string) => ({ secretKeyRef: { name: ctx.storage.secretName, key } });
  switch (ctx.storage.type) {
    case 's3':
      return [
        { name: 'S3_SECRET_KEY', valueFrom: ref('access_key_secret') },
        { name: 'S3_ACCESS_KEY', valueFrom: ref('access_key_id') },
      ];
    case 'azure':
      return [
        { name: 'AZURE_ACCOUNT_NAME', valueFrom: ref('account_name') },
        { name: 'AZURE_ACCOUNT_KEY', valueFrom: ref('account_key') },
      ];
    case 'gcs':
      return [{ name: 'GOOGLE_APPLICATION_CREDENTIALS', value: '/etc/storage/secrets/key.json' }];
  }
};

const STORAGE_COMPONENTS: readonly Component[] = [
  'ingester',
  'querier',
  'compactor',
  'query-frontend',
];

const tempoArgs = (component: Component): string[] =>
  component === 'query-frontend'
    ? [
        '-target=query-frontend',
        '-config.file=/conf/tempo-query-frontend.yaml',
        '-mem-ballast-size-mbs=1024',
        '-log.level=info',
        '-config.expand-env=true',
      ]
    : [
        `-target=${component}`,
        '-config.file=/conf/tempo.yaml',
        '-log.level=info',
        '-config.expand-env=true',
      ];

const tempoContainer = (
  ctx: ContainerContext,
  component: Component,
  expected: ExpectedContainer,
): Container => {
  const name = ctx.stack.metadata.name ?? '';
  const { resources, env } = allocatedResources(ctx.allocation, component, 'tempo');
  const https = component !== 'query-frontend' || isGatewayEnabled(ctx.stack);
  const mounts = [
    { name: 'tempo-conf', mountPath: '/conf', readOnly: true },
    component === 'ingester'
      ? { name: 'data', mountPath: '/var/tempo' }
      : { name: 'tempo-tmp-storage', mountPath: '/var/tempo' },
    { name: `tempo-${name}-ca-bundle`, mountPath: '/var/run/ca' },
    { name: `${objectName(name, component)}-mtls`, mountPath: '/var/run/tls/server' },
  ];
  if (STORAGE_COMPONENTS.includes(component) && ctx.storage.type === 'gcs') {
    mounts.push({ name: 'storage', mountPath: '/etc/storage/secrets', readOnly: true });
  }
  return {
    name: 'tempo',
    image: ctx.stack.spec.images?.tempo || DEFAULT_IMAGES.tempo,
    args: tempoArgs(component),
    ports: expected.ports.map((p) => ({
      name: p.name,
      containerPort: p.port,
      protocol: p.protocol,
    })),
    env: [
      ...(STORAGE_COMPONENTS.includes(component) ? storageEnv(ctx) : []),
      ...env,
    ] as Container['env'],
    readinessProbe: {
      httpGet: https
        ? { path: '/ready', port: 3101, scheme: 'HTTPS' }
        : { path: '/ready', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 15,
      timeoutSeconds: 1,
    },
    resources,
    securityContext: SECURITY_CONTEXT,
    volumeMounts: mounts,
  };
};

const sidecar = (
  ctx: ContainerContext,
  component: Component,
  expected: ExpectedContainer,
  image: string,
  args: string[],
  probe: Record<string, unknown> | undefined,
  mounts: Record<string, unknown>[],
): Container => {
  const { resources, env } = allocatedResources(ctx.allocation, component, expected.name);
  return {
    name: expected.name,
    image,
    args,
    ports: expected.ports.map((p) => ({
      name: p.name,
      containerPort: p.port,
      protocol: p.protocol,
    })),
    ...(env.length > 0 ? { env } : {}),
    ...(probe ? { readinessProbe: probe } : {}),
    resources,
    securityContext: SECURITY_CONTEXT,
    volumeMounts: mounts,
  };
};

/** One container of a component's pod, as rendered by the operator. */
export const buildContainer = (
  ctx: ContainerContext,
  component: Component,
  expected: ExpectedContainer,
): Container => {
  const { stack } = ctx;
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  const images = stack.spec.images ?? {};
  const jaeger = stack.spec.template?.queryFrontend?.jaegerQuery;
  const timeout = stack.spec.timeout ?? '30s';
  switch (expected.name) {
    case 'tempo':
      return tempoContainer(ctx, component, expected);
    case 'jaeger-query':
      return sidecar(
        ctx,
        component,
        expected,
        images.jaegerQuery || DEFAULT_IMAGES.jaegerQuery,
        [
          '--query.base-path=/',
          '--span-storage.type=grpc',
          '--grpc-storage.server=localhost:7777',
          '--query.bearer-token-propagation=true',
          ...(stack.spec.tenants
            ? ['--multi-tenancy.enabled=true', '--multi-tenancy.header=x-scope-orgid']
            : []),
        ],
        { httpGet: { path: '/', port: 16687, scheme: 'HTTP' } },
        [{ name: 'tempo-tmp-storage-query', mountPath: '/tmp' }],
      );
    case 'tempo-query':
      return sidecar(
        ctx,
        component,
        expected,
        images.tempoQuery || DEFAULT_IMAGES.tempoQuery,
        ['-config=/conf/tempo-query.yaml'],
        { grpc: { port: 7777 }, initialDelaySeconds: 5 },
        [{ name: 'tempo-conf', mountPath: '/conf', readOnly: true }],
      );
    case 'oauth-proxy':
      return sidecar(
        ctx,
        component,
        expected,
        images.oauthProxy || DEFAULT_IMAGES.oauthProxy,
        [
          '--cookie-secret-file=/var/run/secrets/kubernetes.io/serviceaccount/token',
          '--https-address=:8443',
          `--openshift-service-account=${objectName(name, 'query-frontend')}`,
          '--provider=openshift',
          `--tls-cert=/etc/tls/private/tls.crt`,
          `--tls-key=/etc/tls/private/tls.key`,
          '--upstream=http://localhost:16686',
          `--upstream-timeout=${timeout}`,
          ...(jaeger?.authentication?.sar ? [`--openshift-sar=${jaeger.authentication.sar}`] : []),
        ],
        {
          httpGet: { path: '/oauth/healthz', port: 8443, scheme: 'HTTPS' },
          initialDelaySeconds: 15,
          timeoutSeconds: 1,
        },
        [{ name: `${name}-ui-oauth-proxy-tls`, mountPath: '/etc/tls/private' }],
      );
    case 'tempo-gateway': {
      const scheme = 'https';
      return sidecar(
        ctx,
        component,
        expected,
        images.tempoGateway || DEFAULT_IMAGES.tempoGateway,
        [
          '--traces.tenant-header=x-scope-orgid',
          '--web.listen=0.0.0.0:8080',
          '--web.internal.listen=0.0.0.0:8081',
          `--traces.write.otlpgrpc.endpoint=${serviceFqdn(name, ns, 'distributor')}:4317`,
          `--traces.write.otlphttp.endpoint=${scheme}://${serviceFqdn(name, ns, 'distributor')}:4318`,
          `--traces.write-timeout=${timeout}`,
          `--traces.tempo.endpoint=${scheme}://${serviceFqdn(name, ns, 'query-frontend')}:3200`,
          '--grpc.listen=0.0.0.0:8090',
          '--rbac.config=/etc/tempo-gateway/cm/rbac.yaml',
          '--tenants.config=/etc/tempo-gateway/secret/tenants.yaml',
          '--log.level=info',
          ...(isJaegerQueryEnabled(stack)
            ? [
                `--traces.read.endpoint=${scheme}://${serviceFqdn(name, ns, 'query-frontend')}:16686`,
              ]
            : []),
        ],
        {
          httpGet: { path: '/ready', port: 8081, scheme: 'HTTP' },
          initialDelaySeconds: 15,
          timeoutSeconds: 1,
        },
        [
          { name: 'rbac', mountPath: '/etc/tempo-gateway/cm', readOnly: true },
          {
            name: 'tenant',
            mountPath: '/etc/tempo-gateway/secret/tenants.yaml',
            subPath: 'tenants.yaml',
            readOnly: true,
          },
        ],
      );
    }
    case 'tempo-gateway-opa':
      return sidecar(
        ctx,
        component,
        expected,
        DEFAULT_IMAGES.tempoGatewayOpa,
        [
          '--log.level=warn',
          '--web.listen=:8082',
          '--web.internal.listen=:8083',
          '--web.healthchecks.url=http://localhost:8082',
          '--opa.package=tempostack',
          '--opa.ssar',
          ...tenantNames(stack).map((t) => `--openshift.mappings=${t}=tempo.grafana.com`),
        ],
        {
          httpGet: { path: '/ready', port: 8083, scheme: 'HTTP' },
          initialDelaySeconds: 15,
          timeoutSeconds: 1,
        },
        [],
      );
  }
};
