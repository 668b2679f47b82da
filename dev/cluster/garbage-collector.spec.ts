import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import type { Cluster } from './cluster';
import { configMap, deployment, refs, statusOf, tempoStack, testCluster } from './test-support';

function replicaSet(
  owner: KubeObject,
  name: string,
  extra: Partial<KubeObject['metadata']> = {},
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: owner.metadata.name,
          uid: owner.metadata.uid ?? '',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      ...extra,
    },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'a', image: 'nginx' }] },
      },
    },
  };
}

async function withOwner(
  cluster: Cluster,
  extra: Partial<KubeObject['metadata']> = {},
): Promise<KubeObject> {
  const owner = (await cluster.api.create(refs.deployments, deployment('web'))).object;
  await cluster.api.create(refs.replicasets, replicaSet(owner, 'web-1', extra));
  return owner;
}

const names = async (cluster: Cluster): Promise<string[]> =>
  (await cluster.api.list(refs.replicasets, { namespace: 'default' })).items.map(
    (i) => i.metadata.name,
  );

describe('finalizers', () => {
  it('keeps an object with finalizers, marked with deletionTimestamp, until they are removed', async () => {
    const cluster = testCluster();
    const { api } = cluster;
    await api.create(refs.tempostacks, {
      ...tempoStack('x'),
      metadata: { name: 'x', namespace: 'default', finalizers: ['tempo.grafana.com/cleanup'] },
    });
    const result = (await api.delete(refs.tempostacks, 'x', 'default')) as KubeObject;
    expect(result.metadata.deletionTimestamp).toBeTruthy();
    const marked = await api.get(refs.tempostacks, 'x', 'default');
    expect(marked.metadata).toMatchObject({
      generation: 2,
      finalizers: ['tempo.grafana.com/cleanup'],
    });
    const added = await statusOf(
      api.patch(refs.tempostacks, 'x', 'default', 'merge', {
        metadata: { finalizers: ['tempo.grafana.com/cleanup', 'new'] },
      }),
    );
    expect(added.message).toContain(
      'no new finalizers can be added if the object is being deleted',
    );
    await api.patch(refs.tempostacks, 'x', 'default', 'merge', { metadata: { finalizers: null } });
    expect((await statusOf(api.get(refs.tempostacks, 'x', 'default'))).code).toBe(404);
  });

  it('returns a Success Status for immediate deletions', async () => {
    const { api } = testCluster();
    const created = await api.create(refs.configmaps, configMap('c'));
    expect(await api.delete(refs.configmaps, 'c', 'default')).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'c', kind: 'configmaps', uid: created.object.metadata.uid },
    });
    expect(
      await statusOf(api.delete(refs.configmaps, 'c', 'default', { preconditions: { uid: 'x' } })),
    ).toMatchObject({ code: 404 });
  });
});

describe('garbage collection', () => {
  it('deletes dependents in the background when the owner goes', async () => {
    const cluster = testCluster();
    await withOwner(cluster);
    await cluster.api.delete(refs.deployments, 'web', 'default');
    await cluster.settle();
    expect(await names(cluster)).toEqual([]);
  });

  it('keeps a Foreground-deleted owner until its blocking dependents are gone', async () => {
    const cluster = testCluster();
    await withOwner(cluster, { finalizers: ['example.com/slow'] });
    await cluster.api.delete(refs.deployments, 'web', 'default', {
      propagationPolicy: 'Foreground',
    });
    await cluster.settle();
    const owner = await cluster.api.get(refs.deployments, 'web', 'default');
    expect(owner.metadata.finalizers).toEqual(['foregroundDeletion']);
    const dependent = await cluster.api.get(refs.replicasets, 'web-1', 'default');
    expect(dependent.metadata.deletionTimestamp).toBeTruthy();
    await cluster.api.patch(refs.replicasets, 'web-1', 'default', 'merge', {
      metadata: { finalizers: null },
    });
    await cluster.settle();
    expect((await statusOf(cluster.api.get(refs.deployments, 'web', 'default'))).code).toBe(404);
  });

  it('orphans dependents with the Orphan policy', async () => {
    const cluster = testCluster();
    await withOwner(cluster);
    await cluster.api.delete(refs.deployments, 'web', 'default', { propagationPolicy: 'Orphan' });
    await cluster.settle();
    expect((await statusOf(cluster.api.get(refs.deployments, 'web', 'default'))).code).toBe(404);
    const orphan = await cluster.api.get(refs.replicasets, 'web-1', 'default');
    expect(orphan.metadata.ownerReferences).toBeUndefined();
  });

  it('only drops the reference when another owner remains, and collects dangling dependents', async () => {
    const cluster = testCluster();
    const owner = await withOwner(cluster);
    const other = (await cluster.api.create(refs.configmaps, configMap('other'))).object;
    const rs = await cluster.api.get(refs.replicasets, 'web-1', 'default');
    const refsList = [
      ...(rs.metadata.ownerReferences ?? []),
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'other', uid: other.metadata.uid ?? '' },
    ];
    await cluster.api.patch(refs.replicasets, 'web-1', 'default', 'merge', {
      metadata: { ownerReferences: refsList },
    });
    await cluster.api.delete(refs.deployments, owner.metadata.name, 'default');
    await cluster.settle();
    const kept = await cluster.api.get(refs.replicasets, 'web-1', 'default');
    expect(kept.metadata.ownerReferences?.map((r) => r.name)).toEqual(['other']);
    await cluster.api.create(
      refs.replicasets,
      replicaSet({ ...owner, metadata: { ...owner.metadata, uid: 'gone' } }, 'dangling'),
    );
    await cluster.settle();
    expect(await names(cluster)).toEqual(['web-1']);
  });

  it('empties a deleted namespace and then removes it; new content is refused meanwhile', async () => {
    const cluster = testCluster();
    const { api } = cluster;
    await api.create(refs.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'doomed' },
    });
    await api.create(refs.configmaps, {
      ...configMap('held', 'doomed'),
      metadata: { name: 'held', namespace: 'doomed', finalizers: ['x/y'] },
    });
    await api.create(refs.tempostacks, tempoStack('t', 'doomed'));
    await api.delete(refs.namespaces, 'doomed', undefined);
    await cluster.settle();
    expect((await api.get(refs.namespaces, 'doomed')).status).toEqual({ phase: 'Terminating' });
    expect((await api.list(refs.tempostacks, { namespace: 'doomed' })).items).toEqual([]);
    expect(await statusOf(api.create(refs.configmaps, configMap('late', 'doomed')))).toMatchObject({
      code: 403,
      message:
        'configmaps "late" is forbidden: unable to create new content in namespace doomed because it is being terminated',
    });
    await api.patch(refs.configmaps, 'held', 'doomed', 'merge', { metadata: { finalizers: null } });
    await cluster.settle();
    expect((await statusOf(api.get(refs.namespaces, 'doomed'))).code).toBe(404);
  });

  it('removes the custom resources of a deleted CRD and stops serving it', async () => {
    const cluster = testCluster();
    await cluster.api.create(refs.tempostacks, tempoStack('x'));
    await cluster.api.delete(refs.crds, 'tempostacks.tempo.grafana.com', undefined);
    await cluster.settle();
    expect((await statusOf(cluster.api.list(refs.tempostacks))).code).toBe(404);
    expect(cluster.core.store.list('tempostacks.tempo.grafana.com')).toEqual([]);
  });
});
