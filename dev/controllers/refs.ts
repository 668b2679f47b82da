/**
 * Resource references of the kinds the simulated controllers and operator read and write.
 */
import type { ResourceRef } from '../cluster/api';

const core = (resource: string): ResourceRef => ({ group: '', version: 'v1', resource });

/** `ResourceRef`s by short name. */
export const REFS = {
  pods: core('pods'),
  events: core('events'),
  secrets: core('secrets'),
  configMaps: core('configmaps'),
  services: core('services'),
  serviceAccounts: core('serviceaccounts'),
  namespaces: core('namespaces'),
  nodes: core('nodes'),
  persistentVolumeClaims: core('persistentvolumeclaims'),
  persistentVolumes: core('persistentvolumes'),
  deployments: { group: 'apps', version: 'v1', resource: 'deployments' },
  replicaSets: { group: 'apps', version: 'v1', resource: 'replicasets' },
  statefulSets: { group: 'apps', version: 'v1', resource: 'statefulsets' },
  jobs: { group: 'batch', version: 'v1', resource: 'jobs' },
  podDisruptionBudgets: { group: 'policy', version: 'v1', resource: 'poddisruptionbudgets' },
  networkPolicies: { group: 'networking.k8s.io', version: 'v1', resource: 'networkpolicies' },
  ingresses: { group: 'networking.k8s.io', version: 'v1', resource: 'ingresses' },
  routes: { group: 'route.openshift.io', version: 'v1', resource: 'routes' },
  roles: { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'roles' },
  roleBindings: { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'rolebindings' },
  clusterRoles: { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'clusterroles' },
  clusterRoleBindings: {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    resource: 'clusterrolebindings',
  },
  subjectAccessReviews: {
    group: 'authorization.k8s.io',
    version: 'v1',
    resource: 'subjectaccessreviews',
  },
  serviceMonitors: { group: 'monitoring.coreos.com', version: 'v1', resource: 'servicemonitors' },
  prometheusRules: { group: 'monitoring.coreos.com', version: 'v1', resource: 'prometheusrules' },
  tempoStacks: { group: 'tempo.grafana.com', version: 'v1alpha1', resource: 'tempostacks' },
  tempoMonolithics: {
    group: 'tempo.grafana.com',
    version: 'v1alpha1',
    resource: 'tempomonolithics',
  },
  clusterServiceVersions: {
    group: 'operators.coreos.com',
    version: 'v1alpha1',
    resource: 'clusterserviceversions',
  },
  subscriptions: { group: 'operators.coreos.com', version: 'v1alpha1', resource: 'subscriptions' },
  installPlans: { group: 'operators.coreos.com', version: 'v1alpha1', resource: 'installplans' },
  operatorGroups: { group: 'operators.coreos.com', version: 'v1', resource: 'operatorgroups' },
  operators: { group: 'operators.coreos.com', version: 'v1', resource: 'operators' },
  ingressControllers: {
    group: 'operator.openshift.io',
    version: 'v1',
    resource: 'ingresscontrollers',
  },
} as const satisfies Record<string, ResourceRef>;
