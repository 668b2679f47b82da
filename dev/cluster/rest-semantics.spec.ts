import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { configMap, deployment, refs, statusOf, tempoStack, testCluster } from './test-support';

describe('REST semantics of the in-process API', () => {
  it('creates with server-set metadata, and answers 409 AlreadyExists / 404 NotFound as Kubernetes', async () => {
    const { api } = testCluster();
    const { object } = await api.create(refs.tempostacks, tempoStack('x'));
    expect(object.metadata).toMatchObject({ name: 'x', namespace: 'default', generation: 1 });
    expect(object.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(object.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Number(object.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(await statusOf(api.create(refs.tempostacks, tempoStack('x')))).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
      message: 'tempostacks.tempo.grafana.com "x" already exists',
    });
    expect(await statusOf(api.get(refs.tempostacks, 'nope', 'default'))).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'tempostacks.tempo.grafana.com "nope" not found',
      details: { name: 'nope', group: 'tempo.grafana.com', kind: 'tempostacks' },
    });
    expect((await statusOf(api.create(refs.configmaps, configMap('c', 'missing')))).message).toBe(
      'namespaces "missing" not found',
    );
  });

  it('rejects an update with a stale resourceVersion with the exact Conflict message', async () => {
    const { api } = testCluster();
    const { object } = await api.create(refs.tempostacks, tempoStack('x'));
    await api.patch(refs.tempostacks, 'x', 'default', 'merge', { spec: { timeout: '3m' } });
    const status = await statusOf(api.update(refs.tempostacks, object));
    expect(status).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(status.message).toBe(
      'Operation cannot be fulfilled on tempostacks.tempo.grafana.com "x": the object has been modified; please apply your changes to the latest version and try again',
    );
    const unconditional: KubeObject = {
      ...object,
      metadata: { ...object.metadata, resourceVersion: undefined },
    };
    const updated = await api.update(refs.tempostacks, unconditional);
    expect(updated.object.spec).not.toHaveProperty('timeout');
  });

  it('bumps generation only for spec changes, and writes status only through the subresource', async () => {
    const { api } = testCluster();
    await api.create(refs.tempostacks, { ...tempoStack('x'), status: { tempoVersion: 'ignored' } });
    const gen = async (): Promise<KubeObject> => api.get(refs.tempostacks, 'x', 'default');
    expect((await gen()).status).toBeUndefined();
    await api.patch(refs.tempostacks, 'x', 'default', 'merge', {
      metadata: { labels: { a: 'b' } },
    });
    expect((await gen()).metadata.generation).toBe(1);
    await api.patch(refs.tempostacks, 'x', 'default', 'merge', {
      status: { tempoVersion: 'main' },
    });
    expect((await gen()).status).toBeUndefined();
    const rv = (await gen()).metadata.resourceVersion;
    await api.patch(
      refs.tempostacks,
      'x',
      'default',
      'merge',
      { spec: { timeout: '30s' }, status: { tempoVersion: 'x' } },
      { subresource: 'status' },
    );
    const afterStatus = await gen();
    expect(afterStatus.status).toEqual({ tempoVersion: 'x' });
    expect(afterStatus.spec).not.toHaveProperty('timeout');
    expect(afterStatus.metadata.generation).toBe(1);
    expect(afterStatus.metadata.resourceVersion).not.toBe(rv);
    await api.patch(refs.tempostacks, 'x', 'default', 'merge', { spec: { timeout: '30s' } });
    expect((await gen()).metadata.generation).toBe(2);
    const noop = await api.patch(refs.tempostacks, 'x', 'default', 'merge', {
      spec: { timeout: '30s' },
    });
    expect(noop.object.metadata.resourceVersion).toBe((await gen()).metadata.resourceVersion);
  });

  it('generates names, defaults built-ins and CRs, and stores nothing on dry run', async () => {
    const { api } = testCluster();
    const generated = await api.create(refs.configmaps, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { generateName: 'cfg-', namespace: 'default', name: '' },
    });
    expect(generated.object.metadata.name).toMatch(/^cfg-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const dep = await api.create(refs.deployments, deployment('web'));
    expect(dep.object.spec).toMatchObject({
      replicas: 1,
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
      },
    });
    const dry = await api.create(refs.tempostacks, tempoStack('dry'), { dryRun: true });
    expect(dry.object.spec).toMatchObject({ managementState: 'Managed' });
    expect(dry.object.metadata.uid).toBeTruthy();
    expect((await statusOf(api.get(refs.tempostacks, 'dry', 'default'))).code).toBe(404);
    await api.create(refs.tempostacks, tempoStack('x'));
    const before = await api.get(refs.tempostacks, 'x', 'default');
    const dryPatch = await api.patch(
      refs.tempostacks,
      'x',
      'default',
      'merge',
      { spec: { timeout: '9m' } },
      { dryRun: true },
    );
    expect(dryPatch.object.spec).toMatchObject({ timeout: '9m' });
    expect(await api.get(refs.tempostacks, 'x', 'default')).toEqual(before);
    await api.delete(refs.tempostacks, 'x', 'default', { dryRun: true });
    expect(await api.get(refs.tempostacks, 'x', 'default')).toEqual(before);
    expect(
      (
        await statusOf(
          api.create(
            refs.tempostacks,
            tempoStack('bad', 'default', { storage: { secret: { name: 'm', type: 'foo' } } }),
            { dryRun: true },
          ),
        )
      ).code,
    ).toBe(422);
  });

  it('returns 422 with causes for schema violations, naming every field', async () => {
    const { api } = testCluster();
    const bad = tempoStack('x', 'default', {
      storage: { secret: { name: 'm', type: 'foo' } },
      replicationFactor: 'two',
    });
    const status = await statusOf(api.create(refs.tempostacks, bad));
    expect(status.message).toBe(
      'TempoStack.tempo.grafana.com "x" is invalid: [spec.storage.secret.type: Unsupported value: "foo": supported values: "azure", "gcs", "s3", spec.replicationFactor: Invalid value: "string": spec.replicationFactor in body must be of type integer: "string"]',
    );
    expect(status.details?.causes).toEqual([
      {
        reason: 'FieldValueNotSupported',
        message: 'Unsupported value: "foo": supported values: "azure", "gcs", "s3"',
        field: 'spec.storage.secret.type',
      },
      {
        reason: 'FieldValueTypeInvalid',
        message:
          'Invalid value: "string": spec.replicationFactor in body must be of type integer: "string"',
        field: 'spec.replicationFactor',
      },
    ]);
    const noStorage = { ...tempoStack('y'), spec: {} };
    expect((await statusOf(api.create(refs.tempostacks, noStorage))).message).toBe(
      'TempoStack.tempo.grafana.com "y" is invalid: spec.storage: Required value',
    );
    expect((await statusOf(api.create(refs.configmaps, configMap('Bad_Name')))).message).toMatch(
      /^ConfigMap "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );
  });

  it('paginates with opaque continue tokens over a consistent snapshot, and 410s expired tokens', async () => {
    const { api } = testCluster({ watchHistorySize: 5 });
    for (const n of ['a', 'b', 'c', 'd', 'e'])
      await api.create(refs.configmaps, configMap(n, 'default', {}, { n }));
    const page1 = await api.list(refs.configmaps, { namespace: 'default', limit: 2 });
    expect(page1.items.map((i) => i.metadata.name)).toEqual(['a', 'b']);
    expect(page1.metadata.remainingItemCount).toBe(3);
    await api.delete(refs.configmaps, 'c', 'default');
    const page2 = await api.list(refs.configmaps, {
      namespace: 'default',
      limit: 2,
      continue: page1.metadata.continue,
    });
    expect(page2.items.map((i) => i.metadata.name)).toEqual(['c', 'd']);
    const page3 = await api.list(refs.configmaps, {
      namespace: 'default',
      limit: 2,
      continue: page2.metadata.continue,
    });
    expect(page3.items.map((i) => i.metadata.name)).toEqual(['e']);
    expect(page3.metadata.continue).toBeUndefined();
    const selected = await api.list(refs.configmaps, {
      namespace: 'default',
      labelSelector: 'n in (a,e)',
      limit: 1,
    });
    expect(selected.metadata.remainingItemCount).toBeUndefined();
    for (let i = 0; i < 6; i++)
      await api.patch(refs.configmaps, 'a', 'default', 'merge', { data: { i: String(i) } });
    expect(
      await statusOf(
        api.list(refs.configmaps, {
          namespace: 'default',
          limit: 2,
          continue: page1.metadata.continue,
        }),
      ),
    ).toMatchObject({ code: 410, reason: 'Expired' });
    expect((await statusOf(api.list(refs.configmaps, { continue: 'garbage' }))).code).toBe(400);
  });

  it('applies strategic merge patches to built-ins and refuses them for custom resources', async () => {
    const { api } = testCluster();
    await api.create(refs.deployments, deployment('web'));
    const patched = await api.patch<
      KubeObject & { spec: { template: { spec: { containers: { env: unknown[] }[] } } } }
    >(refs.deployments, 'web', 'default', 'strategic', {
      spec: {
        template: { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '2' }] }] } },
      },
    });
    expect(patched.object.spec.template.spec.containers[0].env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ]);
    await api.create(refs.tempostacks, tempoStack('x'));
    expect(
      await statusOf(api.patch(refs.tempostacks, 'x', 'default', 'strategic', { spec: {} })),
    ).toMatchObject({ code: 415, reason: 'UnsupportedMediaType' });
    const json = await api.patch(refs.tempostacks, 'x', 'default', 'json', [
      { op: 'add', path: '/spec/timeout', value: '1m' },
    ]);
    expect(json.object.spec).toMatchObject({ timeout: '1m' });
    expect(api.resourceFor('apps/v1', 'Deployment')).toEqual(refs.deployments);
  });
});
