/** Shapes shared by the must-gather modules. */
import type { ObjectMeta } from '../types';

/** Any Kubernetes object as read from the API (JSON). */
export interface KubeObjectLike {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [key: string]: unknown;
}

/** A Kubernetes kind the collection lists. */
export interface ListedKind {
  kind: string;
  /** API group; `''` for the core group. */
  group: string;
  version: string;
  plural: string;
  /**
   * Listed only when the cluster serves it (upstream checks the RESTMapper); a 404 on the list
   * means "not installed", not a failure.
   */
  optional: boolean;
}

/** One file of the bundle, its path relative to the collection directory. */
export interface BundleFile {
  path: string;
  content: string;
}

/** What one request collected (or tried to). */
export type CollectionPart =
  | { part: 'object'; kind: string; name: string }
  | { part: 'list'; kind: string }
  | { part: 'log'; pod: string; container: string; previous: boolean }
  | { part: 'operatorLog'; pod: string; container: string }
  | { part: 'accessReview'; verb: string; resource: string }
  /** Every container log of the namespace (the user may not read pod logs). */
  | { part: 'logs'; namespace: string };

/** Why one part of the collection is missing. */
export interface CollectionFailure {
  target: CollectionPart;
  /** The request path, when one failed. */
  request?: string;
  /** HTTP status, when the API server answered (e.g. 403). */
  status?: number;
  /** The API server's message, or why the plugin did not try. */
  reason: string;
}

/** Something deliberately not collected, and why (not a failure). */
export type CollectionNote =
  | { note: 'kindNotServed'; kind: string; apiVersion: string }
  | { note: 'containerNotStarted'; pod: string; container: string; reason: string }
  | { note: 'operatorNeedsClusterRead' }
  | { note: 'operatorNotFound'; selector: string }
  | { note: 'olmNotInstalled' }
  | { note: 'eventsTruncated'; limit: number }
  | { note: 'storageSecretForbidden'; name: string; namespace: string };

/** The collector's counters (exposed for benchmarks). */
export interface CollectionStats {
  /** Requests sent (including failed ones). */
  requests: number;
  /** Highest number of requests in flight at the same time. */
  peakInFlight: number;
  /** Bytes of response bodies received (as decoded text). */
  bytes: number;
  /** Wall time of the collection, in milliseconds. */
  wallTimeMs: number;
}

/** `apiVersion` of a kind: `v1` or `group/version`. */
export const apiVersionOf = (kind: Pick<ListedKind, 'group' | 'version'>): string =>
  kind.group ? `${kind.group}/${kind.version}` : kind.version;
