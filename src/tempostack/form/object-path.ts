/**
 * Reading and writing one field of a JSON object tree by path, in the way a form that must not
 * disturb what it does not show needs: a value equal to the stored one keeps the stored one (its
 * type and key order), an unset value removes the key and the parents that became empty because
 * of it, nothing else is touched.
 */

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined when a step is missing or not an object. */
export const getPath = (root: unknown, path: readonly string[]): unknown => {
  let current: unknown = root;
  for (const key of path) {
    if (!isJsonObject(current)) return undefined;
    current = current[key];
  }
  return current;
};

/** Sets `path` to `value`, creating (or replacing non-object) parents on the way. */
export const setPath = (root: JsonObject, path: readonly string[], value: unknown): void => {
  let current = root;
  path.slice(0, -1).forEach((key) => {
    const next = current[key];
    if (isJsonObject(next)) {
      current = next;
    } else {
      const created: JsonObject = {};
      current[key] = created;
      current = created;
    }
  });
  current[path[path.length - 1]] = value;
};

/** Removes the key at `path`, then every parent object left empty by that removal. */
export const deletePath = (root: JsonObject, path: readonly string[]): void => {
  const parents: JsonObject[] = [root];
  for (const key of path.slice(0, -1)) {
    const next = parents[parents.length - 1][key];
    if (!isJsonObject(next)) return;
    parents.push(next);
  }
  const last = parents[parents.length - 1];
  if (!(path[path.length - 1] in last)) return;
  delete last[path[path.length - 1]];
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]).length > 0) return;
    delete parents[i - 1][path[i - 1]];
  }
};

/** Deep equality of JSON values (object key order ignored). */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
};

/** A stored scalar the form shows as the same text: `2` and `"2"`, `true` and `true`. */
const sameScalar = (stored: unknown, next: unknown): boolean =>
  (typeof stored === 'string' || typeof stored === 'number' || typeof stored === 'boolean') &&
  (typeof next === 'string' || typeof next === 'number' || typeof next === 'boolean') &&
  String(stored) === String(next);

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

export interface WriteOptions {
  /**
   * Stored values that mean the same as "not set" for this field (kept as they are when the form
   * has nothing): by default `undefined`, `null` and `''`.
   */
  unsetLike?: (stored: unknown) => boolean;
}

/**
 * Writes a form value at `path`: `undefined` means "not set" (the key is removed unless the stored
 * value already means "not set"); a value equal to the stored one (as text, or deeply) keeps the
 * stored one.
 */
export const writeField = (
  root: JsonObject,
  path: readonly string[],
  next: unknown,
  options: WriteOptions = {},
): void => {
  const stored = getPath(root, path);
  const unsetLike = options.unsetLike ?? isBlank;
  if (next === undefined) {
    if (stored !== undefined && !unsetLike(stored)) deletePath(root, path);
    return;
  }
  if (sameScalar(stored, next) || jsonEqual(stored, next)) return;
  setPath(root, path, next);
};
