import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

/**
 * Groups whose kinds the console knows statically: their pages use the plural in URLs
 * (`/k8s/ns/x/pods`), while every other (CRD-backed) kind uses its reference.
 */
export const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'authorization.k8s.io',
  'authentication.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'admissionregistration.k8s.io',
  'certificates.k8s.io',
  'scheduling.k8s.io',
  'node.k8s.io',
  'route.openshift.io',
  'project.openshift.io',
  'apps.openshift.io',
  'build.openshift.io',
  'image.openshift.io',
  'user.openshift.io',
  'oauth.openshift.io',
  'template.openshift.io',
  'security.openshift.io',
  'quota.openshift.io',
]);

const ABBR_OVERRIDES: Record<string, string> = {
  Namespace: 'NS',
  Project: 'PR',
  Route: 'RT',
  ServiceAccount: 'SA',
  ConfigMap: 'CM',
  CustomResourceDefinition: 'CRD',
  PersistentVolumeClaim: 'PVC',
  StatefulSet: 'STS',
  ReplicaSet: 'RS',
  DaemonSet: 'DS',
  CronJob: 'CJ',
  Event: 'E',
};

/** As the console's `kindToAbbr`: the capitals of the kind, at most four. */
export const kindToAbbr = (kind: string): string =>
  ABBR_OVERRIDES[kind] ?? (kind.replace(/[^A-Z]/g, '') || kind.toUpperCase()).slice(0, 4);

export const pluralizeKind = (kind: string): string => {
  if (/[^aeiou]y$/i.test(kind)) return `${kind.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(kind)) return `${kind}es`;
  return `${kind}s`;
};

export interface ModelSpec {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  verbs?: SDK.K8sVerb[];
  shortNames?: string[];
}

export const modelFromSpec = (spec: ModelSpec): SDK.K8sModel => ({
  kind: spec.kind,
  label: spec.kind,
  labelPlural: pluralizeKind(spec.kind),
  abbr: kindToAbbr(spec.kind),
  plural: spec.plural,
  apiVersion: spec.version,
  ...(spec.group ? { apiGroup: spec.group } : {}),
  namespaced: spec.namespaced,
  verbs: spec.verbs ?? ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  ...(spec.shortNames?.length ? { shortNames: spec.shortNames } : {}),
  crd: !BUILT_IN_GROUPS.has(spec.group),
});

const core = (kind: string, plural: string, namespaced = true): ModelSpec => ({
  group: '',
  version: 'v1',
  kind,
  plural,
  namespaced,
});
const grouped = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced = true,
) => ({
  group,
  version,
  kind,
  plural,
  namespaced,
});

/** What the host knows before discovery answers (and the kinds its own pages rely on). */
export const STATIC_MODEL_SPECS: ModelSpec[] = [
  core('Pod', 'pods'),
  core('Namespace', 'namespaces', false),
  core('Service', 'services'),
  core('ConfigMap', 'configmaps'),
  core('Secret', 'secrets'),
  core('ServiceAccount', 'serviceaccounts'),
  core('Event', 'events'),
  core('PersistentVolumeClaim', 'persistentvolumeclaims'),
  core('Node', 'nodes', false),
  grouped('apps', 'v1', 'Deployment', 'deployments'),
  grouped('apps', 'v1', 'StatefulSet', 'statefulsets'),
  grouped('apps', 'v1', 'ReplicaSet', 'replicasets'),
  grouped('apps', 'v1', 'DaemonSet', 'daemonsets'),
  grouped('batch', 'v1', 'Job', 'jobs'),
  grouped('batch', 'v1', 'CronJob', 'cronjobs'),
  grouped('route.openshift.io', 'v1', 'Route', 'routes'),
  grouped('project.openshift.io', 'v1', 'Project', 'projects', false),
  grouped(
    'apiextensions.k8s.io',
    'v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    false,
  ),
];

export const SelfSubjectAccessReviewModel: SDK.K8sModel = modelFromSpec({
  ...grouped(
    'authorization.k8s.io',
    'v1',
    'SelfSubjectAccessReview',
    'selfsubjectaccessreviews',
    false,
  ),
  verbs: ['create'],
});

export const staticModel = (kind: string): SDK.K8sModel => {
  const spec = STATIC_MODEL_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`No static model for ${kind}`);
  return modelFromSpec(spec);
};
