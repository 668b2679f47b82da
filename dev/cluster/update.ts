/**
 * UPDATE, and the update loop PATCH shares: as the API server's `GuaranteedUpdate`, read the
 * current object, apply the change, check the resource-version precondition, decode, admit,
 * validate, and write only if the object is unchanged in storage meanwhile (retrying unconditional
 * writes). Writes that change nothing store nothing. The status subresource writes only `status`;
 * the main resource never does.
 */
import type { KubeObject, PatchType, ResourceRef, WriteResult } from './api';
import type { ClusterCore } from './core';
import { type CreateOptions, checkKind } from './create';
import { crdToType } from './crd';
import { badRequest, conflict, invalid, methodNotAllowed, notFound } from './errors';
import { deepClone, deepEqual, isRecord } from './json-util';
import {
  admit,
  decode,
  hasHooks,
  mutate,
  specChanged,
  toStorage,
  toVersion,
  validate,
} from './object-pipeline';
import { apiVersionOf, type ResourceType, type VersionSpec } from './resource-type';

/** The patch types the server understands (`apply` is server-side apply). */
export type AnyPatchType = PatchType | 'apply';

/** Update options: `CreateOptions` plus a forced conflict (fault injection). */
export interface UpdateOptions extends CreateOptions {
  /** Fail with 409 as if the object had been modified (fault injection). */
  forceConflict?: boolean;
  /** The caller has authorized the request already (subresources such as `scale`). */
  skipAuthorization?: boolean;
}

const maxRetries = 10;

function sameIgnoringVersion(a: KubeObject, b: KubeObject): boolean {
  const strip = (o: KubeObject): KubeObject => ({
    ...o,
    metadata: { ...o.metadata, resourceVersion: undefined },
  });
  return deepEqual(strip(a), strip(b));
}

/** Builds the next object from the stored one and the request body. */
function merge(
  type: ResourceType,
  version: VersionSpec,
  old: KubeObject,
  input: KubeObject,
  statusWrite: boolean,
): KubeObject {
  const apiVersion = apiVersionOf(type.group, version.name);
  if (statusWrite) {
    const next = deepClone(old);
    next.apiVersion = apiVersion;
    if (input.status === undefined) delete next.status;
    else next.status = deepClone(input.status);
    return next;
  }
  const next = deepClone(input);
  next.apiVersion = apiVersion;
  next.kind = type.kind;
  const o = old.metadata;
  next.metadata = {
    ...next.metadata,
    name: o.name,
    uid: o.uid,
    creationTimestamp: o.creationTimestamp,
    resourceVersion: o.resourceVersion,
  };
  if (o.namespace) next.metadata.namespace = o.namespace;
  else delete next.metadata.namespace;
  const meta: Record<string, unknown> = next.metadata;
  for (const key of ['deletionTimestamp', 'deletionGracePeriodSeconds', 'generation']) {
    if (o[key] === undefined) delete meta[key];
    else meta[key] = o[key];
  }
  delete next.metadata.managedFields;
  if (type.subresources.includes('status')) {
    if (old.status === undefined) delete next.status;
    else next.status = deepClone(old.status);
  }
  return next;
}

function checkFinalizers(type: ResourceType, old: KubeObject, next: KubeObject): void {
  if (!old.metadata.deletionTimestamp) return;
  const before = new Set(old.metadata.finalizers ?? []);
  const added = (next.metadata.finalizers ?? []).filter((f) => !before.has(f));
  if (added.length) {
    throw invalid(type.group, type.kind, old.metadata.name, [
      {
        type: 'FieldValueForbidden',
        field: 'metadata.finalizers',
        detail: `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}`,
      },
    ]);
  }
}

/**
 * The update loop. `change` turns the current object into the requested one (a PUT body, or the
 * patched object); a `resourceVersion` in its result is a precondition.
 */
