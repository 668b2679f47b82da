/**
 * Defaults the API server applies to built-in kinds on create and update (the `SetDefaults_*`
 * functions and the allocation done by registries: Service cluster IPs, Route hosts, Secret
 * `stringData`, Job selectors, Namespace labels).
 */
import type { KubeObject } from './api';
import { getRecord, isRecord, type JsonObject, text } from './json-util';

function setDefault(target: JsonObject, key: string, value: unknown): void {
  if (target[key] === undefined || target[key] === null) target[key] = value;
}

function record(target: JsonObject, key: string): JsonObject {
  const value = target[key];
  if (isRecord(value)) return value;
  const created: JsonObject = {};
  target[key] = created;
  return created;
}

function defaultContainer(container: unknown): void {
  if (!isRecord(container)) return;
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  setDefault(container, 'resources', {});
  const image = typeof container.image === 'string' ? container.image : '';
  const tag = /:([^/:@]+)$/.exec(image.split('@')[0])?.[1];
  setDefault(
    container,
    'imagePullPolicy',
    image.includes('@') || (tag && tag !== 'latest') ? 'IfNotPresent' : 'Always',
  );
  if (Array.isArray(container.ports)) {
    for (const port of container.ports) if (isRecord(port)) setDefault(port, 'protocol', 'TCP');
  }
}

/** `SetDefaults_PodSpec` and container defaults. */
export function defaultPodSpec(spec: JsonObject): void {
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'schedulerName', 'default-scheduler');
  for (const key of ['containers', 'initContainers']) {
    const list = spec[key];
    if (Array.isArray(list)) list.forEach(defaultContainer);
  }
}

function defaultTemplate(spec: JsonObject): void {
  const template = getRecord(spec, 'template');
  const podSpec = template && getRecord(template, 'spec');
  if (podSpec) defaultPodSpec(podSpec);
}

/** Sequential cluster IPs from OpenShift's service network 172.30.0.0/16. */
function allocateClusterIp(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `172.30.${(h >>> 8) % 256}.${(h % 254) + 1}`;
}

/** Options for defaulting. */
export interface DefaultingContext {
  /** The route host suffix, e.g. `apps.sim.example.com`. */
  routeSuffix: string;
}

/** Applies the built-in defaults of a kind to an object, in place. */
export function applyBuiltinDefaults(object: KubeObject, ctx: DefaultingContext): void {
  const spec = getRecord(object, 'spec');
  switch (object.kind) {
    case 'Pod':
      if (spec) {
        defaultPodSpec(spec);
        setDefault(spec, 'serviceAccountName', 'default');
        setDefault(spec, 'serviceAccount', spec.serviceAccountName);
        setDefault(spec, 'enableServiceLinks', true);
        setDefault(spec, 'preemptionPolicy', 'PreemptLowerPriority');
        setDefault(spec, 'priority', 0);
      }
      break;
    case 'Deployment':
      if (spec) {
        setDefault(spec, 'replicas', 1);
        setDefault(spec, 'strategy', { type: 'RollingUpdate' });
        const strategy = record(spec, 'strategy');
        setDefault(strategy, 'type', 'RollingUpdate');
        if (strategy.type === 'RollingUpdate')
          setDefault(strategy, 'rollingUpdate', { maxUnavailable: '25%', maxSurge: '25%' });
        setDefault(spec, 'revisionHistoryLimit', 10);
        setDefault(spec, 'progressDeadlineSeconds', 600);
        defaultTemplate(spec);
      }
      break;
    case 'StatefulSet':
      if (spec) {
        setDefault(spec, 'replicas', 1);
        setDefault(spec, 'podManagementPolicy', 'OrderedReady');
        setDefault(spec, 'updateStrategy', { type: 'RollingUpdate' });
        const strategy = record(spec, 'updateStrategy');
        setDefault(strategy, 'type', 'RollingUpdate');
        if (strategy.type === 'RollingUpdate')
          setDefault(strategy, 'rollingUpdate', { partition: 0 });
        setDefault(spec, 'revisionHistoryLimit', 10);
        setDefault(spec, 'persistentVolumeClaimRetentionPolicy', {
          whenDeleted: 'Retain',
          whenScaled: 'Retain',
        });
        if (Array.isArray(spec.volumeClaimTemplates)) {
          for (const t of spec.volumeClaimTemplates) {
            const s = isRecord(t) ? getRecord(t, 'spec') : undefined;
            if (s) setDefault(s, 'volumeMode', 'Filesystem');
          }
        }
        defaultTemplate(spec);
      }
      break;
    case 'ReplicaSet':
    case 'DaemonSet':
      if (spec) {
        if (object.kind === 'ReplicaSet') setDefault(spec, 'replicas', 1);
        defaultTemplate(spec);
      }
      break;
    case 'Job':
      if (spec) defaultJob(object, spec);
      break;
    case 'Service':
      if (spec) defaultService(object, spec);
      break;
    case 'PersistentVolumeClaim':
      if (spec) setDefault(spec, 'volumeMode', 'Filesystem');
      break;
    case 'Secret':
      defaultSecret(object);
      break;
    case 'Namespace':
      object.metadata.labels = {
        ...object.metadata.labels,
        'kubernetes.io/metadata.name': object.metadata.name,
      };
      setDefault(object, 'spec', {});
      setDefault(record(object, 'spec'), 'finalizers', ['kubernetes']);
      break;
    case 'Route':
      if (spec) {
        const ns = object.metadata.namespace ?? '';
        setDefault(spec, 'host', `${object.metadata.name}-${ns}.${ctx.routeSuffix}`);
        setDefault(spec, 'wildcardPolicy', 'None');
        const to = getRecord(spec, 'to');
        if (to) setDefault(to, 'weight', 100);
      }
      break;
  }
}

