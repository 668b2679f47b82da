/**
 * PATCH: JSON patch, JSON merge patch, strategic merge patch (built-ins only; custom resources
 * answer 415 as the API server does) and a simplified server-side apply (merge of the applied
 * configuration, creating the object when it does not exist; no managed-fields tracking).
 */
import type { KubeObject, ResourceRef, WriteResult } from './api';
import type { ClusterCore } from './core';
import { createObject } from './create';
import { badRequest, unsupportedMediaType } from './errors';
import { applyJsonPatch } from './json-patch';
import { deepClone, isRecord } from './json-util';
import { applyMergePatch } from './merge-patch';
import type { ResourceType } from './resource-type';
import { applyStrategicMergePatch } from './strategic-merge-patch';
import { type AnyPatchType, guaranteedUpdate, type UpdateOptions } from './update';

/** Applies a patch of the given type to an object as served. */
export function applyPatch(
  type: ResourceType,
  current: KubeObject,
  patchType: AnyPatchType,
  patch: unknown,
): KubeObject {
  let result: unknown;
  if (patchType === 'json') result = applyJsonPatch(current, patch);
  else if (patchType === 'merge') result = applyMergePatch(current, patch);
  else if (patchType === 'strategic') {
    if (type.crd) {
      throw unsupportedMediaType([
        'application/json-patch+json',
        'application/merge-patch+json',
        'application/apply-patch+yaml',
      ]);
    }
    result = applyStrategicMergePatch(type.kind, current, patch);
  } else {
    result = type.crd
      ? applyMergePatch(current, patch)
      : applyStrategicMergePatch(type.kind, current, patch);
  }
  if (!isRecord(result) || !isRecord(result.metadata))
    throw badRequest('the patch produced an object without metadata');
  return result as KubeObject;
}

/** Patches an object (`PATCH`); `apply` creates the object when it does not exist. */
export async function patchObject(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  patchType: AnyPatchType,
  patch: unknown,
  options: UpdateOptions = {},
): Promise<WriteResult> {
  const { type } = core.registry.resolve(ref);
  if (patchType === 'apply') {
    if (!options.fieldManager)
      throw badRequest('PATCH requests with apply content type must specify a fieldManager');
    const ns = type.namespaced ? namespace : undefined;
    if (!core.store.get(core.key(type), ns, name) && options.subresource === undefined) {
      if (!isRecord(patch)) throw badRequest('the apply configuration must be an object');
      const object = deepClone(patch) as KubeObject;
      object.metadata = {
        ...(isRecord(object.metadata) ? object.metadata : {}),
        name,
        namespace: ns,
      };
      return createObject(core, ref, object, options);
    }
  }
  return guaranteedUpdate(
    core,
    ref,
    name,
    namespace,
    (current) => {
      const patched = applyPatch(type, current, patchType, patch);
      // A patch is unconditional unless it states a resourceVersion itself.
      const stated =
        isRecord(patch) && isRecord(patch.metadata) ? patch.metadata.resourceVersion : undefined;
      if (patchType !== 'json' && stated === undefined)
        patched.metadata.resourceVersion = undefined;
      if (
        patchType === 'json' &&
        patched.metadata.resourceVersion === current.metadata.resourceVersion
      ) {
        patched.metadata.resourceVersion = undefined;
      }
      return patched;
    },
    options,
    'patch',
  );
}
