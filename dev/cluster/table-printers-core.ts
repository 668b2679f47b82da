/** Printers of the core (`v1`) kinds. */
import {
  type Column,
  age,
  condition,
  count,
  list,
  name,
  num,
  podStatus,
  selectorText,
  servicePorts,
  str,
} from './table-cells';
import { getPath, getRecord, getString, text } from './json-util';

/** Columns by kind. */
export const coreColumns: Record<string, Column[]> = {
  Pod: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) =>
        `${list(getPath(o, 'status.containerStatuses')).filter((c) => getPath(c, 'ready') === true).length}/${list(getPath(o, 'spec.containers')).length}`,
    },
    { name: 'Status', type: 'string', cell: podStatus },
    {
      name: 'Restarts',
      type: 'string',
      cell: (o) =>
        String(
          list(getPath(o, 'status.containerStatuses')).reduce(
            (n: number, c) => n + num(getPath(c, 'restartCount')),
            0,
          ),
        ),
    },
    age,
    { name: 'IP', type: 'string', priority: 1, cell: (o) => str(o, 'status.podIP') || '<none>' },
    { name: 'Node', type: 'string', priority: 1, cell: (o) => str(o, 'spec.nodeName') || '<none>' },
  ],
  Service: [
    name,
    { name: 'Type', type: 'string', cell: (o) => str(o, 'spec.type') },
    { name: 'Cluster-IP', type: 'string', cell: (o) => str(o, 'spec.clusterIP') || '<none>' },
    {
      name: 'External-IP',
      type: 'string',
      cell: (o) => list(getPath(o, 'spec.externalIPs')).join(',') || '<none>',
    },
    { name: 'Port(s)', type: 'string', cell: (o) => servicePorts(getRecord(o, 'spec')) },
    age,
    {
      name: 'Selector',
      type: 'string',
      priority: 1,
      cell: (o) => selectorText(getPath(o, 'spec.selector')),
    },
  ],
  ConfigMap: [
    name,
    { name: 'Data', type: 'integer', cell: (o) => count(o.data) + count(o.binaryData) },
    age,
  ],
  Secret: [
    name,
    { name: 'Type', type: 'string', cell: (o) => text(o.type ?? '') },
    { name: 'Data', type: 'integer', cell: (o) => count(o.data) },
    age,
  ],
  ServiceAccount: [
    name,
    { name: 'Secrets', type: 'integer', cell: (o) => list(o.secrets).length },
    age,
  ],
  Namespace: [name, { name: 'Status', type: 'string', cell: (o) => str(o, 'status.phase') }, age],
  Event: [
    {
      name: 'Last Seen',
      type: 'string',
      cell: (o, a) =>
        a(
          getString(o, 'lastTimestamp') ??
            getString(o, 'eventTime') ??
            o.metadata.creationTimestamp,
        ),
    },
    { name: 'Type', type: 'string', cell: (o) => text(o.type ?? '') },
    { name: 'Reason', type: 'string', cell: (o) => text(o.reason ?? '') },
    {
      name: 'Object',
      type: 'string',
      cell: (o) =>
        `${str(o, 'involvedObject.kind').toLowerCase()}/${str(o, 'involvedObject.name')}`,
    },
    { name: 'Message', type: 'string', cell: (o) => text(o.message ?? '').trim() },
  ],
  PersistentVolumeClaim: [
    name,
    {
      name: 'Status',
      type: 'string',
      cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : str(o, 'status.phase')),
    },
    { name: 'Volume', type: 'string', cell: (o) => str(o, 'spec.volumeName') },
    { name: 'Capacity', type: 'string', cell: (o) => str(o, 'status.capacity.storage') },
    {
      name: 'Access Modes',
      type: 'string',
      cell: (o) =>
        list(getPath(o, 'status.accessModes'))
          .map(
            (m) =>
              ({
                ReadWriteOnce: 'RWO',
                ReadOnlyMany: 'ROX',
                ReadWriteMany: 'RWX',
                ReadWriteOncePod: 'RWOP',
              })[String(m)] ?? String(m),
          )
          .join(','),
    },
    {
      name: 'StorageClass',
      type: 'string',
      cell: (o) => str(o, 'spec.storageClassName') || '<unset>',
    },
    {
      name: 'VolumeAttributesClass',
      type: 'string',
      cell: (o) => str(o, 'spec.volumeAttributesClassName') || '<unset>',
    },
    age,
  ],
  Node: [
    name,
    {
      name: 'Status',
      type: 'string',
      cell: (o) => (condition(o, 'Ready') === 'True' ? 'Ready' : 'NotReady'),
    },
    {
      name: 'Roles',
      type: 'string',
      cell: (o) =>
        Object.keys(o.metadata.labels ?? {})
          .filter((l) => l.startsWith('node-role.kubernetes.io/'))
          .map((l) => l.slice(24))
          .join(',') || '<none>',
    },
    age,
    { name: 'Version', type: 'string', cell: (o) => str(o, 'status.nodeInfo.kubeletVersion') },
  ],
};
