/**
 * DELETE: preconditions, admission, finalizers (`deletionTimestamp` is set and the object stays
 * until its finalizers are removed), propagation policies (Foreground and Orphan add the
 * `foregroundDeletion` / `orphan` finalizers the garbage collector acts on), namespaces (Terminating
 * until emptied, see `namespace-lifecycle.ts`, which also removes the custom resources of a CRD).
 */
import type { DeleteOptions, KubeObject, ResourceRef, Status } from './api';
import type { ClusterCore } from './core';
import { conflict, methodNotAllowed, notFound } from './errors';
import { deepClone, isRecord } from './json-util';
import { admit, toStorage, toVersion } from './object-pipeline';
import { splitApiVersion, type ResourceType } from './resource-type';

/** Delete options with the legacy `orphanDependents`. */
export interface DeleteObjectOptions extends DeleteOptions {
  orphanDependents?: boolean;
  gracePeriodSeconds?: number;
}

/** The result of a delete: the object (still there, or as removed) or a Success `Status`. */
export interface DeleteOutcome {
  result: KubeObject | Status;
  warnings: string[];
}

function successStatus(type: ResourceType, object: KubeObject): Status {
  return {
    apiVersion: 'v1',
    kind: 'Status',
    metadata: {},
    status: 'Success',
    message: '',
    reason: '',
    details: {
      name: object.metadata.name,
      group: type.group || undefined,
      kind: type.plural,
      uid: object.metadata.uid,
    },
    code: 200,
  };
}

function checkPreconditions(
  type: ResourceType,
  old: KubeObject,
  options: DeleteObjectOptions,
): void {
  const gr = { group: type.group, resource: type.plural };
  const p = options.preconditions;
  if (p?.uid && p.uid !== old.metadata.uid) {
    throw conflict(
      gr,
      old.metadata.name,
      `Precondition failed: UID in precondition: ${p.uid}, UID in object meta: ${old.metadata.uid ?? ''}`,
    );
  }
  if (p?.resourceVersion && p.resourceVersion !== old.metadata.resourceVersion) {
    throw conflict(
      gr,
      old.metadata.name,
      `Precondition failed: ResourceVersion in precondition: ${p.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion ?? ''}`,
    );
  }
}

/** Deletes an object. */
export async function deleteObject(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  options: DeleteObjectOptions = {},
): Promise<DeleteOutcome> {
  const { type, version } = core.registry.resolve(ref);
  if (!type.verbs.includes('delete')) throw methodNotAllowed();
  const ns = type.namespaced ? namespace : undefined;
  core.authorize(options.user, {
    verb: 'delete',
    group: type.group,
    resource: type.plural,
    namespace: ns,
    name,
  });
  const key = core.key(type);
  const old = core.store.get(key, ns, name);
  if (!old) throw notFound({ group: type.group, resource: type.plural }, name);
  checkPreconditions(type, old, options);
  const served = toVersion(type, old, version.name);
  const dryRun = options.dryRun ?? false;
  const warnings = await admit(core, type, 'DELETE', served, served, options.user, dryRun);
  const policy = options.propagationPolicy ?? (options.orphanDependents ? 'Orphan' : 'Background');
  const finalizers = [...(old.metadata.finalizers ?? [])];
  const add =
    policy === 'Foreground' ? 'foregroundDeletion' : policy === 'Orphan' ? 'orphan' : undefined;
  if (old.metadata.deletionTimestamp) {
    // Already being deleted: only a change of propagation policy is recorded.
    if (!add || finalizers.includes(add) || dryRun) return { result: served, warnings };
    const next = deepClone(old);
    next.metadata.finalizers = [
      ...finalizers.filter((f) => f !== 'orphan' && f !== 'foregroundDeletion'),
      add,
    ];
    return { result: toVersion(type, core.store.put(key, next), version.name), warnings };
  }
  if (add && !finalizers.includes(add)) finalizers.push(add);
  const namespaceFinalizers =
    type.kind === 'Namespace' &&
    isRecord(old.spec) &&
    Array.isArray(old.spec.finalizers) &&
    old.spec.finalizers.length > 0;
  if (finalizers.length || namespaceFinalizers) {
    const next = deepClone(old);
    next.metadata.deletionTimestamp = core.now();
    next.metadata.deletionGracePeriodSeconds = 0;
    if (finalizers.length) next.metadata.finalizers = finalizers;
    if (type.generation) next.metadata.generation = (old.metadata.generation ?? 1) + 1;
    if (type.kind === 'Namespace')
      next.status = { ...(isRecord(old.status) ? old.status : {}), phase: 'Terminating' };
    if (dryRun) return { result: toVersion(type, next, version.name), warnings };
    const stored = core.store.put(key, toStorage(type, next));
    return { result: toVersion(type, stored, version.name), warnings };
  }
  if (dryRun) return { result: type.kind === 'Pod' ? served : successStatus(type, old), warnings };
  const gone = core.store.remove(key, ns, name) ?? old;
  return {
    result: type.kind === 'Pod' ? toVersion(type, gone, version.name) : successStatus(type, gone),
    warnings,
  };
}

/** The `ResourceRef` of a stored object (its storage version). */
export function refOf(core: ClusterCore, object: KubeObject): ResourceRef | undefined {
  const { group, version } = splitApiVersion(object.apiVersion);
  const found = core.registry.findByKind(object.apiVersion, object.kind);
  return found ? { group, version, resource: found.type.plural } : undefined;
}
