import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  TEMPOSTACK_API_VERSION,
  TEMPOSTACK_GROUP,
  TEMPOSTACK_KIND,
  TEMPOSTACK_VERSION,
} from '../tempostack/types';

/** The models of the kinds the plugin reads and writes. Labels are English; pages translate. */
export const TempoStackModel: K8sModel = {
  kind: TEMPOSTACK_KIND,
  label: 'TempoStack',
  labelPlural: 'TempoStacks',
  abbr: 'TS',
  apiGroup: TEMPOSTACK_GROUP,
  apiVersion: TEMPOSTACK_VERSION,
  plural: 'tempostacks',
  namespaced: true,
  crd: true,
  shortNames: ['tempo', 'tempos'],
};

export const TempoMonolithicModel: K8sModel = {
  kind: 'TempoMonolithic',
  label: 'TempoMonolithic',
  labelPlural: 'TempoMonolithics',
  abbr: 'TM',
  apiGroup: TEMPOSTACK_GROUP,
  apiVersion: TEMPOSTACK_VERSION,
  plural: 'tempomonolithics',
  namespaced: true,
  crd: true,
};

const core = (kind: string, plural: string, abbr: string, namespaced = true): K8sModel => ({
  kind,
  label: kind,
  labelPlural: `${kind}s`,
  abbr,
  apiVersion: 'v1',
  plural,
  namespaced,
});

const grouped = (
  apiGroup: string,
  apiVersion: string,
  kind: string,
  plural: string,
  abbr: string,
  namespaced = true,
): K8sModel => ({ ...core(kind, plural, abbr, namespaced), apiGroup, apiVersion });

export const PodModel = core('Pod', 'pods', 'P');
export const SecretModel = core('Secret', 'secrets', 'S');
export const ConfigMapModel = core('ConfigMap', 'configmaps', 'CM');
export const ServiceModel = core('Service', 'services', 'S');
export const ServiceAccountModel = core('ServiceAccount', 'serviceaccounts', 'SA');
export const EventModel = core('Event', 'events', 'E');
export const PersistentVolumeClaimModel = core(
  'PersistentVolumeClaim',
  'persistentvolumeclaims',
  'PVC',
);
export const NamespaceModel = core('Namespace', 'namespaces', 'NS', false);
export const DeploymentModel = grouped('apps', 'v1', 'Deployment', 'deployments', 'D');
export const StatefulSetModel = grouped('apps', 'v1', 'StatefulSet', 'statefulsets', 'SS');
export const ReplicaSetModel = grouped('apps', 'v1', 'ReplicaSet', 'replicasets', 'RS');
export const JobModel = grouped('batch', 'v1', 'Job', 'jobs', 'J');
export const PodDisruptionBudgetModel = grouped(
  'policy',
  'v1',
  'PodDisruptionBudget',
  'poddisruptionbudgets',
  'PDB',
);
export const RouteModel = grouped('route.openshift.io', 'v1', 'Route', 'routes', 'RT');
export const IngressModel = grouped('networking.k8s.io', 'v1', 'Ingress', 'ingresses', 'I');

/** `{group, version, kind}` of a model, as `useK8sWatchResource` takes it. */
export const gvkOf = (model: K8sModel): { group?: string; version: string; kind: string } => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
});

/** The console's reference for a model in URLs: `group~version~Kind`, or the plural for core kinds. */
export const referenceFor = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}~${model.apiVersion}~${model.kind}` : model.plural;

export const TEMPOSTACK_REFERENCE = `${TEMPOSTACK_GROUP}~${TEMPOSTACK_VERSION}~${TEMPOSTACK_KIND}`;
export const TEMPOSTACK_FULL_API_VERSION = TEMPOSTACK_API_VERSION;
