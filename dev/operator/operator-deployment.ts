/**
 * The operator's own workload objects in `openshift-tempo-operator`, as OLM installs them from the
 * v0.22.0 OpenShift bundle: the Deployment `tempo-operator-controller` (labels of
 * components-and-naming.md §7, container `manager` with the bundle's env and ports), its
 * ServiceAccount and the webhook and metrics Services.
 */
import type { KubeObject } from '../cluster/api';
import {
  DEFAULT_IMAGES,
  OPERATOR_DEPLOYMENT,
  OPERATOR_IMAGE,
  OPERATOR_NAMESPACE,
} from './constants';

/** Labels of the operator Deployment, its selector and pods. */
export const OPERATOR_LABELS = {
  'app.kubernetes.io/managed-by': 'operator-lifecycle-manager',
  'app.kubernetes.io/name': 'tempo-operator',
  'app.kubernetes.io/part-of': 'tempo-operator',
  'control-plane': 'controller-manager',
};

/** The bundle's `FEATURE_GATES`. */
export const FEATURE_GATES =
  'openshift.route,openshift.servingCertsService,openshift.oauthProxy,openshift.noAuthWarning,openshift.clusterTLSPolicy,prometheusOperator,observability.metrics.createServiceMonitors,observability.metrics.createPrometheusRules';

/** Objects of the operator's workload; `csvUid` makes OLM the owner. */
export const operatorWorkloadObjects = (
  csvUid: string,
  logLevel: 'info' | 'debug',
): KubeObject[] => {
  const olmOwner = {
    apiVersion: 'operators.coreos.com/v1alpha1',
    kind: 'ClusterServiceVersion',
    name: 'tempo-operator.v0.22.0',
    uid: csvUid,
    controller: false,
    blockOwnerDeletion: false,
  };
  const olmLabels = {
    'olm.managed': 'true',
    'olm.owner': 'tempo-operator.v0.22.0',
    'olm.owner.kind': 'ClusterServiceVersion',
    'olm.owner.namespace': OPERATOR_NAMESPACE,
    'operators.coreos.com/tempo-product.openshift-tempo-operator': '',
  };
  const meta = (name: string, labels: Record<string, string> = {}): KubeObject['metadata'] => ({
    name,
    namespace: OPERATOR_NAMESPACE,
    labels: { ...labels, ...olmLabels },
    ownerReferences: [olmOwner],
  });
  const env = [
    ['RELATED_IMAGE_TEMPO', DEFAULT_IMAGES.tempo],
    ['RELATED_IMAGE_JAEGER_QUERY', DEFAULT_IMAGES.jaegerQuery],
    ['RELATED_IMAGE_TEMPO_QUERY', DEFAULT_IMAGES.tempoQuery],
    ['RELATED_IMAGE_TEMPO_GATEWAY', DEFAULT_IMAGES.tempoGateway],
    ['RELATED_IMAGE_TEMPO_GATEWAY_OPA', DEFAULT_IMAGES.tempoGatewayOpa],
    ['RELATED_IMAGE_OAUTH_PROXY', DEFAULT_IMAGES.oauthProxy],
    ['DISTRIBUTION', 'openshift'],
    ['FEATURE_GATES', FEATURE_GATES],
    ['DEFAULT_POD_SECURITY_CONTEXT', '{}'],
    ['OPERATOR_CONDITION_NAME', 'tempo-operator.v0.22.0'],
  ].map(([name, value]) => ({ name, value }));
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta('tempo-operator-controller-manager'),
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        ...meta(OPERATOR_DEPLOYMENT, OPERATOR_LABELS),
        annotations: {
          'olm.targetNamespaces': '',
          'operatorframework.io/properties':
            '{"properties":[{"type":"olm.package","value":{"packageName":"tempo-product","version":"0.22.0"}}]}',
        },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: OPERATOR_LABELS },
        template: {
          metadata: {
            annotations: {
              'kubectl.kubernetes.io/default-container': 'manager',
              'olm.operatorGroup': 'openshift-tempo-operator',
              'olm.operatorNamespace': OPERATOR_NAMESPACE,
            },
            labels: OPERATOR_LABELS,
          },
          spec: {
            containers: [
              {
                name: 'manager',
                image: OPERATOR_IMAGE,
                args: [
                  `--zap-log-level=${logLevel}`,
                  'start',
                  '--metrics-tls-cert-dir=/var/run/tls/server/',
                ],
                env,
                ports: [
                  { containerPort: 9443, name: 'webhook-server', protocol: 'TCP' },
                  { containerPort: 8443, name: 'https', protocol: 'TCP' },
                ],
                livenessProbe: {
                  httpGet: { path: '/healthz', port: 8081 },
                  initialDelaySeconds: 15,
                  periodSeconds: 20,
                },
                readinessProbe: {
                  httpGet: { path: '/readyz', port: 8081 },
                  initialDelaySeconds: 5,
                  periodSeconds: 10,
                },
                resources: { requests: { cpu: '100m', memory: '64Mi' } },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMounts: [
                  {
                    mountPath: '/tmp/k8s-webhook-server/serving-certs',
                    name: 'cert',
                    readOnly: true,
                  },
                  { mountPath: '/var/run/tls/server', name: 'tempo-operator-metrics-cert' },
                ],
              },
            ],
            securityContext: { runAsNonRoot: true },
            serviceAccountName: 'tempo-operator-controller-manager',
            terminationGracePeriodSeconds: 10,
            volumes: [
              { name: 'cert', secret: { defaultMode: 420, secretName: 'webhook-server-cert' } },
              {
                name: 'tempo-operator-metrics-cert',
                secret: { defaultMode: 420, secretName: 'tempo-operator-metrics' },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('tempo-operator-webhook-service', {
        'app.kubernetes.io/name': 'tempo-operator',
      }),
      spec: {
        ports: [{ port: 443, protocol: 'TCP', targetPort: 9443 }],
        selector: OPERATOR_LABELS,
        type: 'ClusterIP',
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        ...meta('tempo-operator-controller-manager-metrics-service', {
          'app.kubernetes.io/name': 'tempo-operator',
          'control-plane': 'controller-manager',
        }),
        annotations: {
          'service.beta.openshift.io/serving-cert-secret-name': 'tempo-operator-metrics',
        },
      },
      spec: {
        ports: [{ name: 'https', port: 8443, protocol: 'TCP', targetPort: 'https' }],
        selector: OPERATOR_LABELS,
        type: 'ClusterIP',
      },
    },
  ];
};
