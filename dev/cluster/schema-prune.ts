/**
 * Structural-schema pruning and defaulting of custom resources, as the API server does on decode:
 * unknown fields are dropped (unless `x-kubernetes-preserve-unknown-fields`), nulls of non-nullable
 * fields are dropped or defaulted, and `default`s are applied top-down.
 */
import { deepClone, isRecord, type JsonObject } from './json-util';

/** The fields of `metadata` the API server keeps (`ObjectMeta`). */
const objectMetaFields = new Set([
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
]);

function sub(schema: JsonObject | undefined, key: string): JsonObject | undefined {
  if (!schema) return undefined;
  const value = schema[key];
  return isRecord(value) ? value : undefined;
}

/** The schema of a property of an object (from `properties`, then `additionalProperties`). */
export function propertySchema(
  schema: JsonObject | undefined,
  key: string,
): JsonObject | undefined {
  const prop = sub(sub(schema, 'properties'), key);
  if (prop) return prop;
  return sub(schema, 'additionalProperties');
}

function preserves(schema: JsonObject | undefined): boolean {
  return schema?.['x-kubernetes-preserve-unknown-fields'] === true;
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Prunes `metadata` to the known `ObjectMeta` fields. */
function pruneObjectMeta(meta: unknown, path: string, pruned: string[]): void {
  if (!isRecord(meta)) return;
  for (const key of Object.keys(meta)) {
    if (!objectMetaFields.has(key)) {
      delete meta[key];
      pruned.push(joinPath(path, key));
    }
  }
}

/**
 * Removes fields the schema does not declare, in place; returns their paths (`spec.foo`,
 * `spec.list[0].bar`) for `fieldValidation`.
 */
export function pruneUnknown(
  value: unknown,
  schema: JsonObject | undefined,
  root = true,
): string[] {
  const pruned: string[] = [];
  walkPrune(value, schema, '', root, pruned);
  return pruned;
}

function walkPrune(
  value: unknown,
  schema: JsonObject | undefined,
  path: string,
  root: boolean,
  pruned: string[],
): void {
  if (Array.isArray(value)) {
    const items = sub(schema, 'items');
    value.forEach((item, i) => walkPrune(item, items, `${path}[${i}]`, false, pruned));
    return;
  }
  if (!isRecord(value)) return;
  const embedded = root || schema?.['x-kubernetes-embedded-resource'] === true;
  const properties = sub(schema, 'properties');
  const additional = schema?.additionalProperties;
  for (const key of Object.keys(value)) {
    const childPath = joinPath(path, key);
    if (embedded && (key === 'apiVersion' || key === 'kind')) continue;
    if (embedded && key === 'metadata') {
      pruneObjectMeta(value[key], childPath, pruned);
      continue;
    }
    const prop = sub(properties, key);
    if (prop) walkPrune(value[key], prop, childPath, false, pruned);
    else if (isRecord(additional)) walkPrune(value[key], additional, childPath, false, pruned);
    else if (additional === true || preserves(schema)) continue;
    else {
      delete value[key];
      pruned.push(childPath);
    }
  }
}

/**
 * Applies `default`s in place, top-down (a default is itself defaulted), and drops nulls of
 * non-nullable fields that have no default.
 */
export function applyDefaults(value: unknown, schema: JsonObject | undefined): void {
  if (!schema) return;
  if (Array.isArray(value)) {
    const items = sub(schema, 'items');
    for (const item of value) applyDefaults(item, items);
    return;
  }
  if (!isRecord(value)) return;
  const properties = sub(schema, 'properties') ?? {};
  for (const [key, raw] of Object.entries(properties)) {
    if (!isRecord(raw)) continue;
    const current = value[key];
    const nonNullableNull = current === null && raw.nullable !== true;
    if (raw.default !== undefined && (!(key in value) || nonNullableNull)) {
      value[key] = deepClone(raw.default);
    } else if (nonNullableNull) {
      delete value[key];
    }
  }
  const additional = sub(schema, 'additionalProperties');
  for (const [key, child] of Object.entries(value)) {
    const prop = sub(properties, key);
    if (prop) applyDefaults(child, prop);
    else if (additional) {
      if (child === null && additional.nullable !== true) delete value[key];
      else applyDefaults(child, additional);
    }
  }
}
