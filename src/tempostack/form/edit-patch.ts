/**
 * Saving an edited TempoStack without overwriting what others changed: a JSON patch of only the
 * fields that differ from the object the form was opened with, guarded by that object's
 * `resourceVersion` (the API server answers 409 Conflict when the object changed since), and, after
 * a conflict, a three-way comparison of the opened, the edited and the current object, so the user
 * sees what the server changed and can re-apply their own changes on top of it.
 */
import type { TempoStack } from '../types';
import { deletePath, isJsonObject, jsonEqual, setPath, type JsonObject } from './object-path';

/** One RFC 6902 operation. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

/** A value that differs between two objects, at the deepest object level (arrays are values). */
export interface FieldChange {
  /** Keys from the object root, e.g. `['spec', 'template', 'gateway', 'enabled']`. */
  keys: string[];
  before: unknown;
  after: unknown;
}

/** What an edit may change: the spec, labels and annotations (never status or other metadata). */
const EDITABLE_ROOTS: readonly (readonly string[])[] = [
  ['spec'],
  ['metadata', 'labels'],
  ['metadata', 'annotations'],
];

const at = (root: unknown, keys: readonly string[]): unknown =>
  keys.reduce<unknown>((value, key) => (isJsonObject(value) ? value[key] : undefined), root);

/** `a.b[c/d]`-style text of a key path for people. */
export const formatKeys = (keys: readonly string[]): string =>
  keys.reduce(
    (text, key) =>
      /^[A-Za-z_$][\w$]*$/.test(key) ? (text === '' ? key : `${text}.${key}`) : `${text}[${key}]`,
    '',
  );

const pointer = (keys: readonly string[]): string =>
  keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const leafChanges = (before: unknown, after: unknown, keys: string[], out: FieldChange[]): void => {
  if (jsonEqual(before, after)) return;
  const beforeObject = isJsonObject(before) ? before : undefined;
  const afterObject = isJsonObject(after) ? after : undefined;
  if ((beforeObject || before === undefined) && (afterObject || after === undefined)) {
    const all = new Set([...Object.keys(beforeObject ?? {}), ...Object.keys(afterObject ?? {})]);
    for (const key of all)
      leafChanges(beforeObject?.[key], afterObject?.[key], [...keys, key], out);
    return;
  }
  out.push({ keys, before, after });
};

/** Every leaf that differs between two objects in the editable parts (spec, labels, annotations). */
export const diffEditable = (before: TempoStack, after: TempoStack): FieldChange[] => {
  const out: FieldChange[] = [];
  for (const root of EDITABLE_ROOTS) leafChanges(at(before, root), at(after, root), [...root], out);
  return out;
};

const patchOps = (
  before: unknown,
  after: unknown,
  keys: string[],
  out: JsonPatchOperation[],
): void => {
  if (jsonEqual(before, after)) return;
  if (after === undefined) {
    out.push({ op: 'remove', path: pointer(keys) });
  } else if (before === undefined) {
    out.push({ op: 'add', path: pointer(keys), value: after });
  } else if (isJsonObject(before) && isJsonObject(after)) {
    const all = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of all) patchOps(before[key], after[key], [...keys, key], out);
  } else {
    out.push({ op: 'replace', path: pointer(keys), value: after });
  }
};

/**
 * The JSON patch turning `opened` into `edited` in the editable parts, preceded by the
 * `resourceVersion` guard; `[]` when nothing changed.
 */
export const buildEditPatch = (opened: TempoStack, edited: TempoStack): JsonPatchOperation[] => {
  const ops: JsonPatchOperation[] = [];
  for (const root of EDITABLE_ROOTS) {
    const before = at(opened, root);
    const after = at(edited, root);
    // `metadata` always exists on a stored object, so adding labels never needs a parent.
    patchOps(before, after, [...root], ops);
  }
  if (ops.length === 0) return [];
  return [
    { op: 'replace', path: '/metadata/resourceVersion', value: opened.metadata.resourceVersion },
    ...ops,
  ];
};

const overlaps = (a: readonly string[], b: readonly string[]): boolean =>
  a.slice(0, Math.min(a.length, b.length)).every((key, i) => key === b[i]);

/** What happened on both sides since the form was opened. */
export interface EditConflict {
  /** Changes on the server: opened → current. */
  serverChanges: FieldChange[];
  /** The user's changes: opened → edited. */
  myChanges: FieldChange[];
  /** Server changes on a field the user changed too, to a different value. */
  conflicts: FieldChange[];
}

/** Compares the opened, the edited and the current object. */
export const compareEdits = (
  opened: TempoStack,
  edited: TempoStack,
  current: TempoStack,
): EditConflict => {
  const serverChanges = diffEditable(opened, current);
  const myChanges = diffEditable(opened, edited);
  const conflicts = serverChanges.filter((theirs) =>
    myChanges.some(
      (mine) =>
        overlaps(mine.keys, theirs.keys) &&
        !jsonEqual(at(edited, theirs.keys), at(current, theirs.keys)),
    ),
  );
  return { serverChanges, myChanges, conflicts };
};

/**
 * The current object with the user's changes applied on top (the user's value wins where both
 * changed the same field); its `resourceVersion` is the current one.
 */
export const reapplyEdits = (
  opened: TempoStack,
  edited: TempoStack,
  current: TempoStack,
): TempoStack => {
  const result = structuredClone(current) as unknown as JsonObject;
  for (const change of diffEditable(opened, edited)) {
    if (change.after === undefined) deletePath(result, change.keys);
    else setPath(result, change.keys, structuredClone(change.after));
  }
  return result as unknown as TempoStack;
};
