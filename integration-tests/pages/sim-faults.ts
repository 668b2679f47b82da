import type { Page } from '@playwright/test';
import type { DevWorld } from '../support/dev-host';
import { kubeApi } from '../support/sim-cluster';

/** A request verb the simulator can fault (`dev/cluster/faults.ts`). */
export type FaultVerb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete';

/** The simulator's fault configuration (`GET/PUT/PATCH /_sim/faults`). */
export interface FaultConfig {
  seed?: number;
  latencyMs?: Partial<Record<FaultVerb, number>>;
  errors?: Partial<Record<FaultVerb, { code: number; probability: number } | null>>;
  dropWatchesEverySeconds?: number;
  conflictNextUpdates?: number;
}

/**
 * The simulator's fault injection over HTTP (no token needed). Faults apply to every HTTP request
 * (the browser's through the host, and the tests' own), not to the in-process controllers.
 */
export const simFaults = (world: DevWorld) => {
  const admin = async (path: string, method: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${world.api}/_sim/faults${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} /_sim/faults${path}: ${response.status}`);
    return response.json();
  };
  return {
    /** Replaces the whole configuration. */
    set: (config: FaultConfig) => admin('', 'PUT', config),
    /** Back to no faults. */
    reset: () => admin('', 'DELETE'),
    /** Closes every open watch now; resolves to how many were closed. */
    dropWatches: async () =>
      ((await admin('/drop-watches', 'POST')) as { dropped: number }).dropped,
  };
};

/** A Kubernetes object as the tests write it. */
export interface SimObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    finalizers?: string[];
    resourceVersion?: string;
  };
  [field: string]: unknown;
}

const TEMPOSTACKS = (ns: string) => `/apis/tempo.grafana.com/v1alpha1/namespaces/${ns}/tempostacks`;

/** Writes to the simulator's API as `admin` (create, merge-patch, delete any object). */
export const simWrites = (world: DevWorld) => {
  const api = kubeApi(world);
  const collection = (o: Pick<SimObject, 'apiVersion' | 'kind' | 'metadata'>, plural: string) => {
    const base = o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
    return o.metadata.namespace
      ? `${base}/namespaces/${o.metadata.namespace}/${plural}`
      : `${base}/${plural}`;
  };
  return {
    /** Creates an object; `plural` is its resource name (`routes`, `events`, …). */
    create: <T extends SimObject>(plural: string, object: T) =>
      api.call<T>(collection(object, plural), { method: 'POST', body: JSON.stringify(object) }),
    /** Creates a namespace, optionally labelled. */
    namespace: (name: string, labels: Record<string, string> = {}) =>
      api.call('/api/v1/namespaces', {
        method: 'POST',
        body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }),
      }),
    /** Creates an Opaque Secret from plain-text values. */
    secret: (ns: string, name: string, values: Record<string, string>) =>
      api.call(`/api/v1/namespaces/${ns}/secrets`, {
        method: 'POST',
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name, namespace: ns },
          type: 'Opaque',
          stringData: values,
        }),
      }),
    /** Creates a TempoStack with S3 storage in the `minio` secret and the given spec on top. */
    tempoStack: (ns: string, name: string, spec: Record<string, unknown> = {}, meta = {}) =>
      api.call<SimObject>(TEMPOSTACKS(ns), {
        method: 'POST',
        body: JSON.stringify({
          apiVersion: 'tempo.grafana.com/v1alpha1',
          kind: 'TempoStack',
          metadata: { name, namespace: ns, ...meta },
          spec: { storage: { secret: { name: 'minio', type: 's3' } }, storageSize: '1Gi', ...spec },
        }),
      }),
    /** Merge-patches a TempoStack. */
    patchTempoStack: (ns: string, name: string, patch: Record<string, unknown>) =>
      api.call<SimObject>(`${TEMPOSTACKS(ns)}/${name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify(patch),
      }),
    /** Deletes a TempoStack. */
    deleteTempoStack: (ns: string, name: string) =>
      api.call(`${TEMPOSTACKS(ns)}/${name}`, { method: 'DELETE' }),
    /** Reads a TempoStack, or `undefined` when it does not exist. */
    getTempoStack: (ns: string, name: string) =>
      api.call<SimObject>(`${TEMPOSTACKS(ns)}/${name}`).catch(() => undefined),
    /** Merge-patches any object at its path (e.g. a Route's `/status`). */
    patch: (path: string, patch: Record<string, unknown>) =>
      api.call<SimObject>(path, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify(patch),
      }),
    get: <T>(path: string) => api.call<T>(path),
  };
};

/** Values of an S3 storage secret (placeholders). */
export const S3_SECRET = {
  endpoint: 'http://minio.minio.svc:9000',
  bucket: 'tempo',
  access_key_id: 'tempo',
  access_key_secret: 'placeholder',
};

/**
 * Console errors without the browser's own reports of requests that failed with one of the given
 * (injected) status codes: Chromium logs every failed fetch and WebSocket handshake. Anything the
 * page itself logs, and failures with other codes, stay.
 */
export const withoutFailedRequests = (errors: string[], codes: number[]): string[] =>
  errors.filter(
    (e) =>
      !codes.some(
        (code) =>
          e.includes(`Unexpected response code: ${code}`) ||
          e.includes(`the server responded with a status of ${code}`),
      ),
  );

/**
 * Marks the loaded page; `unchanged()` then tells whether it is still the same document (a reload
 * or a full navigation, which would hide a stale watch, drops the mark).
 */
export const markPage = async (page: Page) => {
  await page.evaluate(() => {
    (window as { ftMark?: boolean }).ftMark = true;
  });
  return {
    unchanged: () => page.evaluate(() => (window as { ftMark?: boolean }).ftMark === true),
  };
};
