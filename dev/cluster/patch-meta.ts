/**
 * Strategic-merge-patch metadata of the built-in kinds: which lists merge, and by which key (the
 * `patchStrategy` / `patchMergeKey` struct tags of `k8s.io/api`).
 */

/** How a field is patched. */
export interface PatchMeta {
  strategy: 'merge' | 'replace';
  /** For lists of objects: the key identifying an element. Absent for lists of primitives. */
  mergeKey?: string;
}

const containerLists = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * The patch metadata of a field, given the field names from the object's root (array positions
 * omitted) and the object's kind. Unknown fields replace (the default for lists).
 */
export function patchMetaFor(kind: string, path: string[]): PatchMeta {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const merge = (mergeKey?: string): PatchMeta => ({ strategy: 'merge', mergeKey });
  if (path.length === 2 && parent === 'metadata') {
    if (last === 'finalizers') return merge();
    if (last === 'ownerReferences') return merge('uid');
  }
  if (containerLists.has(last)) return merge('name');
  if (containerLists.has(parent ?? '')) {
    if (last === 'env') return merge('name');
    if (last === 'ports') return merge('containerPort');
    if (last === 'volumeMounts') return merge('mountPath');
    if (last === 'volumeDevices') return merge('devicePath');
    if (last === 'resizePolicy') return { strategy: 'replace' };
  }
  if (kind === 'Service' && path.join('.') === 'spec.ports') return merge('port');
  if (parent === 'spec' || parent === 'podSpec') {
    if (
      last === 'volumes' ||
      last === 'imagePullSecrets' ||
      last === 'schedulingGates' ||
      last === 'resourceClaims'
    ) {
      return merge('name');
    }
    if (last === 'hostAliases') return merge('ip');
    if (last === 'topologySpreadConstraints') return merge('topologyKey');
  }
  if (last === 'conditions' && parent === 'status') return merge('type');
  return { strategy: 'replace' };
}
