/**
 * Small helpers over Kubernetes objects shared by the controllers and the operator: owner
 * references, label selectors, template hashes and structural comparison.
 */
import type { KubeObject } from '../cluster/api';

/** An owner reference as controllers write it (`controller: true, blockOwnerDeletion: true`). */
export const controllerRef = (
  owner: KubeObject,
): NonNullable<KubeObject['metadata']['ownerReferences']>[number] => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: owner.metadata.name,
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: true,
});

/** The uid of the object's controlling owner, if any. */
export const controllerUid = (object: KubeObject): string | undefined =>
  object.metadata.ownerReferences?.find((ref) => ref.controller)?.uid;

/** The controlling owner reference of the object, if any. */
export const controllerOf = (
  object: KubeObject,
): NonNullable<KubeObject['metadata']['ownerReferences']>[number] | undefined =>
  object.metadata.ownerReferences?.find((ref) => ref.controller);

/** `a=b,c=d` from a label map (the `labelSelector` query parameter). */
export const selectorString = (labels: Record<string, string> | undefined): string =>
  Object.entries(labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(',');

/** True when every label of `selector` is on `labels`. */
export const matchesLabels = (
  labels: Record<string, string> | undefined,
  selector: Record<string, string> | undefined,
): boolean => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

/** JSON with object keys sorted, so equal structures give equal strings. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    return Object.fromEntries(
      Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  });

/** Structural equality (key order ignored). */
export const deepEqual = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** FNV-1a, 32 bit, over the UTF-16 code units of `text` (as bytes when ASCII). */
export const fnv32a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i) & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** Kubernetes' `rand.SafeEncodeString`: maps each character onto an alphabet without vowels. */
export const safeEncode = (text: string): string => {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return Array.from(text, (c) => alphabet[c.charCodeAt(0) % alphabet.length]).join('');
};

/**
 * The hash of a pod template as Kubernetes derives `pod-template-hash` and
 * `controller-revision-hash` suffixes: FNV-32a of the template, safe-encoded (e.g. `7b9c6d8f5`).
 */
export const templateHash = (template: unknown, collisionCount = 0): string =>
  safeEncode(String(fnv32a(`${canonicalJson(template)}#${collisionCount}`)));

/** Namespace/name key of an object. */
export const objectKey = (object: KubeObject): string =>
  `${object.metadata.namespace ?? ''}/${object.metadata.name}`;

/** Splits a `namespace/name` key. */
export const splitKey = (key: string): { namespace: string; name: string } => {
  const slash = key.indexOf('/');
  return { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
};

/** True when the object is being deleted. */
export const isTerminating = (object: KubeObject): boolean =>
  Boolean(object.metadata.deletionTimestamp);

/** Drops zero and undefined counters, as Kubernetes' `omitempty` does. */
export const omitZero = (status: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(status).filter(([, v]) => v !== 0 && v !== undefined));

/**
 * A JSON merge patch replacing `previous` by `next` at the top level: keys missing from `next`
 * are set to `null` (deleted).
 */
export const replacingPatch = (
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
): Record<string, unknown> => ({
  ...Object.fromEntries(
    Object.keys(previous ?? {})
      .filter((key) => !(key in next))
      .map((key) => [key, null]),
  ),
  ...next,
});
