import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createBundleArchive } from './archive';
import { buildBundle, type CollectedData } from './bundle';
import { componentPods, ownedItems, routeStack, UPSTREAM_ROUTE_CHECK_FILES } from './fixtures';
import { OWNED_KINDS, selectOwned } from './selection';

const stack = routeStack();
const owned = OWNED_KINDS.flatMap((k) => selectOwned(stack, k, ownedItems(stack)[k.kind] ?? []));
const pods = ['distributor', 'ingester', 'querier', 'compactor'].flatMap((c) =>
  componentPods(stack, c, 1),
);
const started = new Date('2026-07-01T10:15:00Z');
const finished = new Date('2026-07-01T10:15:02.5Z');

const collected = (extra: Partial<CollectedData> = {}): CollectedData => ({
  stack,
  startedAt: started,
  finishedAt: finished,
  owned,
  listedKinds: OWNED_KINDS.map((k) => k.kind),
  pods,
  pvcs: [
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data-tempo-simplest-ingester-0' },
    },
  ],
  events: [{ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1' }, reason: 'Created' }],
  logs: [
    {
      pod: 'tempo-simplest-querier-0',
      container: 'tempo',
      previous: false,
      text: 'level=info msg="ready"\nlevel=debug s3 secret=supersecret\n',
    },
    {
      pod: 'tempo-simplest-querier-0',
      container: 'tempo',
      previous: true,
      text: 'panic: connecting with supersecret\n',
    },
  ],
  storageSecret: {
    readable: true,
    secret: {
      name: 'minio',
      data: {
        endpoint: 'http://minio:9000',
        bucket: 'tempo',
        access_key_id: 'tempo',
        access_key_secret: 'supersecret',
      },
    },
  },
  operator: {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'tempo-operator-controller', namespace: 'openshift-tempo-operator' },
    },
    podName: 'tempo-operator-controller-6d4f9-abcde',
    managerLog: '{"level":"info","msg":"Starting workers"}\n',
    olm: [
      {
        apiVersion: 'operators.coreos.com/v1alpha1',
        kind: 'ClusterServiceVersion',
        metadata: { name: 'tempo-operator.v0.22.0' },
      },
      {
        apiVersion: 'operators.coreos.com/v1',
        kind: 'Operator',
        metadata: { name: 'tempo-product.openshift-tempo-operator' },
      },
    ],
  },
  failures: [],
  notes: [{ note: 'kindNotServed', kind: 'PodMonitor', apiVersion: 'monitoring.coreos.com/v1' }],
  stats: { requests: 30, peakInFlight: 4, bytes: 12345, wallTimeMs: 2500 },
  options: { tailLines: 500, pluginVersion: '0.1.0' },
  ...extra,
});

