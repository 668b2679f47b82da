import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { TempoStack, TempoStackSpec } from './types';
import { expectedObjects } from './inventory';
import type { ExpectedObject } from './inventory';
import type { OperatorFeatures } from './effective-spec';

const SEEDS = '/work/shared/reference/seed-configs';

const seed = (file: string): TempoStack => {
  const docs = parseAllDocuments(readFileSync(`${SEEDS}/${file}`, 'utf8')).map(
    (d) => d.toJS() as { kind?: string },
  );
  const stack = docs.find((d) => d.kind === 'TempoStack');
  if (!stack) throw new Error(`no TempoStack in ${file}`);
  return stack as TempoStack;
};

const make = (spec: Partial<TempoStackSpec> = {}, name = 'simplest'): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, namespace: 'obs' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const ids = (objects: ExpectedObject[]) => objects.map((o) => `${o.kind}/${o.name}`).sort();
const find = (objects: ExpectedObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.name === name);
  if (!found) throw new Error(`${kind}/${name} not in inventory`);
  return found;
};
const has = (objects: ExpectedObject[], kind: string, name: string) =>
  objects.some((o) => o.kind === kind && o.name === name);

const labels = (name: string, component?: string) => ({
  'app.kubernetes.io/name': 'tempo',
  'app.kubernetes.io/instance': name,
  'app.kubernetes.io/managed-by': 'tempo-operator',
  ...(component ? { 'app.kubernetes.io/component': component } : {}),
});

