import { describe, expect, it } from 'vitest';
import { buildBundle } from '../tempostack/must-gather/bundle';
import {
  componentPods,
  ownedItems,
  routeStack,
  UPSTREAM_ROUTE_CHECK_FILES,
} from '../tempostack/must-gather/fixtures';
import { OWNED_KINDS } from '../tempostack/must-gather/selection';
import type { PodLike } from '../tempostack/types';
import type { AccessQuestion, CollectorApi } from './collector-api';
import { collectDiagnostics } from './collect-diagnostics';
import { DEFAULT_COLLECT_OPTIONS, type CollectProgress } from './collection';

const stack = routeStack();
const NS = 'chainsaw-route';

class HttpFailure extends Error {
  constructor(
    public code: number,
    message: string,
  ) {
    super(message);
  }
}

interface FakeOptions {
  pods: PodLike[];
  denied?: (q: AccessQuestion) => boolean;
  forbiddenPaths?: RegExp;
  delayMs?: () => number;
}

/** A fake cluster that measures the requests in flight itself. */
const fakeCluster = ({
  pods,
  denied = () => false,
  forbiddenPaths,
  delayMs = () => 1,
}: FakeOptions) => {
  const owned = ownedItems(stack);
  let inFlight = 0;
  const seen = { peak: 0, requests: 0, paths: [] as string[] };
  const respond = async <T>(path: string, body: () => T): Promise<T> => {
    inFlight += 1;
    seen.requests += 1;
    seen.paths.push(path);
    seen.peak = Math.max(seen.peak, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, delayMs()));
      if (forbiddenPaths?.test(path)) throw new HttpFailure(403, `forbidden: ${path}`);
      return body();
    } finally {
      inFlight -= 1;
    }
  };
  const api: CollectorApi = {
    getJSON: (path) =>
      respond(path, () => {
        const url = new URL(path, 'http://x');
        const plural = url.pathname.split('/').at(-1) ?? '';
        if (url.pathname.endsWith(`/tempostacks/simplest`)) return stack;
        if (url.pathname.endsWith('/secrets/minio')) {
          return {
            type: 'Opaque',
            data: {
              endpoint: btoa('http://minio:9000'),
              bucket: btoa('tempo'),
              access_key_id: btoa('tempo'),
              access_key_secret: btoa('supersecret'),
            },
          };
        }
        if (plural === 'pods' && url.pathname.includes(NS)) return { items: pods };
        if (plural === 'events')
          return {
            items: [
              { involvedObject: { kind: 'TempoStack', name: 'simplest' }, metadata: { name: 'e' } },
            ],
          };
        if (plural === 'deployments' && !url.pathname.includes('/namespaces/')) {
          return {
            items: [
              {
                metadata: {
                  name: 'tempo-operator-controller',
                  namespace: 'openshift-tempo-operator',
                },
                spec: { selector: { matchLabels: { 'app.kubernetes.io/name': 'tempo-operator' } } },
              },
            ],
          };
        }
        if (plural === 'pods')
          return { items: [{ metadata: { name: 'tempo-operator-controller-abc' } }] };
        if (url.pathname.includes('operators.coreos.com'))
          return { items: [{ metadata: { name: 'tempo-operator.v0.22.0' } }] };
        if (
          plural === 'podmonitors' ||
          plural === 'servicemonitors' ||
          plural === 'horizontalpodautoscalers'
        )
          throw new HttpFailure(404, 'the server could not find the requested resource');
        const kind = OWNED_KINDS.find((k) => k.plural === plural);
        return { items: kind ? (owned[kind.kind] ?? []) : [] };
      }),
    getText: (path) => respond(path, () => `level=info msg="log of ${path}"\nsecret=supersecret\n`),
    canI: (question) =>
      respond(`review ${question.verb} ${question.resource}`, () => !denied(question)),
  };
  return { api, seen };
};

/** 100 pods: 30 distributors, 20 ingesters, 30 queriers, 10 query-frontends (2 containers, restarted), 10 compactors. */
const hundredPods = (): PodLike[] => [
  ...componentPods(stack, 'distributor', 30),
  ...componentPods(stack, 'ingester', 20),
  ...componentPods(stack, 'querier', 30),
  ...componentPods(stack, 'query-frontend', 10, {
    containers: ['tempo', 'jaeger-query'],
    restarts: 1,
  }),
  ...componentPods(stack, 'compactor', 10),
];

const run = (
  api: CollectorApi,
  options = DEFAULT_COLLECT_OPTIONS,
  signal = new AbortController().signal,
) => {
  const progress: CollectProgress[] = [];
  return collectDiagnostics(stack, api, options, (p) => progress.push(p), signal).then((data) => ({
    data,
    progress,
  }));
};

