/** Printers of the workload, networking, RBAC, storage, CRD and Route kinds. */
import { type Column, age, condition, list, name, num, selectorText, str } from './table-cells';
import { getPath, text } from './json-util';

/** Columns by kind. */
export const otherColumns: Record<string, Column[]> = {
  Deployment: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) => `${num(getPath(o, 'status.readyReplicas'))}/${num(getPath(o, 'spec.replicas'))}`,
    },
    { name: 'Up-to-date', type: 'integer', cell: (o) => num(getPath(o, 'status.updatedReplicas')) },
    {
      name: 'Available',
      type: 'integer',
      cell: (o) => num(getPath(o, 'status.availableReplicas')),
    },
    age,
  ],
  StatefulSet: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) => `${num(getPath(o, 'status.readyReplicas'))}/${num(getPath(o, 'spec.replicas'))}`,
    },
    age,
  ],
  ReplicaSet: [
    name,
    { name: 'Desired', type: 'integer', cell: (o) => num(getPath(o, 'spec.replicas')) },
    { name: 'Current', type: 'integer', cell: (o) => num(getPath(o, 'status.replicas')) },
    { name: 'Ready', type: 'integer', cell: (o) => num(getPath(o, 'status.readyReplicas')) },
    age,
  ],
  Job: [
    name,
    {
      name: 'Status',
      type: 'string',
      cell: (o) =>
        condition(o, 'Complete') === 'True'
          ? 'Complete'
          : condition(o, 'Failed') === 'True'
            ? 'Failed'
            : o.metadata.deletionTimestamp
              ? 'Terminating'
              : 'Running',
    },
    {
      name: 'Completions',
      type: 'string',
      cell: (o) =>
        `${num(getPath(o, 'status.succeeded'))}/${num(getPath(o, 'spec.completions')) || 1}`,
    },
    age,
  ],
  PodDisruptionBudget: [
    name,
    { name: 'Min Available', type: 'string', cell: (o) => str(o, 'spec.minAvailable') || 'N/A' },
    {
      name: 'Max Unavailable',
      type: 'string',
      cell: (o) => str(o, 'spec.maxUnavailable') || 'N/A',
    },
    {
      name: 'Allowed Disruptions',
      type: 'integer',
      cell: (o) => num(getPath(o, 'status.disruptionsAllowed')),
    },
    age,
  ],
  Ingress: [
    name,
    { name: 'Class', type: 'string', cell: (o) => str(o, 'spec.ingressClassName') || '<none>' },
    {
      name: 'Hosts',
      type: 'string',
      cell: (o) =>
        list(getPath(o, 'spec.rules'))
          .map((r) => str(r, 'host') || '*')
          .join(',') || '*',
    },
    {
      name: 'Address',
      type: 'string',
      cell: (o) =>
        list(getPath(o, 'status.loadBalancer.ingress'))
          .map((i) => str(i, 'ip') || str(i, 'hostname'))
          .join(','),
    },
    {
      name: 'Ports',
      type: 'string',
      cell: (o) => (list(getPath(o, 'spec.tls')).length ? '80, 443' : '80'),
    },
    age,
  ],
  NetworkPolicy: [
    name,
    {
      name: 'Pod-Selector',
      type: 'string',
      cell: (o) =>
        selectorText(getPath(o, 'spec.podSelector')) === '<none>'
          ? '<none>'
          : selectorText(getPath(o, 'spec.podSelector')),
    },
    age,
  ],
  Route: [
    name,
    { name: 'Host/Port', type: 'string', cell: (o) => str(o, 'spec.host') },
    { name: 'Path', type: 'string', cell: (o) => str(o, 'spec.path') },
    { name: 'Services', type: 'string', cell: (o) => str(o, 'spec.to.name') },
    { name: 'Port', type: 'string', cell: (o) => str(o, 'spec.port.targetPort') || '<all>' },
    {
      name: 'Termination',
      type: 'string',
      cell: (o) =>
        [str(o, 'spec.tls.termination'), str(o, 'spec.tls.insecureEdgeTerminationPolicy')]
          .filter(Boolean)
          .join('/'),
    },
    { name: 'Wildcard', type: 'string', cell: (o) => str(o, 'spec.wildcardPolicy') || 'None' },
  ],
  CustomResourceDefinition: [
    name,
    { name: 'Created At', type: 'date', cell: (o) => o.metadata.creationTimestamp },
  ],
  RoleBinding: [
    name,
    {
      name: 'Role',
      type: 'string',
      cell: (o) => `${str(o, 'roleRef.kind')}/${str(o, 'roleRef.name')}`,
    },
    age,
  ],
  ClusterRoleBinding: [
    name,
    {
      name: 'Role',
      type: 'string',
      cell: (o) => `${str(o, 'roleRef.kind')}/${str(o, 'roleRef.name')}`,
    },
    age,
  ],
  Role: [name, { name: 'Created At', type: 'date', cell: (o) => o.metadata.creationTimestamp }],
  ClusterRole: [
    name,
    { name: 'Created At', type: 'date', cell: (o) => o.metadata.creationTimestamp },
  ],
  StorageClass: [
    name,
    { name: 'Provisioner', type: 'string', cell: (o) => text(o.provisioner ?? '') },
    { name: 'ReclaimPolicy', type: 'string', cell: (o) => text(o.reclaimPolicy ?? 'Delete') },
    {
      name: 'VolumeBindingMode',
      type: 'string',
      cell: (o) => text(o.volumeBindingMode ?? 'Immediate'),
    },
    {
      name: 'AllowVolumeExpansion',
      type: 'string',
      cell: (o) => text(o.allowVolumeExpansion ?? false),
    },
    age,
  ],
};
