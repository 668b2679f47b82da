/** RFC 6902 JSON Patch (`application/json-patch+json`), with the API server's error wording. */
import { ApiError, badRequest, failure } from './errors';
import { deepClone, deepEqual, isRecord, text } from './json-util';

/** The API server's answer to a patch that cannot be applied (422 with the cause). */
export function patchApplyError(cause: string): ApiError {
  return new ApiError(
    failure(422, 'Invalid', 'the server rejected our request due to an error in our request', {
      causes: [{ reason: 'UnexpectedServerResponse', message: cause }],
    }),
  );
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw patchApplyError(`JSON pointer must start with '/': ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function missing(op: string, path: string): never {
  throw patchApplyError(
    `${op} operation does not apply: doc is missing path: ${JSON.stringify(path)}: missing value`,
  );
}

/** Resolves the parent container of a pointer. */
function parentOf(doc: unknown, parts: string[], op: string, path: string): unknown {
  let current = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(current) && /^\d+$/.test(part) && Number(part) < current.length) {
      current = current[Number(part)];
    } else if (isRecord(current) && part in current) current = current[part];
    else missing(op, path);
  }
  return current;
}

function getAt(doc: unknown, path: string, op: string): unknown {
  let current = doc;
  for (const part of parsePointer(path)) {
    if (Array.isArray(current) && /^\d+$/.test(part) && Number(part) < current.length) {
      current = current[Number(part)];
    } else if (isRecord(current) && part in current) current = current[part];
    else missing(op, path);
  }
  return current;
}

function arrayIndex(
  part: string,
  length: number,
  allowEnd: boolean,
  op: string,
  path: string,
): number {
  if (part === '-' && allowEnd) return length;
  if (!/^\d+$/.test(part)) missing(op, path);
  const index = Number(part);
  if (index > length || (!allowEnd && index === length)) {
    throw patchApplyError(
      `${op} operation does not apply: doc is missing path: ${JSON.stringify(path)}: missing value`,
    );
  }
  return index;
}

function add(doc: unknown, path: string, value: unknown, op = 'add'): unknown {
  const parts = parsePointer(path);
  if (parts.length === 0) return value;
  const parent = parentOf(doc, parts, op, path);
  const last = parts[parts.length - 1];
  if (Array.isArray(parent))
    parent.splice(arrayIndex(last, parent.length, true, op, path), 0, value);
  else if (isRecord(parent)) parent[last] = value;
  else missing(op, path);
  return doc;
}

function remove(doc: unknown, path: string, op = 'remove'): unknown {
  const parts = parsePointer(path);
  const parent = parentOf(doc, parts, op, path);
  const last = parts[parts.length - 1];
  if (Array.isArray(parent)) parent.splice(arrayIndex(last, parent.length, false, op, path), 1);
  else if (isRecord(parent) && last in parent) delete parent[last];
  else if (isRecord(parent))
    throw patchApplyError(`Unable to remove nonexistent key: ${last}: missing value`);
  else missing(op, path);
  return doc;
}

/** Applies a JSON patch to a copy of `doc`. */
export function applyJsonPatch(doc: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch))
    throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let result = deepClone(doc);
  for (const operation of patch) {
    if (!isRecord(operation))
      throw badRequest('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    const op = text(operation.op);
    const path = text(operation.path);
    switch (op) {
      case 'add':
        result = add(result, path, deepClone(operation.value));
        break;
      case 'remove':
        result = remove(result, path);
        break;
      case 'replace':
        getAt(result, path, 'replace');
        result = remove(result, path, 'replace');
        result = add(result, path, deepClone(operation.value), 'replace');
        break;
      case 'move': {
        const from = text(operation.from);
        const value = getAt(result, from, 'move');
        result = remove(result, from, 'move');
        result = add(result, path, value, 'move');
        break;
      }
      case 'copy':
        result = add(result, path, deepClone(getAt(result, text(operation.from), 'copy')), 'copy');
        break;
      case 'test':
        if (!deepEqual(getAt(result, path, 'test'), operation.value)) {
          throw patchApplyError(`testing value ${path} failed: test failed`);
        }
        break;
      default:
        throw patchApplyError(`Unexpected kind: ${op}`);
    }
  }
  return result;
}