const work = mkdtempSync(path.join(tmpdir(), 'bundle-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildBundle', () => {
  const bundle = buildBundle(collected());
  const paths = bundle.files.map((f) => f.path);
  const file = (p: string) => {
    const found = bundle.files.find((f) => f.path === p);
    if (!found) throw new Error(`${p} not in bundle`);
    return found.content;
  };

  it('has every per-instance file the upstream must-gather check lists for the route test', () => {
    expect(paths).toEqual(expect.arrayContaining([...UPSTREAM_ROUTE_CHECK_FILES]));
  });

  it('writes the operator files and OLM objects as upstream names them', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'deployment-tempo-operator-controller.yaml',
        'tempo-operator-controller-6d4f9-abcde',
        'olm/clusterserviceversion-tempo-operator-v0-22-0.yaml',
        'olm/operator-tempo-product-openshift-tempo-operator.yaml',
      ]),
    );
  });

  it('adds pods, PVCs, events, logs, findings, timestamp and the report', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'timestamp',
        'collection-report.yaml',
        'namespaces/chainsaw-route/core/pods.yaml',
        'namespaces/chainsaw-route/core/persistentvolumeclaims.yaml',
        'namespaces/chainsaw-route/core/events.yaml',
        'namespaces/chainsaw-route/pods/tempo-simplest-querier-0/tempo/tempo/logs/current.log',
        'namespaces/chainsaw-route/pods/tempo-simplest-querier-0/tempo/tempo/logs/previous.log',
        ...['allocation', 'validation', 'health', 'storage-secret', 'inventory'].map(
          (f) => `namespaces/chainsaw-route/tempostack/simplest/diagnostics/${f}.yaml`,
        ),
      ]),
    );
    expect(file('timestamp')).toBe(
      '2026-07-01 10:15:00 +0000 UTC\n2026-07-01 10:15:02.5 +0000 UTC\n',
    );
    expect(parse(file('namespaces/chainsaw-route/core/pods.yaml'))).toMatchObject({
      kind: 'PodList',
      items: { length: 4 },
    });
    expect(paths).toEqual([...paths].sort());
  });

  it('never contains a credential of the storage secret, and keeps its key names', () => {
    for (const f of bundle.files) expect(f.content).not.toContain('supersecret');
    expect(
      parse(file('namespaces/chainsaw-route/tempostack/simplest/diagnostics/storage-secret.yaml')),
    ).toMatchObject({
      keys: ['access_key_id', 'access_key_secret', 'bucket', 'endpoint'],
    });
  });

  it('writes valid YAML objects with the CR redacted', () => {
    const cr = parse(
      file('namespaces/chainsaw-route/tempostack/simplest/tempostack-simplest.yaml'),
    ) as { metadata: Record<string, unknown> };
    expect(cr.metadata.managedFields).toBeUndefined();
    expect(cr.metadata.annotations).toEqual({
      'kubectl.kubernetes.io/last-applied-configuration': '<redacted>',
    });
    const route = parse(
      file(
        'namespaces/chainsaw-route/tempostack/simplest/route-tempo-simplest-query-frontend.yaml',
      ),
    ) as Record<string, unknown>;
    expect(route).toMatchObject({ apiVersion: 'route.openshift.io/v1', kind: 'Route' });
  });

  it('reports what it collected, what failed, the redactions and the counters', () => {
    const report = parse(file('collection-report.yaml')) as Record<string, unknown>;
    expect(report).toMatchObject({
      tool: 'tempo-console-plugin',
      pluginVersion: '0.1.0',
      complete: true,
      tempoStack: { namespace: 'chainsaw-route', name: 'simplest', uid: 'uid-simplest' },
      collected: {
        ownedObjects: owned.length,
        pods: 4,
        containerLogs: 2,
        operator: true,
        olmObjects: 2,
      },
      notes: ['PodMonitor (monitoring.coreos.com/v1) is not served by this cluster: not listed'],
      stats: { requests: 30, peakInFlight: 4, bytes: 12345, wallTimeMs: 2500 },
      redaction: { counts: { knownSecretValue: 2, managedFields: 1, lastAppliedConfiguration: 1 } },
    });
    expect(bundle.summary).toMatchObject({
      files: bundle.files.length,
      ownedObjects: owned.length,
      pods: 4,
      logs: 2,
      events: 1,
      operatorIncluded: true,
      failures: 0,
    });
    expect(bundle.summary.bytes).toBeGreaterThan(1000);
  });

  it('records failures and leaves out what was not collected', () => {
    const partial = buildBundle(
      collected({
        logs: [],
        operator: undefined,
        pods: [],
        pvcs: [],
        events: [],
        storageSecret: { readable: false, reason: 'secrets "minio" is forbidden' },
        failures: [
          {
            target: { part: 'logs', namespace: 'chainsaw-route' },
            status: 403,
            reason: 'pods "x" is forbidden: User "viewer" cannot get resource "pods/log"',
          },
        ],
      }),
    );
    const report = parse(
      partial.files.find((f) => f.path === 'collection-report.yaml')?.content ?? '',
    ) as Record<string, unknown>;
    expect(report.complete).toBe(false);
    expect(report.failures).toEqual([
      {
        what: 'container logs in namespace chainsaw-route',
        status: 403,
        reason: 'pods "x" is forbidden: User "viewer" cannot get resource "pods/log"',
      },
    ]);
    expect(
      partial.files.some(
        (f) => f.path.includes('/logs/') || f.path.startsWith('olm/') || f.path.includes('/core/'),
      ),
    ).toBe(false);
    expect(partial.summary).toMatchObject({ failures: 1, operatorIncluded: false, logs: 0 });
  });
});

describe('createBundleArchive', () => {
  it('packs the bundle under one top directory, readable by tar, named for the stack and time', () => {
    const bundle = buildBundle(collected());
    const archive = createBundleArchive(
      bundle.files,
      { namespace: 'chainsaw-route', name: 'simplest' },
      finished,
    );
    expect(archive.fileName).toBe(
      'must-gather-tempostack-chainsaw-route-simplest-20260701T101502Z.tar.gz',
    );
    const file = path.join(work, archive.fileName);
    writeFileSync(file, archive.bytes);
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    const root = 'must-gather-tempostack-chainsaw-route-simplest-20260701T101502Z/';
    expect(listed[0]).toBe(root);
    for (const p of UPSTREAM_ROUTE_CHECK_FILES) expect(listed).toContain(`${root}${p}`);
    const tar = execFileSync('tar', ['-xzOf', file, `${root}timestamp`], { encoding: 'utf8' });
    expect(tar).toBe('2026-07-01 10:15:00 +0000 UTC\n2026-07-01 10:15:02.5 +0000 UTC\n');
    expect(gunzipSync(archive.bytes).length % 512).toBe(0);
  });
});
