/** Small helpers for working with untyped JSON values (`unknown`) in strict TypeScript. */

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for plain JSON objects (not arrays, not null). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy of a JSON value (objects, arrays and primitives only). */
export function deepClone<T>(value: T): T {
  return structuredClone(value);
}

/** Structural equality of two JSON values. Key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const ak = Object.keys(a).filter((k) => a[k] !== undefined);
    const bk = Object.keys(b).filter((k) => b[k] !== undefined);
    return ak.length === bk.length && ak.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Reads a dotted path (`spec.template.metadata`) from a JSON value. */
export function getPath(value: unknown, path: string | string[]): unknown {
  const parts = typeof path === 'string' ? path.split('.').filter(Boolean) : path;
  let current: unknown = value;
  for (const part of parts) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else if (isRecord(current)) current = current[part];
    else return undefined;
  }
  return current;
}

/** Reads an object-valued field, or undefined. */
export function getRecord(value: unknown, key: string): JsonObject | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return isRecord(field) ? field : undefined;
}

/** Reads a string-valued field, or undefined. */
export function getString(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** Reads a string array field; non-string items are dropped. */
export function getStringArray(value: unknown, key: string): string[] {
  if (!isRecord(value)) return [];
  const field = value[key];
  return Array.isArray(field) ? field.filter((v): v is string => typeof v === 'string') : [];
}

/** Go's `%q`-like quoting of a string (JSON escaping is close enough for messages). */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** A value as text: strings as they are, numbers and booleans printed, objects as JSON, nothing as ''. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}
