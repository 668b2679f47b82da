/**
 * The operator's create-or-update of its objects and the pruning of objects it no longer wants,
 * with the upstream mutate rules: labels and annotations merged (desired wins), owner references
 * replaced, and per kind only the fields the operator manages replaced (ConfigMap/Secret data,
 * Service ports and selector, workload replicas and pod template, Route/Ingress/PDB/NetworkPolicy
 * specs, RBAC rules and subjects). A StatefulSet whose volume claim templates changed is deleted
 * and re-created (they are immutable). Fields the API server or other controllers add (defaults,
 * `clusterIP`, a Route's allocated host, injected CA bundles) are kept.
 */
import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api';
import { ignoreNotFound, isConflict, isNotFound } from '../controllers/api-errors';
import { deepEqual } from '../controllers/objects';

/** What one apply pass did. */
export interface ApplyReport {
  created: string[];
  updated: string[];
  deleted: string[];
  /** Objects of kinds the cluster does not serve. */
  skipped: string[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every field of `desired` has the same value in `actual` (extra fields allowed). */
export const isSubset = (desired: unknown, actual: unknown): boolean => {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(actual) &&
      desired.length === actual.length &&
      desired.every((d, i) => isSubset(d, actual[i]))
    );
  }
  if (isObj(desired)) {
    return (
      isObj(actual) &&
      Object.entries(desired).every(([k, v]) => v === undefined || isSubset(v, actual[k]))
    );
  }
  if (typeof desired === 'number' || typeof actual === 'number')
    return String(desired) === String(actual);
  return desired === actual;
};

const label = (o: KubeObject): string => `${o.kind}/${o.metadata.name}`;

/** The existing object changed the way the operator's mutate function changes it. */
const mutate = (existing: KubeObject, desired: KubeObject): KubeObject => {
  const next = structuredClone(existing) as KubeObject & Obj;
  next.metadata.labels = { ...existing.metadata.labels, ...desired.metadata.labels };
  const annotations = { ...existing.metadata.annotations, ...desired.metadata.annotations };
  if (Object.keys(annotations).length > 0) next.metadata.annotations = annotations;
  if (desired.metadata.ownerReferences)
    next.metadata.ownerReferences = desired.metadata.ownerReferences;
  const d = desired as KubeObject & Obj;
  const spec = (next.spec ?? {}) as Obj;
  const dspec = (d.spec ?? {}) as Obj;
  switch (desired.kind) {
    case 'ConfigMap': {
      const inject =
        desired.metadata.annotations?.['service.beta.openshift.io/inject-cabundle'] === 'true';
      const injected = (existing.data as Obj | undefined)?.['service-ca.crt'];
      next.data = {
        ...(d.data as Obj | undefined),
        ...(inject && injected ? { 'service-ca.crt': injected } : {}),
      };
      if (Object.keys(next.data as Obj).length === 0) delete next.data;
      break;
    }
    case 'Secret':
      next.data = d.data;
      break;
    case 'Service':
      spec.ports = dspec.ports;
      spec.selector = { ...(spec.selector as Obj | undefined), ...(dspec.selector as Obj) };
      break;
    case 'ServiceAccount':
      break;
    case 'Deployment':
    case 'StatefulSet': {
      spec.replicas = dspec.replicas;
      const template = structuredClone(dspec.template) as { metadata: { annotations?: Obj } };
      const oldAnnotations = ((spec.template as Obj | undefined)?.metadata as Obj | undefined)
        ?.annotations as Obj | undefined;
      template.metadata.annotations = { ...oldAnnotations, ...template.metadata.annotations };
      spec.template = isSubset(template, spec.template) ? spec.template : template;
      break;
    }
    case 'Route':
      next.spec = { ...dspec, ...(dspec.host ? {} : spec.host ? { host: spec.host } : {}) };
      return next;
    case 'Ingress':
      for (const key of ['defaultBackend', 'rules', 'tls']) {
        if (dspec[key] === undefined) delete spec[key];
        else spec[key] = dspec[key];
      }
      break;
    case 'ClusterRole':
    case 'Role':
      next.rules = d.rules;
      break;
    case 'ClusterRoleBinding':
    case 'RoleBinding':
      next.subjects = d.subjects;
      break;
    default:
      next.spec = isSubset(dspec, spec) ? spec : dspec;
      return next;
  }
  if (next.spec !== undefined || Object.keys(spec).length > 0) next.spec = spec;
  return next;
};

const vctChanged = (existing: KubeObject, desired: KubeObject): boolean =>
  !isSubset(
    (desired.spec as Obj).volumeClaimTemplates,
    (existing.spec as Obj).volumeClaimTemplates,
  );

/** Resolves a kind's resource, or undefined when the cluster does not serve it. */
export const refFor = (
  api: ClusterApi,
  object: Pick<KubeObject, 'apiVersion' | 'kind'>,
): ResourceRef | undefined => {
  try {
    return api.resourceFor(object.apiVersion, object.kind);
  } catch {
    return undefined;
  }
};

/** Creates or updates every desired object; returns what changed and the UIDs now managed. */
export const applyObjects = async (
  api: ClusterApi,
  desired: KubeObject[],
  report: ApplyReport,
): Promise<Set<string>> => {
  const managed = new Set<string>();
  for (const object of desired) {
    const ref = refFor(api, object);
    if (!ref) {
      report.skipped.push(label(object));
      continue;
    }
    for (let attempt = 0; ; attempt += 1) {
      const existing = await ignoreNotFound(() =>
        api.get(ref, object.metadata.name, object.metadata.namespace),
      );
      try {
        if (!existing) {
          const created = (await api.create(ref, object)).object;
          if (created.metadata.uid) managed.add(created.metadata.uid);
          report.created.push(label(object));
        } else if (object.kind === 'StatefulSet' && vctChanged(existing, object)) {
          await ignoreNotFound(() =>
            api.delete(ref, object.metadata.name, object.metadata.namespace),
          );
          report.deleted.push(label(object));
        } else {
          if (existing.metadata.uid) managed.add(existing.metadata.uid);
          const next = mutate(existing, object);
          if (!deepEqual(next, existing)) {
            await api.update(ref, next);
            report.updated.push(label(object));
          }
        }
        break;
      } catch (error) {
        if (!(isConflict(error) || isNotFound(error)) || attempt >= 4) throw error;
      }
    }
  }
  return managed;
};

/** Deletes the listed objects whose UID is not managed any more. */
export const pruneObjects = async (
  api: ClusterApi,
  candidates: KubeObject[],
  managed: Set<string>,
  report: ApplyReport,
): Promise<void> => {
  for (const object of candidates) {
    if (!object.metadata.uid || managed.has(object.metadata.uid)) continue;
    const ref = refFor(api, object);
    if (!ref) continue;
    await ignoreNotFound(() => api.delete(ref, object.metadata.name, object.metadata.namespace));
    report.deleted.push(label(object));
  }
};