describe('expectedObjects – route seed (Jaeger UI Route, OpenShift defaults)', () => {
  const stack = seed('route.yaml');
  const objects = expectedObjects(stack);

  it('lists exactly the objects of §2', () => {
    const mtls = [
      'distributor',
      'ingester',
      'querier',
      'query-frontend',
      'compactor',
      'gateway',
      'metrics-generator',
    ].map((c) => `Secret/tempo-simplest-${c}-mtls`);
    expect(ids(objects)).toEqual(
      [
        'ConfigMap/tempo-simplest',
        'ServiceAccount/tempo-simplest',
        'Deployment/tempo-simplest-distributor',
        'Service/tempo-simplest-distributor',
        'PodDisruptionBudget/tempo-simplest-distributor',
        'StatefulSet/tempo-simplest-ingester',
        'PersistentVolumeClaim/data-tempo-simplest-ingester-0',
        'Service/tempo-simplest-ingester',
        'PodDisruptionBudget/tempo-simplest-ingester',
        'Service/tempo-simplest-gossip-ring',
        'Service/tempo-simplest-query-frontend',
        'Service/tempo-simplest-query-frontend-discovery',
        'ServiceAccount/tempo-simplest-query-frontend',
        'Secret/simplest-ui-oauth-proxy-tls',
        'Route/tempo-simplest-query-frontend',
        'Deployment/tempo-simplest-query-frontend',
        'PodDisruptionBudget/tempo-simplest-query-frontend',
        'Deployment/tempo-simplest-querier',
        'Service/tempo-simplest-querier',
        'PodDisruptionBudget/tempo-simplest-querier',
        'Deployment/tempo-simplest-compactor',
        'Service/tempo-simplest-compactor',
        'NetworkPolicy/tempo-simplest-gossip',
        'NetworkPolicy/tempo-simplest-ingress-to-operand-metrics',
        'NetworkPolicy/tempo-simplest-allow-dns-openshift',
        'NetworkPolicy/tempo-simplest-distributor',
        'NetworkPolicy/tempo-simplest-ingester',
        'NetworkPolicy/tempo-simplest-compactor',
        'NetworkPolicy/tempo-simplest-querier',
        'NetworkPolicy/tempo-simplest-query-frontend',
        'Secret/tempo-simplest-signing-ca',
        'ConfigMap/tempo-simplest-ca-bundle',
        ...mtls,
      ].sort(),
    );
  });

  it('contains every owned object the upstream must-gather e2e requires', () => {
    // tests/e2e-openshift/route/check-must-gather.sh (REQUIRED_ITEMS of the instance).
    const required = [
      'Service/tempo-simplest-distributor',
      'Service/tempo-simplest-ingester',
      'Deployment/tempo-simplest-distributor',
      'Service/tempo-simplest-querier',
      'ConfigMap/tempo-simplest',
      'Service/tempo-simplest-compactor',
      'Service/tempo-simplest-query-frontend',
      'Deployment/tempo-simplest-querier',
      'ServiceAccount/tempo-simplest-query-frontend',
      'StatefulSet/tempo-simplest-ingester',
      'Deployment/tempo-simplest-query-frontend',
      'Route/tempo-simplest-query-frontend',
      'Service/tempo-simplest-gossip-ring',
      'ConfigMap/tempo-simplest-ca-bundle',
      'ServiceAccount/tempo-simplest',
      'Deployment/tempo-simplest-compactor',
      'Service/tempo-simplest-query-frontend-discovery',
    ];
    for (const id of required) {
      const [kind, name] = id.split('/');
      expect(find(objects, kind, name).ownedByTempoStack, id).toBe(true);
    }
  });

  it('builds the Route like the upstream e2e assert (oauth-proxy, reencrypt, timeout 120s)', () => {
    const route = find(objects, 'Route', 'tempo-simplest-query-frontend');
    expect(route).toMatchObject({
      apiVersion: 'route.openshift.io/v1',
      namespace: 'chainsaw-route',
      component: 'query-frontend',
      labels: labels('simplest', 'query-frontend'),
      annotations: {
        example_annotation: 'example_value',
        'haproxy.router.openshift.io/timeout': '120s',
      },
      route: {
        to: 'tempo-simplest-query-frontend',
        targetPort: 'oauth-proxy',
        termination: 'reencrypt',
        host: 'example.com',
      },
      when: 'jaegerRoute',
    });
  });

  it('wires oauth-proxy: SA redirect reference, service-ca Secret, Service port and annotation', () => {
    expect(find(objects, 'ServiceAccount', 'tempo-simplest-query-frontend').annotations).toEqual({
      'serviceaccounts.openshift.io/oauth-redirectreference.primary':
        '{"kind":"OAuthRedirectReference","apiVersion":"v1","reference":{"kind":"Route","name":"tempo-simplest-query-frontend"}}',
    });
    expect(find(objects, 'Secret', 'simplest-ui-oauth-proxy-tls')).toMatchObject({
      ownedByTempoStack: false,
      createdBy: 'service-ca',
      labels: {},
      when: 'jaegerOauthProxy',
    });
    const svc = find(objects, 'Service', 'tempo-simplest-query-frontend');
    expect(svc.annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name': 'simplest-ui-oauth-proxy-tls',
    });
    expect(svc.service?.ports.map((p) => p.name)).toContain('oauth-proxy');
    const qf = find(objects, 'Deployment', 'tempo-simplest-query-frontend');
    expect(qf.workload?.serviceAccountName).toBe('tempo-simplest-query-frontend');
    expect(qf.workload?.containers.map((c) => c.name)).toEqual([
      'tempo',
      'jaeger-query',
      'tempo-query',
      'oauth-proxy',
    ]);
  });

  it('gives the ingester PVC the requested size and the STS selector labels', () => {
    expect(find(objects, 'PersistentVolumeClaim', 'data-tempo-simplest-ingester-0')).toMatchObject({
      labels: labels('simplest', 'ingester'),
      ownedByTempoStack: false,
      createdBy: 'statefulset-controller',
      pvc: { ordinal: 0, storage: '200M', accessModes: ['ReadWriteOnce'] },
    });
  });

  it('describes workloads, headless services and PDBs', () => {
    const ingester = find(objects, 'StatefulSet', 'tempo-simplest-ingester');
    expect(ingester).toMatchObject({
      apiVersion: 'apps/v1',
      workload: {
        replicas: 1,
        selector: labels('simplest', 'ingester'),
        podLabels: { ...labels('simplest', 'ingester'), 'tempo-gossip-member': 'true' },
        serviceAccountName: 'tempo-simplest',
      },
    });
    expect(find(objects, 'Service', 'tempo-simplest-gossip-ring').service).toEqual({
      ports: [
        { name: 'http-memberlist', port: 7946, targetPort: 'http-memberlist', protocol: 'TCP' },
      ],
      selector: { ...labels('simplest'), 'tempo-gossip-member': 'true' },
      headless: true,
      publishNotReadyAddresses: true,
    });
    const discovery = find(objects, 'Service', 'tempo-simplest-query-frontend-discovery');
    expect(discovery.labels).toEqual(labels('simplest', 'query-frontend-discovery'));
    expect(discovery.service?.selector).toEqual(labels('simplest', 'query-frontend'));
    expect(find(objects, 'Service', 'tempo-simplest-querier').service?.headless).toBe(false);
    expect(find(objects, 'PodDisruptionBudget', 'tempo-simplest-querier').pdb).toEqual({
      maxUnavailable: 1,
      selector: labels('simplest', 'querier'),
    });
    expect(has(objects, 'PodDisruptionBudget', 'tempo-simplest-compactor')).toBe(false);
  });

  it('keeps labels consistent with the component and namespaces on namespaced objects', () => {
    for (const o of objects) {
      if (o.component) expect(o.labels['app.kubernetes.io/component'], o.name).toBe(o.component);
      expect(o.namespace, o.name).toBe('chainsaw-route');
    }
  });

  it('network policies: shared ones carry instance + managed-by only', () => {
    expect(find(objects, 'NetworkPolicy', 'tempo-simplest-gossip').labels).toEqual({
      'app.kubernetes.io/instance': 'simplest',
      'app.kubernetes.io/managed-by': 'tempo-operator',
    });
    expect(find(objects, 'NetworkPolicy', 'tempo-simplest-ingester').labels).toEqual(
      labels('simplest', 'ingester'),
    );
  });

  it('cert-rotation objects carry the common labels only', () => {
    expect(find(objects, 'ConfigMap', 'tempo-simplest-ca-bundle')).toMatchObject({
      labels: labels('simplest'),
      dataKeys: ['service-ca.crt'],
    });
    expect(find(objects, 'Secret', 'tempo-simplest-gateway-mtls').secretType).toBe(
      'kubernetes.io/tls',
    );
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(stack);
    expectedObjects(stack, { openshift: false });
    expect(JSON.stringify(stack)).toBe(before);
  });
});

