/**
 * The steps every write goes through, in the API server's order: decode (custom resources: prune
 * unknown fields and apply schema defaults; built-ins: defaults), mutating admission, validation
 * (schema or built-in), validating admission.
 */
import type { AdmissionRequest, KubeObject, RequestUser } from './api';
import { applyBuiltinDefaults } from './builtin-defaults';
import { validateBuiltin, validateObjectMeta } from './builtin-validation';
import type { ClusterCore } from './core';
import { systemUser } from './core';
import { ApiError, badRequest, internalError, invalid } from './errors';
import { deepClone, deepEqual } from './json-util';
import { apiVersionOf, type ResourceType, storageVersion, type VersionSpec } from './resource-type';
import { applyDefaults, pruneUnknown } from './schema-prune';
import { validateSchema } from './schema-validate';

/** `fieldValidation`: what to do with unknown fields. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** Prunes and defaults (custom resources) or defaults (built-ins), in place; returns warnings. */
export function decode(
  core: ClusterCore,
  type: ResourceType,
  version: VersionSpec,
  object: KubeObject,
  fieldValidation: FieldValidation = 'Warn',
): string[] {
  const warnings: string[] = [];
  if (type.crd) {
    const pruned = pruneUnknown(object, version.schema);
    if (pruned.length && fieldValidation === 'Strict') {
      throw badRequest(
        `${type.kind} in version "${version.name}" cannot be handled as a ${type.kind}: strict decoding error: ${pruned
          .map((p) => `unknown field "${p}"`)
          .join(', ')}`,
      );
    }
    if (fieldValidation === 'Warn') warnings.push(...pruned.map((p) => `unknown field "${p}"`));
    applyDefaults(object, version.schema);
  } else {
    applyBuiltinDefaults(object, { routeSuffix: core.routeSuffix });
  }
  return warnings;
}

/** The object as served in a version (only `apiVersion` differs between versions). */
export function toVersion<T extends KubeObject>(type: ResourceType, object: T, version: string): T {
  return { ...object, apiVersion: apiVersionOf(type.group, version) };
}

/** The object as stored. */
export function toStorage<T extends KubeObject>(type: ResourceType, object: T): T {
  return toVersion(type, object, storageVersion(type).name);
}

/** Schema (custom resources) and built-in validation; throws 422 Invalid. */
export function validate(
  type: ResourceType,
  version: VersionSpec,
  object: KubeObject,
  old?: KubeObject,
): void {
  const errors = type.crd
    ? [...validateObjectMeta(object), ...validateSchema(object, version.schema)]
    : validateBuiltin(object, old);
  if (errors.length) throw invalid(type.group, type.kind, object.metadata.name, errors);
}

function hooksFor(core: ClusterCore, type: ResourceType, operation: AdmissionRequest['operation']) {
  return core.hooks.filter(
    (h) =>
      h.match.group === type.group &&
      h.match.kind === type.kind &&
      h.operations.includes(operation),
  );
}

/** Whether any admission hook applies (so the pipeline can skip re-decoding). */
export function hasHooks(
  core: ClusterCore,
  type: ResourceType,
  operation: AdmissionRequest['operation'],
): boolean {
  return hooksFor(core, type, operation).length > 0;
}

/**
 * Calls a hook as the API server calls a webhook: a rejection keeps the hook's `Status` (code,
 * reason, details) with the message prefixed `admission webhook "<name>" denied the request: `;
 * any other failure is a 500 `failed calling webhook`.
 */
async function callWebhook<T>(name: string, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError) {
      const status = {
        ...error.status,
        code: Math.max(error.status.code, 400),
        status: 'Failure' as const,
      };
      const why = status.message || status.reason;
      status.message = why
        ? `admission webhook "${name}" denied the request: ${why}`
        : `admission webhook "${name}" denied the request without explanation`;
      throw new ApiError(status, error.headers);
    }
    throw internalError(
      `failed calling webhook "${name}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Runs the mutating hooks in registration order; returns the mutated object. */
export async function mutate(
  core: ClusterCore,
  type: ResourceType,
  operation: AdmissionRequest['operation'],
  object: KubeObject,
  oldObject: KubeObject | undefined,
  user: RequestUser | undefined,
  dryRun: boolean,
): Promise<KubeObject> {
  let current = object;
  for (const hook of hooksFor(core, type, operation)) {
    if (!hook.mutate) continue;
    const request = {
      operation,
      object: deepClone(current),
      oldObject: oldObject && deepClone(oldObject),
      user: user ?? systemUser,
      dryRun,
      cluster: core.api,
    };
    const result = await callWebhook(hook.name, () => hook.mutate?.(request) ?? request.object);
    current = deepClone(result);
  }
  return current;
}

/** Runs the validating hooks; returns their warnings (a hook throws `ApiError` to reject). */
export async function admit(
  core: ClusterCore,
  type: ResourceType,
  operation: AdmissionRequest['operation'],
  object: KubeObject,
  oldObject: KubeObject | undefined,
  user: RequestUser | undefined,
  dryRun: boolean,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const hook of hooksFor(core, type, operation)) {
    if (!hook.validate) continue;
    const request = {
      operation,
      object: deepClone(object),
      oldObject: oldObject && deepClone(oldObject),
      user: user ?? systemUser,
      dryRun,
      cluster: core.api,
    };
    warnings.push(...(await callWebhook(hook.name, () => hook.validate?.(request) ?? [])));
  }
  return warnings;
}

/** The parts of an object that `metadata.generation` tracks: everything but metadata and status. */
function specPart(object: KubeObject, hasStatus: boolean): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...object };
  for (const key of ['metadata', 'apiVersion', 'kind', ...(hasStatus ? ['status'] : [])])
    delete rest[key];
  return rest;
}

/** Whether an update changes what `metadata.generation` tracks. */
export function specChanged(type: ResourceType, old: KubeObject, updated: KubeObject): boolean {
  const hasStatus = type.subresources.includes('status');
  return !deepEqual(specPart(old, hasStatus), specPart(updated, hasStatus));
}
