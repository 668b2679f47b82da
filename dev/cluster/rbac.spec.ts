import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { authenticate, authorize } from './authorizer';
import { configMap, refs, statusOf, tempoStack, testCluster } from './test-support';

const namespace = (name: string, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, ...(labels ? { labels } : {}) },
});

describe('users and RBAC', () => {
  it('authenticates the three tokens and nothing else', () => {
    expect(authenticate('admin-token')).toEqual({
      name: 'admin',
      groups: ['system:masters', 'system:authenticated'],
    });
    expect(authenticate('developer-token')?.name).toBe('developer');
    expect(authenticate('viewer-token')?.name).toBe('viewer');
    expect(authenticate('nope')).toBeUndefined();
    expect(authenticate(undefined)).toBeUndefined();
  });

  it('lets viewer read everything but Secrets, and write nothing, with Kubernetes Forbidden messages', async () => {
    const { api, viewer } = testCluster();
    await api.create(refs.tempostacks, tempoStack('x'));
    expect((await api.list(refs.tempostacks, { namespace: 'default' }, viewer)).items).toHaveLength(
      1,
    );
    expect((await api.get(refs.namespaces, 'default', undefined, viewer)).metadata.name).toBe(
      'default',
    );
    expect(
      await statusOf(api.create(refs.tempostacks, tempoStack('y'), { user: viewer })),
    ).toMatchObject({
      code: 403,
      reason: 'Forbidden',
      message:
        'tempostacks.tempo.grafana.com is forbidden: User "viewer" cannot create resource "tempostacks" in API group "tempo.grafana.com" in the namespace "default"',
    });
    expect(
      (await statusOf(api.delete(refs.tempostacks, 'x', 'default', { user: viewer }))).message,
    ).toBe(
      'tempostacks.tempo.grafana.com "x" is forbidden: User "viewer" cannot delete resource "tempostacks" in API group "tempo.grafana.com" in the namespace "default"',
    );
    expect((await statusOf(api.list(refs.secrets, {}, viewer))).message).toBe(
      'secrets is forbidden: User "viewer" cannot list resource "secrets" in API group "" at the cluster scope',
    );
    expect(
      (
        await statusOf(
          api.patch(
            refs.tempostacks,
            'x',
            'default',
            'merge',
            {},
            { user: viewer, subresource: 'status' },
          ),
        )
      ).message,
    ).toContain('cannot patch resource "tempostacks/status"');
  });

  it('gives developer edit rights in labelled and configured namespaces only', async () => {
    const cluster = testCluster({ developerNamespaces: ['configured'] });
    const { api, developer } = cluster;
    await api.create(refs.namespaces, namespace('team', { 'tempo-sim/team': 'dev' }));
    await api.create(refs.namespaces, namespace('configured'));
    await api.create(refs.namespaces, namespace('other'));
    await api.create(refs.tempostacks, tempoStack('a', 'team'), { user: developer });
    await api.create(
      refs.secrets,
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'configured' } },
      { user: developer },
    );
    expect(
      (await api.list(refs.secrets, { namespace: 'configured' }, developer)).items,
    ).toHaveLength(1);
    expect(
      (await statusOf(api.create(refs.tempostacks, tempoStack('b', 'other'), { user: developer })))
        .code,
    ).toBe(403);
    expect((await statusOf(api.list(refs.secrets, { namespace: 'other' }, developer))).code).toBe(
      403,
    );
    expect((await api.list(refs.namespaces, {}, developer)).items.length).toBeGreaterThan(3);
    expect(
      (await statusOf(api.create(refs.namespaces, namespace('mine'), { user: developer }))).message,
    ).toBe(
      'namespaces is forbidden: User "developer" cannot create resource "namespaces" in API group "" at the cluster scope',
    );
    cluster.developerNamespaces.push('other');
    await api.create(refs.configmaps, configMap('now-ok', 'other'), { user: developer });
  });

  it('answers access reviews from the same policy', async () => {
    const { api, viewer, developer, admin } = testCluster();
    const review = (resourceAttributes: Record<string, string>): KubeObject => ({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      metadata: { name: '' },
      spec: { resourceAttributes },
    });
    const ask = async (user: typeof viewer, attrs: Record<string, string>) =>
      (await api.create(refs.ssar, review(attrs), { user })).object.status as {
        allowed: boolean;
        reason?: string;
      };
    expect(
      await ask(viewer, {
        verb: 'create',
        group: 'tempo.grafana.com',
        resource: 'tempostacks',
        namespace: 'default',
      }),
    ).toEqual({ allowed: false });
    expect(
      await ask(viewer, {
        verb: 'get',
        resource: 'pods',
        subresource: 'log',
        namespace: 'default',
      }),
    ).toMatchObject({ allowed: true });
    expect(await ask(admin, { verb: 'delete', resource: 'nodes' })).toEqual({
      allowed: true,
      reason:
        'RBAC: allowed by ClusterRoleBinding "cluster-admins" of ClusterRole "cluster-admin" to Group "system:masters"',
    });
    expect((await ask(developer, { verb: 'list', resource: 'namespaces' })).allowed).toBe(true);
    const policy = { namespaceLabels: () => undefined, developerNamespaces: [] };
    expect(authorize(viewer, { verb: 'get', path: '/version' }, policy).allowed).toBe(true);
    expect(authorize(viewer, { verb: 'get', path: '/metrics' }, policy).allowed).toBe(false);
  });
});
