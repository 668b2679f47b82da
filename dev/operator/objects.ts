/**
 * The non-workload objects of a TempoStack built from the domain core's inventory: Services,
 * PodDisruptionBudgets, Routes, Ingresses, NetworkPolicies, ConfigMaps, Secrets (gateway config,
 * built-in CA and mTLS certificates with placeholder PEM), ServiceAccounts, RBAC and monitoring
 * objects. Names, labels and annotations come from the inventory unchanged.
 */
import type { ExpectedObject } from '../../src/tempostack/inventory';
import { objectName } from '../../src/tempostack/naming';
import type { KubeObject } from '../cluster/api';
import { encodeSecretData } from './secret-data';
import { gatewayRbac, gatewayTenants } from './gateway-config';
import type { ManifestContext } from './manifest-context';
import { buildNetworkPolicy } from './network-policies';

const meta = (
  e: ExpectedObject,
  extraAnnotations: Record<string, string> = {},
): KubeObject['metadata'] => {
  const annotations = { ...e.annotations, ...extraAnnotations };
  return {
    name: e.name,
    ...(e.namespace ? { namespace: e.namespace } : {}),
    labels: { ...e.labels },
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
};

const service = (e: ExpectedObject): KubeObject => {
  const svc = e.service;
  if (!svc) throw new Error(`${e.name} has no service spec`);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(e),
    spec: {
      ...(svc.headless ? { clusterIP: 'None' } : {}),
      ports: svc.ports.map((p) => ({
        name: p.name,
        port: p.port,
        protocol: p.protocol,
        targetPort: p.targetPort,
      })),
      ...(svc.publishNotReadyAddresses ? { publishNotReadyAddresses: true } : {}),
      selector: svc.selector,
      type: 'ClusterIP',
    },
  };
};

const route = (e: ExpectedObject): KubeObject => {
  const r = e.route;
  if (!r) throw new Error(`${e.name} has no route spec`);
  return {
    apiVersion: 'route.openshift.io/v1',
    kind: 'Route',
    metadata: meta(e),
    spec: {
      ...(r.host ? { host: r.host } : {}),
      to: { kind: 'Service', name: r.to, weight: 100 },
      port: { targetPort: r.targetPort },
      ...(r.termination ? { tls: { termination: r.termination } } : {}),
      wildcardPolicy: 'None',
    },
  };
};

const ingress = (e: ExpectedObject): KubeObject => {
  const i = e.ingress;
  if (!i) throw new Error(`${e.name} has no ingress spec`);
  const backend = { service: { name: i.backendService, port: { name: i.backendPort } } };
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta(e),
    spec: {
      ...(i.ingressClassName ? { ingressClassName: i.ingressClassName } : {}),
      ...(i.host
        ? {
            rules: [
              { host: i.host, http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } },
            ],
          }
        : { defaultBackend: backend }),
    },
  };
};

const tlsSecret = (e: ExpectedObject, ctx: ManifestContext, cn: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: meta(e, {
    'tempo.grafana.com/certificate-issuer': `${ctx.stack.metadata.namespace ?? ''}_tempo-${ctx.stack.metadata.name ?? ''}-signing-ca`,
  }),
  type: 'kubernetes.io/tls',
  data: encodeSecretData({ 'tls.crt': ctx.pem.cert(cn), 'tls.key': ctx.pem.key }),
});

const configMap = (e: ExpectedObject, data: Record<string, string> | undefined): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: meta(e),
  ...(data ? { data } : {}),
});

const rbac = (e: ExpectedObject, ctx: ManifestContext): KubeObject => {
  const name = ctx.stack.metadata.name ?? '';
  const ns = ctx.stack.metadata.namespace ?? '';
  const base = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: e.kind, metadata: meta(e) };
  switch (e.kind) {
    case 'ClusterRole':
      return {
        ...base,
        rules: [
          { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
          {
            apiGroups: ['authorization.k8s.io'],
            resources: ['subjectaccessreviews'],
            verbs: ['create'],
          },
        ],
      };
    case 'ClusterRoleBinding':
      return {
        ...base,
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: e.name },
        subjects: [{ kind: 'ServiceAccount', name: objectName(name, 'gateway'), namespace: ns }],
      };
    case 'Role':
      return {
        ...base,
        rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods'], verbs: ['get', 'create'] }],
      };
    default:
      return {
        ...base,
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: e.name },
        subjects: [
          { kind: 'ServiceAccount', name: objectName(name, 'query-frontend'), namespace: ns },
        ],
      };
  }
};

/** The object for a non-workload inventory entry the operator creates itself. */
export const buildObject = (ctx: ManifestContext, e: ExpectedObject): KubeObject | undefined => {
  const name = ctx.stack.metadata.name ?? '';
  switch (e.kind) {
    case 'Service':
      return service(e);
    case 'Route':
      return route(e);
    case 'Ingress':
      return ingress(e);
    case 'PodDisruptionBudget':
      return {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: meta(e),
        spec: {
          maxUnavailable: e.pdb?.maxUnavailable ?? 1,
          selector: { matchLabels: e.pdb?.selector ?? {} },
        },
      };
    case 'NetworkPolicy':
      return buildNetworkPolicy(ctx, e, meta(e));
    case 'ServiceAccount':
      return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(e) };
    case 'ConfigMap':
      if (e.name === objectName(name)) return configMap(e, ctx.configData);
      if (e.name === objectName(name, 'gateway'))
        return configMap(e, { 'rbac.yaml': gatewayRbac(ctx) });
      if (e.name === `tempo-${name}-ca-bundle`)
        return configMap(e, { 'service-ca.crt': ctx.pem.ca });
      return configMap(e, undefined); // service-ca injects the bundle
    case 'Secret':
      if (e.name === objectName(name, 'gateway')) {
        return {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: meta(e),
          type: 'Opaque',
          data: encodeSecretData({ 'tenants.yaml': gatewayTenants(ctx) }),
        };
      }
      return tlsSecret(e, ctx, e.name.replace(/-mtls$/, ''));
    case 'Role':
    case 'RoleBinding':
    case 'ClusterRole':
    case 'ClusterRoleBinding':
      return rbac(e, ctx);
    case 'ServiceMonitor':
      return {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: meta(e),
        spec: {
          endpoints: [
            {
              port: e.component === 'gateway' ? 'internal' : 'http',
              path: '/metrics',
              scheme: 'https',
            },
          ],
          namespaceSelector: { matchNames: [ctx.stack.metadata.namespace ?? ''] },
          selector: { matchLabels: { ...e.labels } },
        },
      };
    case 'PrometheusRule':
      return {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: meta(e),
        spec: { groups: [] },
      };
    default:
      return undefined; // GrafanaDatasource, CredentialsRequest: not served by the simulator.
  }
};
