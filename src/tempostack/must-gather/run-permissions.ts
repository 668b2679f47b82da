/** The permissions an in-cluster run needs, checked with access reviews before it is offered. */

/** A permission the run needs, for an access review (`namespace` absent = cluster-wide). */
export interface RequiredPermission {
  id:
    | 'createNamespaces'
    | 'createServiceAccounts'
    | 'createClusterRoles'
    | 'createClusterRoleBindings'
    | 'createPods'
    | 'readPodLogs'
    | 'readTempoStacks'
    | 'readOlm'
    | 'deleteNamespaces'
    | 'deleteClusterRoles'
    | 'deleteClusterRoleBindings';
  verb: 'create' | 'get' | 'list' | 'delete';
  group: string;
  resource: string;
  subresource?: string;
}

/**
 * What the user needs: create the objects, hold what the ClusterRole grants (Kubernetes refuses to
 * create a role granting more than its creator holds; pod logs, TempoStacks and OLM objects stand
 * for the whole rule list), and delete everything again.
 */
export const REQUIRED_PERMISSIONS: readonly RequiredPermission[] = Object.freeze([
  { id: 'createNamespaces', verb: 'create', group: '', resource: 'namespaces' },
  { id: 'createServiceAccounts', verb: 'create', group: '', resource: 'serviceaccounts' },
  {
    id: 'createClusterRoles',
    verb: 'create',
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterroles',
  },
  {
    id: 'createClusterRoleBindings',
    verb: 'create',
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterrolebindings',
  },
  { id: 'createPods', verb: 'create', group: '', resource: 'pods' },
  { id: 'readPodLogs', verb: 'get', group: '', resource: 'pods', subresource: 'log' },
  { id: 'readTempoStacks', verb: 'list', group: 'tempo.grafana.com', resource: 'tempostacks' },
  {
    id: 'readOlm',
    verb: 'list',
    group: 'operators.coreos.com',
    resource: 'clusterserviceversions',
  },
  { id: 'deleteNamespaces', verb: 'delete', group: '', resource: 'namespaces' },
  {
    id: 'deleteClusterRoles',
    verb: 'delete',
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterroles',
  },
  {
    id: 'deleteClusterRoleBindings',
    verb: 'delete',
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterrolebindings',
  },
] satisfies RequiredPermission[]);
