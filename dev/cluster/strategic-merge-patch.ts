/**
 * Strategic merge patch (`application/strategic-merge-patch+json`) for the built-in kinds: lists of
 * objects merge by their patch merge key, and the directives `$patch` (merge/replace/delete),
 * `$retainKeys`, `$setElementOrder/<field>` and `$deleteFromPrimitiveList/<field>` are honoured.
 */
import { badRequest } from './errors';
import { deepClone, deepEqual, isRecord, type JsonObject } from './json-util';
import { patchMetaFor } from './patch-meta';

const setOrderPrefix = '$setElementOrder/';
const deletePrimitivePrefix = '$deleteFromPrimitiveList/';

/** Applies a strategic merge patch to a copy of `original`. */
export function applyStrategicMergePatch(kind: string, original: unknown, patch: unknown): unknown {
  if (!isRecord(patch))
    throw badRequest(
      'unable to find api field in struct for the patch: the patch is not a JSON object',
    );
  return mergeMap(kind, isRecord(original) ? original : {}, patch, []) ?? {};
}

function elementKey(element: unknown, mergeKey: string): unknown {
  return isRecord(element) ? element[mergeKey] : undefined;
}

function mergeMap(
  kind: string,
  original: JsonObject,
  patch: JsonObject,
  path: string[],
): JsonObject | undefined {
  const directive = patch.$patch;
  if (directive === 'delete') return undefined;
  if (directive === 'replace') {
    const rest: JsonObject = { ...patch };
    delete rest.$patch;
    return mergeMap(kind, {}, rest, path);
  }
  let result: JsonObject = deepClone(original);
  const retain = patch.$retainKeys;
  const orders: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys') continue;
    if (key.startsWith(setOrderPrefix)) {
      if (Array.isArray(value)) orders.push([key.slice(setOrderPrefix.length), value]);
      continue;
    }
    if (key.startsWith(deletePrimitivePrefix)) {
      const field = key.slice(deletePrimitivePrefix.length);
      const current = result[field];
      if (Array.isArray(current) && Array.isArray(value)) {
        result[field] = current.filter((v) => !value.some((d) => deepEqual(d, v)));
      }
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const fieldPath = [...path, key];
    if (isRecord(value)) {
      const merged = mergeMap(kind, isRecord(result[key]) ? result[key] : {}, value, fieldPath);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else if (Array.isArray(value)) {
      result[key] = mergeList(kind, result[key], value, fieldPath);
    } else {
      result[key] = deepClone(value);
    }
  }
  if (Array.isArray(retain)) {
    const keep = new Set(retain.map(String));
    result = Object.fromEntries(Object.entries(result).filter(([k]) => keep.has(k)));
  }
  for (const [field, order] of orders) {
    const list = result[field];
    if (Array.isArray(list)) result[field] = applyOrder(kind, [...path, field], list, order);
  }
  return result;
}

/** Strips directives from a value that is inserted as a whole. */
function clean(kind: string, value: unknown, path: string[]): unknown {
  if (isRecord(value)) return mergeMap(kind, {}, value, path) ?? {};
  if (Array.isArray(value))
    return value.filter((v) => !(isRecord(v) && v.$patch)).map((v) => clean(kind, v, path));
  return value;
}

function mergeList(kind: string, original: unknown, patch: unknown[], path: string[]): unknown[] {
  const meta = patchMetaFor(kind, path);
  const replaceAll = patch.some(
    (e) => isRecord(e) && e.$patch === 'replace' && Object.keys(e).length === 1,
  );
  if (meta.strategy !== 'merge' || replaceAll || !Array.isArray(original)) {
    return patch.filter((e) => !(isRecord(e) && e.$patch)).map((e) => clean(kind, e, path));
  }
  const result: unknown[] = deepClone(original);
  const { mergeKey } = meta;
  if (!mergeKey) {
    for (const value of patch)
      if (!result.some((v) => deepEqual(v, value))) result.push(deepClone(value));
    return result;
  }
  for (const element of patch) {
    if (!isRecord(element)) continue;
    const key = element[mergeKey];
    const index = result.findIndex(
      (e) => key !== undefined && deepEqual(elementKey(e, mergeKey), key),
    );
    if (element.$patch === 'delete') {
      if (index >= 0) result.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      const current = result[index];
      result[index] = mergeMap(kind, isRecord(current) ? current : {}, element, path) ?? {};
    } else {
      result.push(clean(kind, element, path));
    }
  }
  return result;
}

/** `$setElementOrder`: listed elements first, in the given order, then the others as they were. */
function applyOrder(kind: string, path: string[], list: unknown[], order: unknown[]): unknown[] {
  const { mergeKey } = patchMetaFor(kind, path);
  const keyOf = (v: unknown): unknown => (mergeKey ? elementKey(v, mergeKey) : v);
  const wanted = order.map((o) => (mergeKey && isRecord(o) ? o[mergeKey] : o));
  const ordered: unknown[] = [];
  for (const w of wanted) {
    const found = list.find((v) => deepEqual(keyOf(v), w));
    if (found !== undefined) ordered.push(found);
  }
  const rest = list.filter((v) => !wanted.some((w) => deepEqual(keyOf(v), w)));
  return [...ordered, ...rest];
}
