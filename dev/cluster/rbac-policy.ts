/**
 * The simulator's users and access policy, in one place: bearer tokens → users, roles (verbs ×
 * API groups × resources) and bindings (who gets which role, cluster-wide or in which namespaces).
 *
 * - `admin` (group `system:masters`): everything.
 * - `developer`: edit rights in namespaces labelled `tempo-sim/team=dev` and in the namespaces the
 *   cluster is configured with (`developerNamespaces`); reads namespaces, CRDs, storage and ingress
 *   classes; no cluster-scoped writes; no Secrets outside its namespaces.
 * - `viewer`: get/list/watch on everything except Secrets; no writes.
 * - every authenticated user: access reviews and the discovery/OpenAPI/version paths.
 */

/** One rule of a role, as an RBAC `PolicyRule` (plus `excludeResources`). */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  /** `pods`, `pods/log`, `*` (every resource and subresource), or `*` + `/status`. */
  resources?: string[];
  /** Resources (with all their subresources) this rule does not cover, despite `*`. */
  excludeResources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** A named set of rules (a ClusterRole). */
export interface PolicyRole {
  name: string;
  rules: PolicyRule[];
}

/** Where a binding applies. */
export type BindingScope =
  | { cluster: true }
  | { namespaceLabels: Record<string, string> }
  /** The namespaces of the cluster option `developerNamespaces`. */
  | { configuredNamespaces: true };

/** Grants a role to users or groups in a scope (a ClusterRoleBinding or a set of RoleBindings). */
export interface PolicyBinding {
  name: string;
  role: string;
  subjects: { kind: 'User' | 'Group'; name: string }[];
  scope: BindingScope;
}

/** A user known to the simulator. */
export interface PolicyUser {
  token: string;
  name: string;
  groups: string[];
}

const read = ['get', 'list', 'watch'];
const write = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** Bearer tokens and the users they authenticate. */
export const policyUsers: PolicyUser[] = [
  { token: 'admin-token', name: 'admin', groups: ['system:masters', 'system:authenticated'] },
  { token: 'developer-token', name: 'developer', groups: ['system:authenticated'] },
  { token: 'viewer-token', name: 'viewer', groups: ['system:authenticated'] },
];

/** The roles. */
export const policyRoles: PolicyRole[] = [
  {
    name: 'cluster-admin',
    rules: [
      { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
      { verbs: ['*'], nonResourceURLs: ['*'] },
    ],
  },
  {
    name: 'view',
    rules: [{ verbs: read, apiGroups: ['*'], resources: ['*'], excludeResources: ['secrets'] }],
  },
  {
    name: 'edit',
    rules: [
      {
        verbs: [...read, ...write],
        apiGroups: ['*'],
        resources: ['*'],
        excludeResources: ['roles', 'rolebindings'],
      },
      {
        verbs: read,
        apiGroups: ['rbac.authorization.k8s.io'],
        resources: ['roles', 'rolebindings'],
      },
    ],
  },
  {
    name: 'developer-cluster-read',
    rules: [
      { verbs: read, apiGroups: [''], resources: ['namespaces'] },
      {
        verbs: read,
        apiGroups: ['apiextensions.k8s.io'],
        resources: ['customresourcedefinitions'],
      },
      { verbs: read, apiGroups: ['storage.k8s.io'], resources: ['storageclasses'] },
      { verbs: read, apiGroups: ['networking.k8s.io'], resources: ['ingressclasses'] },
      { verbs: read, apiGroups: ['console.openshift.io'], resources: ['consoleplugins'] },
    ],
  },
  {
    name: 'basic-user',
    rules: [
      {
        verbs: ['create'],
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
      },
      {
        verbs: ['create'],
        apiGroups: ['authentication.k8s.io'],
        resources: ['selfsubjectreviews'],
      },
      {
        verbs: ['get'],
        nonResourceURLs: [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/version',
          '/version/*',
          '/openapi',
          '/openapi/*',
          '/healthz',
          '/livez',
          '/readyz',
        ],
      },
    ],
  },
];

/** The bindings. */
export const policyBindings: PolicyBinding[] = [
  {
    name: 'cluster-admins',
    role: 'cluster-admin',
    subjects: [{ kind: 'Group', name: 'system:masters' }],
    scope: { cluster: true },
  },
  {
    name: 'viewer-view',
    role: 'view',
    subjects: [{ kind: 'User', name: 'viewer' }],
    scope: { cluster: true },
  },
  {
    name: 'developer-edit',
    role: 'edit',
    subjects: [{ kind: 'User', name: 'developer' }],
    scope: { namespaceLabels: { 'tempo-sim/team': 'dev' } },
  },
  {
    name: 'developer-edit-configured',
    role: 'edit',
    subjects: [{ kind: 'User', name: 'developer' }],
    scope: { configuredNamespaces: true },
  },
  {
    name: 'developer-cluster-read',
    role: 'developer-cluster-read',
    subjects: [{ kind: 'User', name: 'developer' }],
    scope: { cluster: true },
  },
  {
    name: 'basic-users',
    role: 'basic-user',
    subjects: [{ kind: 'Group', name: 'system:authenticated' }],
    scope: { cluster: true },
  },
];
