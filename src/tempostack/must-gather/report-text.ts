/**
 * The collection report's English wording of failures and notes (the bundle is read by support in
 * English; the console translates the same codes itself).
 */
import type { CollectionNote, CollectionPart } from './bundle-types';

/** `list ConfigMap`, `log of pod p, container c`, … */
export const describePart = (target: CollectionPart): string => {
  switch (target.part) {
    case 'object':
      return `${target.kind} ${target.name}`;
    case 'list':
      return `list of ${target.kind}`;
    case 'log':
      return `${target.previous ? 'previous log' : 'log'} of pod ${target.pod}, container ${target.container}`;
    case 'operatorLog':
      return `operator log of pod ${target.pod}, container ${target.container}`;
    case 'accessReview':
      return `access review: ${target.verb} ${target.resource}`;
    case 'logs':
      return `container logs in namespace ${target.namespace}`;
  }
};

/** The sentence of a note. */
export const describeNote = (note: CollectionNote): string => {
  switch (note.note) {
    case 'kindNotServed':
      return `${note.kind} (${note.apiVersion}) is not served by this cluster: not listed`;
    case 'containerNotStarted':
      return `log of pod ${note.pod}, container ${note.container} not read: the container has not started (${note.reason})`;
    case 'operatorNeedsClusterRead':
      return 'operator Deployment, manager log and OLM objects not collected: they need permission to list Deployments in all namespaces (cluster administrators)';
    case 'operatorNotFound':
      return `no Deployment labelled ${note.selector} found: operator files not included`;
    case 'olmNotInstalled':
      return 'OLM is not installed: OLM objects not collected';
    case 'eventsTruncated':
      return `only the first ${note.limit} events of the namespace were read`;
    case 'storageSecretForbidden':
      return `no permission to get Secret ${note.name} in namespace ${note.namespace}: its key names are not included`;
  }
};

/** Notes without repeats (the same note from several requests counts once). */
export const uniqueNotes = (notes: readonly CollectionNote[]): CollectionNote[] => {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
