/**
 * The in-process interface of the Kubernetes API simulator. The HTTP server, the built-in
 * controllers (deployments, stateful sets, pods), the simulated Tempo Operator and the scenarios all
 * go through it, so they all see the same semantics: resource versions, generations, admission,
 * finalizers, garbage collection and watch events.
 */

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    finalizers?: string[];
    ownerReferences?: {
      apiVersion: string;
      kind: string;
      name: string;
      uid: string;
      controller?: boolean;
      blockOwnerDeletion?: boolean;
    }[];
    generateName?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Identifies a kind: `{ group: '', version: 'v1', resource: 'pods' }`. */
export interface ResourceRef {
  group: string;
  version: string;
  /** Plural resource name, as in URLs. */
  resource: string;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

export interface KubeList<T extends KubeObject = KubeObject> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string; continue?: string; remainingItemCount?: number };
  items: T[];
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEvent<T extends KubeObject = KubeObject> {
  type: WatchEventType;
  object: T;
}

export interface WatchOptions extends ListOptions {
  /** Start after this version; an expired version yields one ERROR event with a 410 Status. */
  resourceVersion?: string;
  allowWatchBookmarks?: boolean;
  /** Send the current objects as ADDED first (what a watch without resourceVersion does). */
  sendInitialEvents?: boolean;
}

export interface Watch {
  /** Stops the watch; no further events are delivered. */
  stop(): void;
}

/** Who is calling. `system:admin`-like callers (controllers, the operator) bypass RBAC. */
export interface RequestUser {
  name: string;
  groups: string[];
}

export interface WriteOptions {
  user?: RequestUser;
  /** `dryRun=All`: run admission and validation, persist nothing. */
  dryRun?: boolean;
  /** Write the status subresource only. */
  subresource?: 'status';
  /** Field manager, accepted and ignored. */
  fieldManager?: string;
  /** Unknown fields of custom resources: reject (`Strict`), warn (`Warn`, the default) or drop silently. */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
}

export interface DeleteOptions extends WriteOptions {
  propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
  preconditions?: { uid?: string; resourceVersion?: string };
}

export type PatchType = 'merge' | 'json' | 'strategic';

/** The result of a write: the stored object and any admission warnings. */
export interface WriteResult<T extends KubeObject = KubeObject> {
  object: T;
  warnings: string[];
}

/**
 * Errors are thrown as `ApiError` carrying a Kubernetes `Status` object (code 404, 409, 422, 403, …)
 * so that the HTTP layer can send them unchanged.
 */
export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface Status {
  apiVersion: 'v1';
  kind: 'Status';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: StatusCause[];
    retryAfterSeconds?: number;
  };
  code: number;
}

/** A mutating and/or validating admission hook for one kind (as a webhook registration does). */
export interface AdmissionHook {
  name: string;
  match: { group: string; kind: string };
  operations: ('CREATE' | 'UPDATE' | 'DELETE')[];
  /** Returns the mutated object (or the same one). */
  mutate?(request: AdmissionRequest): KubeObject | Promise<KubeObject>;
  /** Returns warnings; throws `ApiError` (422 Invalid) to reject. */
  validate?(request: AdmissionRequest): string[] | Promise<string[]>;
}

export interface AdmissionRequest {
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  object: KubeObject;
  oldObject?: KubeObject;
  user: RequestUser;
  dryRun: boolean;
  /** Read access to the cluster, e.g. to look up the storage secret. */
  cluster: ClusterApi;
}

/** The simulator's in-process API. Every method enforces RBAC when `user` is given. */
export interface ClusterApi {
  get<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    name: string,
    namespace?: string,
    user?: RequestUser,
  ): Promise<T>;
  list<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    options?: ListOptions,
    user?: RequestUser,
  ): Promise<KubeList<T>>;
  create<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    object: T,
    options?: WriteOptions,
  ): Promise<WriteResult<T>>;
  /** Full update; stale `metadata.resourceVersion` → 409 Conflict. */
  update<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    object: T,
    options?: WriteOptions,
  ): Promise<WriteResult<T>>;
  patch<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    name: string,
    namespace: string | undefined,
    type: PatchType,
    patch: unknown,
    options?: WriteOptions,
  ): Promise<WriteResult<T>>;
  delete(
    ref: ResourceRef,
    name: string,
    namespace: string | undefined,
    options?: DeleteOptions,
  ): Promise<KubeObject | Status>;
  watch<T extends KubeObject = KubeObject>(
    ref: ResourceRef,
    options: WatchOptions,
    onEvent: (event: WatchEvent<T>) => void,
    user?: RequestUser,
  ): Watch;
  registerAdmission(hook: AdmissionHook): void;
  /** Resolves a kind to its resource (`{group:'apps', kind:'Deployment'}` → deployments). */
  resourceFor(apiVersion: string, kind: string): ResourceRef;
}
