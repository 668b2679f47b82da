/**
 * The in-cluster must-gather run as Kubernetes objects, modelled on `oc adm must-gather`: a
 * temporary namespace, a service account, a read-only ClusterRole with its ClusterRoleBinding
 * (the tool reads cluster-wide), and a pod whose `gather` container runs the Tempo must-gather
 * image while a `copy` container keeps the output volume available for `oc rsync`/`oc cp`.
 * Clean-up: run-cleanup.ts; permissions: run-permissions.ts; phase: run-state.ts.
 */
import { DEFAULT_OPERATOR_VERSION } from '../types';

/** Label on every object of a run; its value is the run id. */
export const RUN_LABEL = 'tempo-console-plugin/must-gather-run';
/** `app.kubernetes.io/managed-by` of the run's objects. */
export const RUN_MANAGED_BY = 'tempo-console-plugin';
/** The pod, service account and containers of a run. */
export const GATHER_POD = 'must-gather';
export const GATHER_SERVICE_ACCOUNT = 'tempo-must-gather';
export const GATHER_CONTAINER = 'gather';
export const COPY_CONTAINER = 'copy';
/** Where the tool writes (`--collection-dir`), an emptyDir shared by both containers. */
export const COLLECTION_DIR = '/must-gather';
/** The run's pod stops after this long (so a forgotten run does not sleep forever). */
export const DEFAULT_RUN_DEADLINE_SECONDS = 3600;

/** `ghcr.io/grafana/tempo-operator/must-gather:v<version>` (release tags carry a `v`). */
export const defaultMustGatherImage = (operatorVersion: string | undefined): string => {
  const version = (operatorVersion || DEFAULT_OPERATOR_VERSION).replace(/^v/, '');
  return `ghcr.io/grafana/tempo-operator/must-gather:v${version}`;
};

/** A random run id: 5 lower-case letters and digits (valid in every object name). */
export const newRunId = (random: () => number = Math.random): string =>
  Array.from(
    { length: 5 },
    () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)],
  ).join('');

/** Names of a run's objects. */
export const runNames = (runId: string) => ({
  namespace: `tempo-must-gather-${runId}`,
  clusterRole: `tempo-must-gather-${runId}`,
  clusterRoleBinding: `tempo-must-gather-${runId}`,
  serviceAccount: GATHER_SERVICE_ACCOUNT,
  pod: GATHER_POD,
});

/** The run id of a namespace created for a run, if it is one. */
export const runIdOfNamespace = (namespace: { metadata?: { labels?: Record<string, string> } }) =>
  namespace.metadata?.labels?.[RUN_LABEL];

/** What the run needs. */
export interface InClusterRunParams {
  runId: string;
  image: string;
  /** `--operator-namespace`; left out when unknown (the tool then finds the operator itself). */
  operatorNamespace?: string;
  /** The TempoStack the run was started from (recorded in annotations). */
  stack: { namespace: string; name: string };
  deadlineSeconds?: number;
}

/** The ClusterRole's rules: read (get, list) exactly what the tool reads; never Secrets. */
export const GATHER_RULES = Object.freeze(
  [
    {
      apiGroups: [''],
      resources: [
        'pods',
        'pods/log',
        'services',
        'serviceaccounts',
        'configmaps',
        'persistentvolumeclaims',
        'persistentvolumes',
      ],
    },
    { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'daemonsets'] },
    {
      apiGroups: ['rbac.authorization.k8s.io'],
      resources: ['clusterroles', 'clusterrolebindings'],
    },
    { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses'] },
    { apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
    { apiGroups: ['monitoring.coreos.com'], resources: ['servicemonitors', 'podmonitors'] },
    { apiGroups: ['route.openshift.io'], resources: ['routes'] },
    {
      apiGroups: ['operators.coreos.com'],
      resources: [
        'operators',
        'operatorgroups',
        'subscriptions',
        'installplans',
        'clusterserviceversions',
      ],
    },
    { apiGroups: ['tempo.grafana.com'], resources: ['tempostacks', 'tempomonolithics'] },
  ].map((rule) => ({ ...rule, verbs: ['get', 'list'] })),
);

/** An object to create, with the API resource it belongs to. */
export interface RunObject {
  resource: { group: string; version: string; plural: string; namespaced: boolean };
  object: {
    apiVersion: string;
    kind: string;
    metadata: {
      name: string;
      namespace?: string;
      labels: Record<string, string>;
      annotations?: Record<string, string>;
    };
    [key: string]: unknown;
  };
}

const RESTRICTED_SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** The objects of a run, in creation order (namespace first, pod last). */
export const inClusterRunObjects = (params: InClusterRunParams): RunObject[] => {
  const names = runNames(params.runId);
  const labels = {
    [RUN_LABEL]: params.runId,
    'app.kubernetes.io/managed-by': RUN_MANAGED_BY,
    'app.kubernetes.io/name': 'tempo-must-gather',
  };
  const annotations = {
    'tempo-console-plugin/must-gather-for': `${params.stack.namespace}/${params.stack.name}`,
  };
  const ns = names.namespace;
  const args = [
    ...(params.operatorNamespace ? ['--operator-namespace', params.operatorNamespace] : []),
    '--collection-dir',
    COLLECTION_DIR,
  ];
  const mount = [{ name: 'must-gather-output', mountPath: COLLECTION_DIR }];
  const container = (name: string, command: string[], extra: Record<string, unknown> = {}) => ({
    name,
    image: params.image,
    imagePullPolicy: 'IfNotPresent',
    command,
    ...extra,
    volumeMounts: mount,
    securityContext: RESTRICTED_SECURITY_CONTEXT,
    resources: { requests: { cpu: '10m', memory: '64Mi' } },
    terminationMessagePolicy: 'FallbackToLogsOnError',
  });
  return [
    {
      resource: { group: '', version: 'v1', plural: 'namespaces', namespaced: false },
      object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels, annotations } },
    },
    {
      resource: { group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true },
      object: {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: names.serviceAccount, namespace: ns, labels },
      },
    },
    {
      resource: {
        group: 'rbac.authorization.k8s.io',
        version: 'v1',
        plural: 'clusterroles',
        namespaced: false,
      },
      object: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: names.clusterRole, labels, annotations },
        rules: GATHER_RULES,
      },
    },
    {
      resource: {
        group: 'rbac.authorization.k8s.io',
        version: 'v1',
        plural: 'clusterrolebindings',
        namespaced: false,
      },
      object: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: names.clusterRoleBinding, labels, annotations },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: names.clusterRole,
        },
        subjects: [{ kind: 'ServiceAccount', name: names.serviceAccount, namespace: ns }],
      },
    },
    {
      resource: { group: '', version: 'v1', plural: 'pods', namespaced: true },
      object: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: names.pod, namespace: ns, labels, annotations },
        spec: {
          serviceAccountName: names.serviceAccount,
          restartPolicy: 'Never',
          terminationGracePeriodSeconds: 0,
          activeDeadlineSeconds: params.deadlineSeconds ?? DEFAULT_RUN_DEADLINE_SECONDS,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            container(GATHER_CONTAINER, ['/usr/bin/must-gather'], { args }),
            container(COPY_CONTAINER, [
              '/bin/bash',
              '-c',
              'trap : TERM INT; sleep infinity & wait',
            ]),
          ],
          volumes: [{ name: 'must-gather-output', emptyDir: {} }],
        },
      },
    },
  ];
};