describe('expectedObjects – other seeds', () => {
  it('compatibility seed: Jaeger UI Ingress, no Route, no oauth', () => {
    const objects = expectedObjects(seed('compatibility.yaml'));
    expect(find(objects, 'Ingress', 'tempo-simplest-query-frontend')).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
      ingress: { backendService: 'tempo-simplest-query-frontend', backendPort: 'jaeger-ui' },
      when: 'jaegerIngress',
    });
    expect(find(objects, 'Ingress', 'tempo-simplest-query-frontend').ingress).not.toHaveProperty(
      'host',
    );
    expect(has(objects, 'Route', 'tempo-simplest-query-frontend')).toBe(false);
    expect(has(objects, 'ServiceAccount', 'tempo-simplest-query-frontend')).toBe(false);
    expect(find(objects, 'ConfigMap', 'tempo-simplest').dataKeys).toEqual([
      'tempo.yaml',
      'tempo-query-frontend.yaml',
      'overrides.yaml',
      'tempo-query.yaml',
    ]);
  });

  it('ossm seed: route without explicit host or annotations gets the default timeout', () => {
    const route = find(
      expectedObjects(seed('ossm.yaml')),
      'Route',
      'tempo-simplest-query-frontend',
    );
    expect(route.annotations).toEqual({ 'haproxy.router.openshift.io/timeout': '30s' });
    expect(route.route).not.toHaveProperty('host');
    expect(route.namespace).toBe('tracing-system');
  });

  describe('tempostack-resources seed (openshift tenancy, gateway)', () => {
    const objects = expectedObjects(seed('tempostack-resources.yaml'));

    it('creates the gateway objects', () => {
      for (const id of [
        'ConfigMap/tempo-tmrs-gateway',
        'Secret/tempo-tmrs-gateway',
        'Service/tempo-tmrs-gateway',
        'Secret/tempo-tmrs-gateway-tls',
        'ClusterRole/tempo-tmrs-gateway-chainsaw-tempostack-resources',
        'ClusterRoleBinding/tempo-tmrs-gateway-chainsaw-tempostack-resources',
        'ServiceAccount/tempo-tmrs-gateway',
        'ConfigMap/tempo-tmrs-gateway-cabundle',
        'Route/tempo-tmrs-gateway',
        'Deployment/tempo-tmrs-gateway',
        'PodDisruptionBudget/tempo-tmrs-gateway',
        'NetworkPolicy/tempo-tmrs-gateway',
      ]) {
        const [kind, name] = id.split('/');
        expect(has(objects, kind, name), id).toBe(true);
      }
      expect(has(objects, 'Route', 'tempo-tmrs-query-frontend')).toBe(false);
    });

    it('cluster-scoped RBAC has no namespace, no owner and the namespace label', () => {
      const role = find(objects, 'ClusterRole', 'tempo-tmrs-gateway-chainsaw-tempostack-resources');
      expect(role).not.toHaveProperty('namespace');
      expect(role).toMatchObject({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        ownedByTempoStack: false,
        labels: {
          ...labels('tmrs', 'gateway'),
          'app.kubernetes.io/namespace': 'chainsaw-tempostack-resources',
        },
      });
    });

    it('gateway SA is an OAuth client per tenant; the gateway pod runs OPA as that SA', () => {
      const ref =
        '{"kind":"OAuthRedirectReference","apiVersion":"v1","reference":{"kind":"Route","name":"tempo-tmrs-gateway"}}';
      expect(find(objects, 'ServiceAccount', 'tempo-tmrs-gateway').annotations).toEqual({
        'serviceaccounts.openshift.io/oauth-redirectreference.dev': ref,
        'serviceaccounts.openshift.io/oauth-redirectreference.prod': ref,
      });
      const deployment = find(objects, 'Deployment', 'tempo-tmrs-gateway');
      expect(deployment.workload?.serviceAccountName).toBe('tempo-tmrs-gateway');
      expect(deployment.workload?.containers.map((c) => c.name)).toEqual([
        'tempo-gateway',
        'tempo-gateway-opa',
      ]);
      expect(deployment.workload?.podLabels).not.toHaveProperty('tempo-gossip-member');
    });

    it('gateway Route defaults to reencrypt on the public port', () => {
      expect(find(objects, 'Route', 'tempo-tmrs-gateway').route).toEqual({
        to: 'tempo-tmrs-gateway',
        targetPort: 'public',
        termination: 'reencrypt',
        wildcardPolicy: 'None',
      });
      expect(find(objects, 'Service', 'tempo-tmrs-gateway').annotations).toEqual({
        'service.beta.openshift.io/serving-cert-secret-name': 'tempo-tmrs-gateway-tls',
      });
    });

    it('distributor Service drops the legacy receivers behind the gateway', () => {
      expect(
        find(objects, 'Service', 'tempo-tmrs-distributor').service?.ports.map((p) => p.name),
      ).toEqual(['otlp-http', 'otlp-grpc', 'http']);
    });
  });
});