function defaultJob(object: KubeObject, spec: JsonObject): void {
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  setDefault(spec, 'parallelism', 1);
  setDefault(spec, 'backoffLimit', 6);
  setDefault(spec, 'completionMode', 'NonIndexed');
  setDefault(spec, 'suspend', false);
  const uid = object.metadata.uid;
  if (uid && spec.manualSelector !== true && spec.selector === undefined) {
    spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
    const template = record(spec, 'template');
    const meta = record(template, 'metadata');
    meta.labels = {
      ...(isRecord(meta.labels) ? meta.labels : {}),
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': object.metadata.name,
      'controller-uid': uid,
      'job-name': object.metadata.name,
    };
  }
  defaultTemplate(spec);
}

function defaultService(object: KubeObject, spec: JsonObject): void {
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  if (spec.type !== 'ExternalName') {
    setDefault(
      spec,
      'clusterIP',
      allocateClusterIp(`${object.metadata.namespace ?? ''}/${object.metadata.name}`),
    );
    setDefault(spec, 'clusterIPs', [spec.clusterIP]);
    setDefault(spec, 'ipFamilies', ['IPv4']);
    setDefault(spec, 'ipFamilyPolicy', 'SingleStack');
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  }
  if (Array.isArray(spec.ports)) {
    for (const port of spec.ports) {
      if (!isRecord(port)) continue;
      setDefault(port, 'protocol', 'TCP');
      setDefault(port, 'targetPort', port.port);
    }
  }
}

function defaultSecret(object: KubeObject): void {
  setDefault(object, 'type', 'Opaque');
  const stringData = object.stringData;
  if (isRecord(stringData)) {
    const data = record(object, 'data');
    for (const [k, v] of Object.entries(stringData)) {
      data[k] = Buffer.from(String(v), 'utf8').toString('base64');
    }
  }
  delete object.stringData;
}

/** The pod's QoS class, from its containers' requests and limits. */
export function podQosClass(object: KubeObject): string {
  const containers = getRecord(object, 'spec')?.containers;
  const list = Array.isArray(containers) ? containers.filter(isRecord) : [];
  let any = false;
  let guaranteed = list.length > 0;
  for (const c of list) {
    const resources = getRecord(c, 'resources') ?? {};
    const requests = getRecord(resources, 'requests') ?? {};
    const limits = getRecord(resources, 'limits') ?? {};
    if (Object.keys(requests).length || Object.keys(limits).length) any = true;
    for (const r of ['cpu', 'memory']) {
      const limit = limits[r];
      const request = requests[r] ?? limit;
      if (limit === undefined || text(request) !== text(limit)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The status an object starts with on create (status is not writable through the main resource). */
export function initialStatus(object: KubeObject): JsonObject | undefined {
  switch (object.kind) {
    case 'Pod':
      return { phase: 'Pending', qosClass: podQosClass(object) };
    case 'Namespace':
      return { phase: 'Active' };
    case 'PersistentVolumeClaim':
      return { phase: 'Pending' };
    case 'Service':
      return { loadBalancer: {} };
    default:
      return undefined;
  }
}