describe('collectDiagnostics on a 100-pod stack', () => {
  it('never has more requests in flight than the limit, and counts them', async () => {
    const pods = hundredPods();
    const { api, seen } = fakeCluster({ pods, delayMs: () => 1 + Math.floor(Math.random() * 4) });
    const { data, progress } = await run(api, { ...DEFAULT_COLLECT_OPTIONS, concurrency: 4 });
    expect(seen.peak).toBeLessThanOrEqual(4);
    expect(seen.peak).toBe(4);
    expect(data.stats.peakInFlight).toBe(seen.peak);
    expect(data.stats.requests).toBe(seen.requests);
    // 1 CR + 13 kinds + pods + events + secret (review + get) + logs (review + 120 current + 20 previous)
    // + operator (review, deployments, pods, 5 OLM lists, log).
    const logs = 100 + 10 + 20;
    expect(seen.requests).toBe(1 + 13 + 1 + 1 + 2 + 1 + logs + 1 + 1 + 1 + 5 + 1);
    expect(data.logs).toHaveLength(logs);
    expect(data.stats.bytes).toBeGreaterThan(0);
    const last = progress.at(-1);
    expect(last).toEqual({ done: seen.requests, total: seen.requests, failed: 0 });
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
  });

  it('selects the upstream objects and leaves no credential in the bundle', async () => {
    const { api } = fakeCluster({ pods: hundredPods() });
    const { data } = await run(api);
    expect(data.failures).toEqual([]);
    expect(data.notes).toContainEqual({
      note: 'kindNotServed',
      kind: 'PodMonitor',
      apiVersion: 'monitoring.coreos.com/v1',
    });
    expect(data.listedKinds).not.toContain('PodMonitor');
    const bundle = buildBundle(data);
    const paths = bundle.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ...UPSTREAM_ROUTE_CHECK_FILES,
        'deployment-tempo-operator-controller.yaml',
        'tempo-operator-controller-abc',
        'olm/clusterserviceversion-tempo-operator-v0-22-0.yaml',
      ]),
    );
    for (const f of bundle.files) expect(f.content).not.toContain('supersecret');
    expect(data.storageSecret).toMatchObject({ readable: true });
  });
});

describe('partial collections', () => {
  it('a viewer without pods/log gets everything else and one explanation, without 100 forbidden requests', async () => {
    const { api, seen } = fakeCluster({
      pods: hundredPods(),
      denied: (q) =>
        q.subresource === 'log' ||
        q.resource === 'secrets' ||
        (q.resource === 'deployments' && !q.namespace),
    });
    const { data } = await run(api);
    expect(seen.paths.some((p) => p.includes('/log?'))).toBe(false);
    expect(data.logs).toEqual([]);
    expect(data.failures).toEqual([
      {
        target: { part: 'logs', namespace: NS },
        status: 403,
        reason: 'access review: the user may not get pods/log in namespace chainsaw-route',
      },
    ]);
    expect(data.storageSecret).toEqual({
      readable: false,
      reason:
        'no permission to get Secret minio in namespace chainsaw-route: its key names are not included',
    });
    expect(data.operator).toBeUndefined();
    expect(data.notes).toContainEqual({ note: 'operatorNeedsClusterRead' });
    expect(data.notes).toContainEqual({
      note: 'storageSecretForbidden',
      name: 'minio',
      namespace: NS,
    });
    expect(data.owned.length).toBeGreaterThan(15);
    const bundle = buildBundle(data);
    expect(bundle.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([...UPSTREAM_ROUTE_CHECK_FILES]),
    );
  });

  it('records each request that fails, with the status and the server message, and goes on', async () => {
    const { api } = fakeCluster({
      pods: componentPods(stack, 'querier', 2),
      forbiddenPaths: /\/configmaps\?|tempo-simplest-querier-1\/log/,
    });
    const { data, progress } = await run(api);
    expect(data.failures.map((f) => [f.target, f.status, f.reason])).toEqual([
      [{ part: 'list', kind: 'ConfigMap' }, 403, `forbidden: ${data.failures[0]?.request ?? ''}`],
      [
        { part: 'log', pod: 'tempo-simplest-querier-1', container: 'tempo', previous: false },
        403,
        `forbidden: ${data.failures[1]?.request ?? ''}`,
      ],
    ]);
    expect(data.failures[0]?.request).toMatch(
      /^\/api\/v1\/namespaces\/chainsaw-route\/configmaps\?/,
    );
    expect(data.failures[1]?.request).toContain(
      '/pods/tempo-simplest-querier-1/log?container=tempo&tailLines=500',
    );
    expect(data.logs.map((l) => l.pod)).toEqual(['tempo-simplest-querier-0']);
    expect(data.listedKinds).not.toContain('ConfigMap');
    expect(progress.at(-1)?.failed).toBe(2);
  });
});

describe('cancel', () => {
  it('stops: queued requests never start and the collection rejects with AbortError', async () => {
    const { api, seen } = fakeCluster({ pods: hundredPods(), delayMs: () => 5 });
    const controller = new AbortController();
    const pending = run(api, DEFAULT_COLLECT_OPTIONS, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 15));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const sent = seen.requests;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen.requests).toBe(sent);
    expect(sent).toBeLessThan(50);
  });
});

describe('discovery', () => {
  it('does not request kinds the cluster does not serve', async () => {
    const { api, seen } = fakeCluster({ pods: componentPods(stack, 'querier', 1) });
    const served = (k: { group: string; kind: string }) =>
      k.group !== 'monitoring.coreos.com' &&
      k.group !== 'operators.coreos.com' &&
      k.kind !== 'HorizontalPodAutoscaler';
    const { data } = await run(api, { ...DEFAULT_COLLECT_OPTIONS, isServed: served });
    expect(
      seen.paths.some((p) =>
        /podmonitors|servicemonitors|horizontalpodautoscalers|operators\.coreos\.com/.test(p),
      ),
    ).toBe(false);
    expect(data.notes).toContainEqual({
      note: 'kindNotServed',
      kind: 'ServiceMonitor',
      apiVersion: 'monitoring.coreos.com/v1',
    });
    expect(data.notes).toContainEqual({ note: 'olmNotInstalled' });
    expect(data.failures).toEqual([]);
    expect(data.operator?.olm).toEqual([]);
  });
});
