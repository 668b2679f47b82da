/** RFC 7386 JSON Merge Patch (`application/merge-patch+json`). */
import { deepClone, isRecord } from './json-util';

/** Applies a merge patch: objects merge recursively, `null` deletes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return deepClone(patch);
  const result: Record<string, unknown> = isRecord(target) ? deepClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** The merge patch that turns `from` into `to` (used for tests and server-side apply). */
export function createMergePatch(from: unknown, to: unknown): unknown {
  if (!isRecord(from) || !isRecord(to)) return deepClone(to);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(from)) if (!(key in to)) patch[key] = null;
  for (const [key, value] of Object.entries(to)) {
    if (!(key in from)) patch[key] = deepClone(value);
    else if (JSON.stringify(from[key]) !== JSON.stringify(value)) {
      patch[key] = createMergePatch(from[key], value);
    }
  }
  return patch;
}
