/**
 * The `demo` scenario data (on top of the seeds): realistic stacks covering the t-shirt sizes,
 * S3/Azure/GCS storage, a metrics-generator, a static-tenancy gateway with an OIDC secret, a
 * Jaeger UI behind oauth-proxy, and one stack whose storage secret is missing. The team
 * namespaces are labelled `tempo-sim/team=dev` so the `developer` user can edit there.
 * Credentials are placeholders.
 */
import type { KubeObject } from '../cluster/api';
import { namespace, secret, tempoStack } from './apply';

/** Label giving the `developer` user edit rights in a namespace. */
export const DEV_TEAM_LABEL = { 'tempo-sim/team': 'dev' };

const minio = (ns: string, name = 'minio'): KubeObject =>
  secret(ns, name, {
    endpoint: 'http://minio.minio.svc:9000',
    bucket: `tempo-${ns}`,
    access_key_id: 'tempo',
    access_key_secret: 'placeholder-secret-key',
  });

const gcsKey = JSON.stringify({
  type: 'service_account',
  project_id: 'sim-project',
  private_key_id: '0123456789abcdef',
  private_key: '-----BEGIN PRIVATE KEY-----\nU0lNVUxBVEVE\n-----END PRIVATE KEY-----\n',
  client_email: 'tempo@sim-project.iam.gserviceaccount.com',
  client_id: '100000000000000000001',
  token_uri: 'https://oauth2.googleapis.com/token',
});

/** The demo stacks as `namespace/name`, with what each shows. */
export const DEMO_STACKS: Record<string, string> = {
  'team-a/platform': '1x.small, S3, Jaeger UI through a Route with oauth-proxy',
  'team-a/payments': '1x.extra-small, Azure Blob Storage',
  'team-a/broken': 'missing storage secret (ConfigurationError)',
  'team-b/analytics': '1x.demo, Google Cloud Storage',
  'team-b/metrics': 'resources.total 4Gi/3000m, metrics-generator',
  'observability/multitenant': 'static tenancy, gateway with OIDC, gateway Route',
  'observability/bigdata': '1x.medium, 50Gi ingester volumes on gp3-csi',
};

/** Every demo object, in creation order. */
export const demoObjects = (): KubeObject[] => [
  namespace('team-a', DEV_TEAM_LABEL),
  namespace('team-b', DEV_TEAM_LABEL),
  namespace('observability'),
  minio('team-a'),
  tempoStack('team-a', 'platform', {
    size: '1x.small',
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '20Gi',
    retention: { global: { traces: '168h' } },
    template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
  }),
  secret('team-a', 'azure-storage', {
    container: 'tempo-traces',
    account_name: 'simtempostorage',
    account_key: 'cGxhY2Vob2xkZXItYXp1cmUtYWNjb3VudC1rZXk=',
  }),
  tempoStack('team-a', 'payments', {
    size: '1x.extra-small',
    storage: { secret: { name: 'azure-storage', type: 'azure' } },
    storageSize: '10Gi',
  }),
  tempoStack('team-a', 'broken', {
    storage: { secret: { name: 'tempo-storage-missing', type: 's3' } },
    resources: { total: { limits: { cpu: '2000m', memory: '2Gi' } } },
  }),
  secret('team-b', 'gcs-storage', { bucketname: 'sim-tempo-traces', 'key.json': gcsKey }),
  tempoStack('team-b', 'analytics', {
    size: '1x.demo',
    storage: { secret: { name: 'gcs-storage', type: 'gcs' } },
    template: {
      queryFrontend: {
        jaegerQuery: {
          enabled: true,
          ingress: { type: 'ingress', host: 'analytics-jaeger.apps.sim.example.com' },
        },
      },
    },
  }),
  minio('team-b'),
  tempoStack('team-b', 'metrics', {
    storage: { secret: { name: 'minio', type: 's3' } },
    resources: { total: { limits: { cpu: '3000m', memory: '4Gi' } } },
    template: {
      metricsGenerator: {
        enabled: true,
        remoteWriteURLs: [
          'http://prometheus-operated.openshift-user-workload-monitoring.svc:9090/api/v1/write',
        ],
      },
      queryFrontend: {
        jaegerQuery: {
          enabled: true,
          monitorTab: {
            enabled: true,
            prometheusEndpoint:
              'https://thanos-querier.openshift-monitoring.svc.cluster.local:9092',
          },
        },
      },
    },
  }),
  minio('observability'),
  secret('observability', 'oidc-dev', {
    clientID: 'tempo-dev',
    clientSecret: 'placeholder-client-secret',
  }),
  secret('observability', 'oidc-prod', {
    clientID: 'tempo-prod',
    clientSecret: 'placeholder-client-secret',
  }),
  tempoStack('observability', 'multitenant', {
    storage: { secret: { name: 'minio', type: 's3' } },
    resources: { total: { limits: { cpu: '2000m', memory: '3Gi' } } },
    tenants: {
      mode: 'static',
      authentication: ['dev', 'prod'].map((tenant, i) => ({
        tenantName: tenant,
        tenantId: `2f8b0f3a-52c1-4b7e-9d1a-0c5e6f7a8b9${i}`,
        oidc: {
          secret: { name: `oidc-${tenant}` },
          issuerURL: 'https://keycloak.apps.sim.example.com/realms/tempo',
          redirectURL: `https://tempo-multitenant-gateway-observability.apps.sim.example.com/oidc/${tenant}/callback`,
          usernameClaim: 'preferred_username',
          groupClaim: 'groups',
        },
      })),
      authorization: {
        roles: [
          {
            name: 'read-write',
            resources: ['traces'],
            tenants: ['dev', 'prod'],
            permissions: ['read', 'write'],
          },
          { name: 'read-only', resources: ['traces'], tenants: ['prod'], permissions: ['read'] },
        ],
        roleBindings: [
          {
            name: 'platform-team',
            roles: ['read-write'],
            subjects: [{ name: 'platform-team', kind: 'group' }],
          },
          {
            name: 'auditors',
            roles: ['read-only'],
            subjects: [{ name: 'auditor@example.com', kind: 'user' }],
          },
        ],
      },
    },
    template: { gateway: { enabled: true, ingress: { type: 'route' } } },
  }),
  tempoStack('observability', 'bigdata', {
    size: '1x.medium',
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '50Gi',
    storageClassName: 'gp3-csi',
  }),
];
