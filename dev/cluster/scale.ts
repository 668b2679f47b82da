/** The `scale` subresource (`autoscaling/v1` Scale) of Deployments, StatefulSets, ReplicaSets and CRDs that declare it. */
import type { KubeObject, RequestUser, ResourceRef, WriteResult } from './api';
import type { ClusterCore } from './core';
import { badRequest, notFound } from './errors';
import { deepClone, getPath, isRecord } from './json-util';
import { formatLabelSelector, fromLabelSelectorObject } from './label-selector';
import type { ResourceType } from './resource-type';
import { applyPatch } from './patch';
import { type AnyPatchType, guaranteedUpdate } from './update';

function path(jsonPath: string): string[] {
  return jsonPath.replace(/^\./, '').split('.');
}

function setPath(object: KubeObject, jsonPath: string, value: unknown): void {
  const parts = path(jsonPath);
  let current: Record<string, unknown> = object;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (!isRecord(next)) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts[parts.length - 1]] = value;
}

/** The Scale view of an object. */
export function toScale(type: ResourceType, object: KubeObject): KubeObject {
  const scale = type.scale;
  if (!scale)
    throw notFound({ group: type.group, resource: `${type.plural}/scale` }, object.metadata.name);
  const selectorValue = scale.labelSelectorPath
    ? getPath(object, path(scale.labelSelectorPath))
    : undefined;
  const selector =
    typeof selectorValue === 'string'
      ? selectorValue
      : formatLabelSelector(fromLabelSelectorObject(selectorValue) ?? []);
  const m = object.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: {
      name: m.name,
      namespace: m.namespace,
      uid: m.uid,
      resourceVersion: m.resourceVersion,
      creationTimestamp: m.creationTimestamp,
    },
    spec: { replicas: Number(getPath(object, path(scale.specReplicasPath)) ?? 0) },
    status: {
      replicas: Number(getPath(object, path(scale.statusReplicasPath)) ?? 0),
      ...(selector ? { selector } : {}),
    },
  };
}

/** Reads the scale of an object. */
export function getScale(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  user?: RequestUser,
): KubeObject {
  const { type } = core.registry.resolve(ref);
  core.authorize(user, {
    verb: 'get',
    group: type.group,
    resource: type.plural,
    subresource: 'scale',
    namespace,
    name,
  });
  const object = core.store.get(core.key(type), type.namespaced ? namespace : undefined, name);
  if (!object) throw notFound({ group: type.group, resource: type.plural }, name);
  return toScale(type, object);
}

/** Writes the scale of an object: a Scale body (`PUT`) or a patch to the Scale (`PATCH`). */
export async function writeScale(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  change: { body: unknown } | { patchType: AnyPatchType; patch: unknown },
  options: { user?: RequestUser; dryRun?: boolean },
): Promise<WriteResult> {
  const { type } = core.registry.resolve(ref);
  const scaleSpec = type.scale;
  if (!scaleSpec) throw notFound({ group: type.group, resource: `${type.plural}/scale` }, name);
  const verb = 'body' in change ? 'update' : 'patch';
  core.authorize(options.user, {
    verb,
    group: type.group,
    resource: type.plural,
    subresource: 'scale',
    namespace,
    name,
  });
  const result = await guaranteedUpdate(
    core,
    ref,
    name,
    namespace,
    (current) => {
      const scale = toScale(type, current);
      const scaleType = { ...type, crd: false, kind: 'Scale' };
      const wanted =
        'body' in change
          ? change.body
          : applyPatch(scaleType, scale, change.patchType, change.patch);
      if (!isRecord(wanted)) throw badRequest('the request body is not a Scale');
      const replicas = getPath(wanted, 'spec.replicas');
      if (typeof replicas !== 'number' || !Number.isInteger(replicas))
        throw badRequest('spec.replicas must be an integer');
      const next = deepClone(current);
      setPath(next, scaleSpec.specReplicasPath, replicas);
      const rv = getPath(wanted, 'metadata.resourceVersion');
      next.metadata.resourceVersion = typeof rv === 'string' && 'body' in change ? rv : undefined;
      return next;
    },
    { dryRun: options.dryRun, skipAuthorization: true },
    verb,
  );
  return { object: toScale(type, result.object), warnings: result.warnings };
}
