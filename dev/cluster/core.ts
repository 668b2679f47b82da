/**
 * The shared state of one simulated cluster: store, types, watches, admission hooks, options, clock
 * and a seeded random source. The CRUD modules are functions over it.
 */
import type { AdmissionHook, ClusterApi, KubeObject, RequestUser } from './api';
import { type Attributes, enforce, type PolicyContext } from './authorizer';
import { getRecord, getString } from './json-util';
import { TypeRegistry } from './registry';
import { type ResourceType, typeKey } from './resource-type';
import { ObjectStore } from './store';
import { WatchHub } from './watch-hub';

/** Options of `createCluster`. */
export interface ClusterOptions {
  /** Directory of CRD YAML files loaded at start-up (default `data/crds`); `false` for none. */
  crdDir?: string | false;
  /** More CRDs to install at start-up. */
  crds?: KubeObject[];
  /** Namespaces created at start-up (default `default`, `kube-system`, `kube-public`, `openshift-tempo-operator`). */
  namespaces?: string[];
  /** Namespaces where `developer` has edit rights besides those labelled `tempo-sim/team=dev`. */
  developerNamespaces?: string[];
  /** Watch history kept per resource (default 1000 events). */
  watchHistorySize?: number;
  /** Interval of watch bookmarks when a client allows them (default 60 000 ms). */
  bookmarkIntervalMs?: number;
  /** Seed of the random source (uids, generated names); default 1. */
  seed?: number;
  /** The clock (default `() => new Date()`). */
  clock?: () => Date;
  /** Host suffix of defaulted Route hosts (default `apps.sim.example.com`). */
  routeSuffix?: string;
}

/** The caller of in-process requests without a user: acts as the system, no RBAC. */
export const systemUser: RequestUser = {
  name: 'system:admin',
  groups: ['system:masters', 'system:authenticated'],
};

/** mulberry32: a small, fast, seedable PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The state of one cluster. */
export class ClusterCore {
  readonly store: ObjectStore;
  readonly registry = new TypeRegistry();
  readonly hub: WatchHub;
  readonly hooks: AdmissionHook[] = [];
  readonly random: () => number;
  readonly clock: () => Date;
  readonly bookmarkIntervalMs: number;
  readonly routeSuffix: string;
  readonly developerNamespaces: string[];
  /** Set by `createCluster`: the API handed to admission hooks. */
  api!: ClusterApi;

  constructor(readonly options: ClusterOptions) {
    this.store = new ObjectStore(options.watchHistorySize ?? 1000);
    this.hub = new WatchHub(this.store);
    this.random = seededRandom(options.seed ?? 1);
    this.clock = options.clock ?? (() => new Date());
    this.bookmarkIntervalMs = options.bookmarkIntervalMs ?? 60_000;
    this.routeSuffix = options.routeSuffix ?? 'apps.sim.example.com';
    this.developerNamespaces = [...(options.developerNamespaces ?? [])];
  }

  /** Now, as an RFC 3339 timestamp with second precision (as Kubernetes stores them). */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  /** A random version-4 UUID from the seeded source. */
  uid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** Five characters for `generateName`, from Kubernetes' alphabet. */
  nameSuffix(): string {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    return Array.from(
      { length: 5 },
      () => alphabet[Math.floor(this.random() * alphabet.length)],
    ).join('');
  }

  /** The store key of a type. */
  key(type: ResourceType): string {
    return typeKey(type.group, type.plural);
  }

  /** The stored namespace object, if any. */
  namespace(name: string): KubeObject | undefined {
    return this.store.get('namespaces', undefined, name);
  }

  /** What the authorizer needs to know about the cluster. */
  get policy(): PolicyContext {
    return {
      namespaceLabels: (ns) => this.namespace(ns)?.metadata.labels ?? undefined,
      developerNamespaces: this.developerNamespaces,
    };
  }

  /** Enforces RBAC when a user is given (in-process callers without a user are the system). */
  authorize(user: RequestUser | undefined, attrs: Attributes): void {
    if (user) enforce(user, attrs, this.policy);
  }

  /** Whether a namespace is being deleted. */
  namespaceTerminating(name: string): boolean {
    const ns = this.namespace(name);
    return (
      getString(getRecord(ns, 'status'), 'phase') === 'Terminating' ||
      Boolean(ns?.metadata.deletionTimestamp)
    );
  }
}