export async function guaranteedUpdate(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  change: (current: KubeObject, type: ResourceType, version: VersionSpec) => KubeObject,
  options: UpdateOptions,
  verb: 'update' | 'patch',
): Promise<WriteResult> {
  const { type, version } = core.registry.resolve(ref);
  const statusWrite = options.subresource === 'status';
  if (statusWrite && !type.subresources.includes('status'))
    throw notFound({ group: type.group, resource: `${type.plural}/status` }, name);
  if (!type.verbs.includes(verb)) throw methodNotAllowed();
  const ns = type.namespaced ? namespace : undefined;
  if (!options.skipAuthorization) {
    core.authorize(options.user, {
      verb,
      group: type.group,
      resource: type.plural,
      subresource: options.subresource,
      namespace: ns,
      name,
    });
  }
  const gr = { group: type.group, resource: type.plural };
  const key = core.key(type);
  const dryRun = options.dryRun ?? false;
  for (let attempt = 0; ; attempt++) {
    const old = core.store.get(key, ns, name);
    if (!old) throw notFound(gr, name);
    const input = change(toVersion(type, old, version.name), type, version);
    checkKind(type, version.name, input);
    if (input.metadata.name && input.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${input.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const precondition = input.metadata.resourceVersion;
    if (options.forceConflict || (precondition && precondition !== old.metadata.resourceVersion))
      throw conflict(gr, name);
    if (input.metadata.uid && input.metadata.uid !== old.metadata.uid) {
      throw conflict(
        gr,
        name,
        `Precondition failed: UID in precondition: ${input.metadata.uid}, UID in object meta: ${old.metadata.uid ?? ''}`,
      );
    }
    let next = merge(type, version, old, input, statusWrite);
    const warnings = decode(core, type, version, next, options.fieldValidation);
    checkFinalizers(type, old, next);
    if (!statusWrite && hasHooks(core, type, 'UPDATE')) {
      const fixed = { ...next.metadata };
      next = await mutate(
        core,
        type,
        'UPDATE',
        next,
        toVersion(type, old, version.name),
        options.user,
        dryRun,
      );
      next.metadata = {
        ...next.metadata,
        name: fixed.name,
        namespace: fixed.namespace,
        uid: fixed.uid,
        creationTimestamp: fixed.creationTimestamp,
        resourceVersion: fixed.resourceVersion,
      };
      if (!fixed.namespace) delete next.metadata.namespace;
      decode(core, type, version, next, 'Ignore');
    }
    validate(type, version, next, toVersion(type, old, version.name));
    if (type.generation) {
      const generation = old.metadata.generation ?? 1;
      next.metadata.generation = specChanged(type, toVersion(type, old, version.name), next)
        ? generation + 1
        : generation;
    }
    if (!statusWrite)
      warnings.push(
        ...(await admit(
          core,
          type,
          'UPDATE',
          next,
          toVersion(type, old, version.name),
          options.user,
          dryRun,
        )),
      );
    const current = core.store.get(key, ns, name);
    if (!current) throw notFound(gr, name);
    if (current.metadata.resourceVersion !== old.metadata.resourceVersion) {
      if (precondition || attempt >= maxRetries) throw conflict(gr, name);
      continue;
    }
    if (sameIgnoringVersion(toStorage(type, next), old))
      return { object: toVersion(type, old, version.name), warnings };
    if (dryRun) return { object: next, warnings };
    const specFinalizers =
      type.kind === 'Namespace' && isRecord(next.spec) && Array.isArray(next.spec.finalizers)
        ? next.spec.finalizers
        : [];
    if (
      next.metadata.deletionTimestamp &&
      !(next.metadata.finalizers ?? []).length &&
      !specFinalizers.length
    ) {
      const gone = core.store.remove(key, ns, name);
      return { object: toVersion(type, gone ?? next, version.name), warnings };
    }
    const stored = core.store.put(key, toStorage(type, next));
    if (stored.kind === 'CustomResourceDefinition') core.registry.add(crdToType(stored));
    return { object: toVersion(type, stored, version.name), warnings };
  }
}

/** Replaces an object (`PUT`); a stale `metadata.resourceVersion` is a 409 Conflict. */
export async function updateObject(
  core: ClusterCore,
  ref: ResourceRef,
  input: KubeObject,
  options: UpdateOptions = {},
): Promise<WriteResult> {
  if (!isRecord(input) || !isRecord(input.metadata))
    throw badRequest("Object 'metadata' is missing in the request body");
  const { type } = core.registry.resolve(ref);
  const namespace = type.namespaced ? input.metadata.namespace : undefined;
  return guaranteedUpdate(
    core,
    ref,
    input.metadata.name,
    namespace,
    () => deepClone(input),
    options,
    'update',
  );
}