describe('expectedObjects – features and switches', () => {
  const gatewayStatic = (ingress?: TempoStackSpec['template']) =>
    make({
      tenants: {
        mode: 'static',
        authentication: [{ tenantName: 'dev', tenantId: '1', oidc: { issuerURL: 'x' } }],
      },
      template: { gateway: { enabled: true }, ...ingress },
    });

  it('static tenancy: no OpenShift gateway objects, no route by default', () => {
    const objects = expectedObjects(gatewayStatic());
    expect(has(objects, 'ServiceAccount', 'tempo-simplest-gateway')).toBe(false);
    expect(objects.some((o) => o.kind === 'ClusterRole')).toBe(false);
    expect(has(objects, 'ConfigMap', 'tempo-simplest-gateway-cabundle')).toBe(false);
    expect(has(objects, 'Route', 'tempo-simplest-gateway')).toBe(false);
    expect(has(objects, 'Secret', 'tempo-simplest-gateway-tls')).toBe(true);
    expect(find(objects, 'Deployment', 'tempo-simplest-gateway').workload?.serviceAccountName).toBe(
      'tempo-simplest',
    );
  });

  it('gateway Ingress uses the public port, host and class', () => {
    const objects = expectedObjects(
      gatewayStatic({
        gateway: {
          enabled: true,
          ingress: {
            type: 'ingress',
            host: 'tempo.example.com',
            ingressClassName: 'nginx',
            annotations: { a: 'b' },
          },
        },
      }),
    );
    expect(find(objects, 'Ingress', 'tempo-simplest-gateway')).toMatchObject({
      annotations: { a: 'b' },
      ingress: {
        backendService: 'tempo-simplest-gateway',
        backendPort: 'public',
        host: 'tempo.example.com',
        ingressClassName: 'nginx',
      },
      when: 'gatewayIngress',
    });
  });

  it('insecure gateway route has no TLS', () => {
    const objects = expectedObjects(
      gatewayStatic({
        gateway: { enabled: true, ingress: { type: 'route', route: { termination: 'insecure' } } },
      }),
    );
    expect(find(objects, 'Route', 'tempo-simplest-gateway').route).not.toHaveProperty(
      'termination',
    );
  });

  it('without serving certs the gateway has no service-ca objects', () => {
    const objects = expectedObjects(seed('tempostack-resources.yaml'), {
      openshift: true,
      servingCertsService: false,
    });
    expect(has(objects, 'Secret', 'tempo-tmrs-gateway-tls')).toBe(false);
    expect(has(objects, 'ConfigMap', 'tempo-tmrs-gateway-cabundle')).toBe(false);
    expect(find(objects, 'Service', 'tempo-tmrs-gateway')).not.toHaveProperty('annotations');
  });

  it('Jaeger route without oauth keeps the CR termination and the jaeger-ui port', () => {
    const stack = make({
      template: {
        queryFrontend: {
          jaegerQuery: {
            enabled: true,
            ingress: { type: 'route', route: { termination: 'insecure' } },
          },
        },
      },
    });
    const community = expectedObjects(stack, { openshift: false });
    expect(find(community, 'Route', 'tempo-simplest-query-frontend').route).toEqual({
      to: 'tempo-simplest-query-frontend',
      targetPort: 'jaeger-ui',
    });
    const edge = expectedObjects(
      make({
        template: {
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              ingress: { type: 'route' },
              authentication: { enabled: false },
            },
          },
        },
      }),
    );
    expect(find(edge, 'Route', 'tempo-simplest-query-frontend').route?.termination).toBe('edge');
    expect(has(edge, 'Secret', 'simplest-ui-oauth-proxy-tls')).toBe(false);
  });

  it('community distribution uses the plain DNS network policy', () => {
    const objects = expectedObjects(make(), { openshift: false });
    expect(has(objects, 'NetworkPolicy', 'tempo-simplest-allow-dns')).toBe(true);
    expect(has(objects, 'NetworkPolicy', 'tempo-simplest-allow-dns-openshift')).toBe(false);
  });

  it.each<[string, OperatorFeatures | undefined, Partial<TempoStackSpec>, string, boolean]>([
    [
      'network policies disabled',
      undefined,
      { networkPolicy: { enabled: false } },
      'NetworkPolicy',
      false,
    ],
    [
      'network policies before v0.20.0',
      { openshift: true, operatorVersion: '0.19.0' },
      {},
      'NetworkPolicy',
      false,
    ],
    [
      'network policies from v0.20.0',
      { openshift: true, operatorVersion: '0.20.0' },
      {},
      'NetworkPolicy',
      true,
    ],
    [
      'PDBs before v0.22.0',
      { openshift: true, operatorVersion: '0.21.0' },
      {},
      'PodDisruptionBudget',
      false,
    ],
    ['no cert management', { openshift: true, builtInCertManagement: false }, {}, 'Secret', false],
  ])('%s', (_label, features, spec, kind, present) => {
    expect(expectedObjects(make(spec), features).some((o) => o.kind === kind)).toBe(present);
  });

  it('metrics-generator objects when enabled (v0.22.0+)', () => {
    const stack = make({ template: { metricsGenerator: { enabled: true } } });
    const objects = expectedObjects(stack);
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'NetworkPolicy']) {
      expect(find(objects, kind, 'tempo-simplest-metrics-generator').when).toMatch(
        /metricsGenerator|MetricsGenerator/,
      );
    }
    const old = expectedObjects(stack, { openshift: true, operatorVersion: '0.21.0' });
    expect(old.some((o) => o.name.includes('metrics-generator'))).toBe(false);
  });

  it('ServiceMonitors and PrometheusRule need the prometheusOperator gate', () => {
    const stack = make({
      tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: '1' }] },
      template: { gateway: { enabled: true } },
      observability: {
        metrics: {
          createServiceMonitors: true,
          createPrometheusRules: true,
          extraServiceMonitorLabels: { team: 'a', 'app.kubernetes.io/name': 'override-me' },
          extraPrometheusRuleLabels: { team: 'b' },
        },
      },
    });
    const objects = expectedObjects(stack);
    expect(objects.filter((o) => o.kind === 'ServiceMonitor').map((o) => o.name)).toEqual([
      'tempo-simplest-compactor',
      'tempo-simplest-distributor',
      'tempo-simplest-ingester',
      'tempo-simplest-querier',
      'tempo-simplest-query-frontend',
      'tempo-simplest-gateway',
    ]);
    expect(find(objects, 'ServiceMonitor', 'tempo-simplest-querier').labels).toEqual({
      team: 'a',
      ...labels('simplest', 'querier'),
    });
    expect(find(objects, 'ServiceMonitor', 'tempo-simplest-gateway').when).toBe(
      'serviceMonitorsAndGateway',
    );
    expect(find(objects, 'PrometheusRule', 'simplest-prometheus-rule')).toMatchObject({
      apiVersion: 'monitoring.coreos.com/v1',
      labels: {
        team: 'b',
        ...labels('simplest'),
        'openshift.io/prometheus-rule-evaluation-scope': 'leaf-prometheus',
      },
    });
    const noGate = expectedObjects(stack, { openshift: true, prometheusOperator: false });
    expect(noGate.some((o) => o.kind === 'ServiceMonitor' || o.kind === 'PrometheusRule')).toBe(
      false,
    );
  });

  it('GrafanaDatasource needs the grafanaOperator gate', () => {
    const stack = make({ observability: { grafana: { createDatasource: true } } });
    expect(has(expectedObjects(stack), 'GrafanaDatasource', 'simplest')).toBe(false);
    expect(
      find(
        expectedObjects(stack, { openshift: true, grafanaOperator: true }),
        'GrafanaDatasource',
        'simplest',
      ),
    ).toMatchObject({ apiVersion: 'grafana.integreatly.org/v1beta1', labels: labels('simplest') });
  });

  it('token-cco: CredentialsRequest and the CCO Secret only in a CCO environment', () => {
    const stack = make({
      storage: { secret: { name: 'aws', type: 's3', credentialMode: 'token-cco' } },
    });
    expect(expectedObjects(stack).some((o) => o.kind === 'CredentialsRequest')).toBe(false);
    const objects = expectedObjects(stack, { openshift: true, tokenCCOEnvironment: true });
    expect(find(objects, 'CredentialsRequest', 'simplest')).toMatchObject({
      apiVersion: 'cloudcredential.openshift.io/v1',
      ownedByTempoStack: true,
    });
    expect(find(objects, 'Secret', 'simplest-managed-credentials')).toMatchObject({
      createdBy: 'cloud-credential-operator',
      ownedByTempoStack: false,
    });
  });

  it('monitor tab on OpenShift monitoring adds the metrics-reader Role and RoleBinding', () => {
    const monitor = (prometheusEndpoint: string) =>
      make({
        template: {
          queryFrontend: {
            jaegerQuery: { enabled: true, monitorTab: { enabled: true, prometheusEndpoint } },
          },
        },
      });
    const objects = expectedObjects(
      monitor('https://thanos-querier.openshift-monitoring.svc.cluster.local:9092'),
    );
    expect(find(objects, 'Role', 'tempo-simplest-metrics-reader').labels).toEqual(
      labels('simplest', 'query-frontend'),
    );
    expect(has(objects, 'RoleBinding', 'tempo-simplest-metrics-reader')).toBe(true);
    expect(expectedObjects(monitor('http://prometheus:9090')).some((o) => o.kind === 'Role')).toBe(
      false,
    );
  });

  it('distributor TLS via service-ca only without caName/certName', () => {
    const withServiceCa = expectedObjects(
      make({ template: { distributor: { tls: { enabled: true } } } }),
    );
    expect(find(withServiceCa, 'ConfigMap', 'tempo-simplest-serving-cabundle')).toMatchObject({
      component: 'distributor',
      annotations: { 'service.beta.openshift.io/inject-cabundle': 'true' },
    });
    expect(find(withServiceCa, 'Secret', 'tempo-simplest-distributor-serving-cert').createdBy).toBe(
      'service-ca',
    );
    expect(find(withServiceCa, 'Service', 'tempo-simplest-distributor').annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name':
        'tempo-simplest-distributor-serving-cert',
    });
    const withCert = expectedObjects(
      make({ template: { distributor: { tls: { enabled: true, certName: 'mine' } } } }),
    );
    expect(has(withCert, 'ConfigMap', 'tempo-simplest-serving-cabundle')).toBe(false);
  });

  it('custom service account: no default SA, pods run as the custom one', () => {
    const objects = expectedObjects(make({ serviceAccount: 'custom' }));
    expect(has(objects, 'ServiceAccount', 'tempo-simplest')).toBe(false);
    expect(find(objects, 'Deployment', 'tempo-simplest-querier').workload?.serviceAccountName).toBe(
      'custom',
    );
  });

  it('sizes set replicas and one PVC per ingester replica with the storage class', () => {
    const objects = expectedObjects(make({ size: '1x.small', storageClassName: 'fast' }));
    expect(objects.filter((o) => o.kind === 'PersistentVolumeClaim').map((o) => o.pvc)).toEqual([
      { ordinal: 0, storage: '10Gi', storageClassName: 'fast', accessModes: ['ReadWriteOnce'] },
      { ordinal: 1, storage: '10Gi', storageClassName: 'fast', accessModes: ['ReadWriteOnce'] },
    ]);
    expect(find(objects, 'Deployment', 'tempo-simplest-distributor').workload?.replicas).toBe(3);
  });

  it('zone-aware label on every pod template except the compactor', () => {
    const objects = expectedObjects(
      make({ replicationZones: [{ topologyKey: 'topology.kubernetes.io/zone', maxSkew: 1 }] }),
    );
    expect(
      find(objects, 'Deployment', 'tempo-simplest-distributor').workload?.podLabels,
    ).toHaveProperty('tempo.grafana.com/zone-aware', 'enabled');
    expect(
      find(objects, 'Deployment', 'tempo-simplest-compactor').workload?.podLabels,
    ).not.toHaveProperty('tempo.grafana.com/zone-aware');
  });

  it('sanitises names but keeps the raw name where the operator does', () => {
    const stack = make(
      {
        template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
        observability: { metrics: { createServiceMonitors: true, createPrometheusRules: true } },
      },
      'my.stack',
    );
    const names = expectedObjects(stack).map((o) => o.name);
    expect(names).toContain('tempo-my-stack-ingester');
    expect(names).toContain('tempo-my.stack-ca-bundle');
    expect(names).toContain('tempo-my.stack-signing-ca');
    expect(names).toContain('my.stack-ui-oauth-proxy-tls');
    expect(names).toContain('my.stack-prometheus-rule');
    expect(names).toContain('data-tempo-my-stack-ingester-0');
    expect(find(expectedObjects(stack), 'Service', 'tempo-my-stack-querier').labels).toEqual(
      labels('my.stack', 'querier'),
    );
  });
});
