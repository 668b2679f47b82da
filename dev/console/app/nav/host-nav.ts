/**
 * The host's own navigation, declared like extensions so that plugin items can be placed
 * relative to it (`section: 'workloads'`, `insertAfter: 'pods'`), as in the console's
 * administrator perspective.
 */
type HostNavExtension = { type: string; properties: Record<string, unknown> & { id: string } };

const section = (id: string, name: string): HostNavExtension => ({
  type: 'console.navigation/section',
  properties: { id, name, perspective: 'admin' },
});

const resourceNs = (
  id: string,
  sectionId: string,
  group: string,
  version: string,
  kind: string,
  name?: string,
): HostNavExtension => ({
  type: 'console.navigation/resource-ns',
  properties: {
    id,
    section: sectionId,
    perspective: 'admin',
    model: { group, version, kind },
    ...(name ? { name } : {}),
  },
});

const resourceCluster = (
  id: string,
  sectionId: string,
  group: string,
  version: string,
  kind: string,
  name?: string,
): HostNavExtension => ({
  type: 'console.navigation/resource-cluster',
  properties: {
    id,
    section: sectionId,
    perspective: 'admin',
    model: { group, version, kind },
    ...(name ? { name } : {}),
  },
});

export const HOST_NAV: HostNavExtension[] = [
  section('home', 'Home'),
  {
    type: 'console.navigation/href',
    properties: {
      id: 'dev-console-overview',
      section: 'home',
      perspective: 'admin',
      name: 'Dev console',
      href: '/dev-console',
    },
  },
  resourceCluster('projects', 'home', '', 'v1', 'Namespace', 'Namespaces'),
  resourceNs('events', 'home', '', 'v1', 'Event'),
  section('operators', 'Operators'),
  resourceNs(
    'installed-operators',
    'operators',
    'operators.coreos.com',
    'v1alpha1',
    'ClusterServiceVersion',
    'Installed Operators',
  ),
  section('workloads', 'Workloads'),
  resourceNs('pods', 'workloads', '', 'v1', 'Pod'),
  resourceNs('deployments', 'workloads', 'apps', 'v1', 'Deployment'),
  resourceNs('statefulsets', 'workloads', 'apps', 'v1', 'StatefulSet'),
  resourceNs('secrets', 'workloads', '', 'v1', 'Secret'),
  resourceNs('configmaps', 'workloads', '', 'v1', 'ConfigMap'),
  resourceNs('jobs', 'workloads', 'batch', 'v1', 'Job'),
  section('networking', 'Networking'),
  resourceNs('services', 'networking', '', 'v1', 'Service'),
  resourceNs('routes', 'networking', 'route.openshift.io', 'v1', 'Route'),
  section('storage', 'Storage'),
  resourceNs('persistentvolumeclaims', 'storage', '', 'v1', 'PersistentVolumeClaim'),
  section('builds', 'Builds'),
  section('observe', 'Observe'),
  section('compute', 'Compute'),
  section('usermanagement', 'User Management'),
  resourceNs('serviceaccounts', 'usermanagement', '', 'v1', 'ServiceAccount'),
  section('administration', 'Administration'),
  resourceCluster(
    'customresourcedefinitions',
    'administration',
    'apiextensions.k8s.io',
    'v1',
    'CustomResourceDefinition',
  ),
];
