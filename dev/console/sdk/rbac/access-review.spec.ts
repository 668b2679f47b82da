import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { createAccessReviewCache, normaliseAttributes, reviewFor } from './access-review';

const allow = (allowed: boolean) =>
  vi.fn((review: SDK.SelfSubjectAccessReviewKind) =>
    Promise.resolve({ ...review, status: { allowed } }),
  );

describe('access review cache', () => {
  it('asks the API once per question and user', async () => {
    const create = allow(true);
    const cache = createAccessReviewCache(create);
    const attrs = {
      group: 'tempo.grafana.com',
      resource: 'tempostacks',
      verb: 'create' as const,
      namespace: 'a',
    };
    await cache.check(attrs, 'user~admin');
    await cache.check({ ...attrs }, 'user~admin');
    expect(create).toHaveBeenCalledTimes(1);
    await cache.check(attrs, 'user~viewer');
    await cache.check({ ...attrs, namespace: 'b' }, 'user~admin');
    expect(create).toHaveBeenCalledTimes(3);
    expect(cache.size()).toBe(3);
  });

  it('treats missing attributes like empty ones', async () => {
    const create = allow(false);
    const cache = createAccessReviewCache(create);
    await cache.check({ resource: 'pods', verb: 'list' }, 'u');
    await cache.check({ group: '', resource: 'pods', verb: 'list', name: '', namespace: '' }, 'u');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('does not keep failed reviews', async () => {
    const create = vi
      .fn<(r: SDK.SelfSubjectAccessReviewKind) => Promise<SDK.SelfSubjectAccessReviewKind>>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockImplementation((r) => Promise.resolve({ ...r, status: { allowed: true } }));
    const cache = createAccessReviewCache(create);
    await expect(cache.check({ resource: 'pods', verb: 'get' }, 'u')).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    await expect(cache.check({ resource: 'pods', verb: 'get' }, 'u')).resolves.toMatchObject({
      status: { allowed: true },
    });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('sends a SelfSubjectAccessReview without empty attributes; projects in their own namespace', () => {
    expect(
      reviewFor({
        resource: 'tempostacks',
        group: 'tempo.grafana.com',
        verb: 'patch',
        namespace: 'a',
      }),
    ).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group: 'tempo.grafana.com',
          resource: 'tempostacks',
          verb: 'patch',
          namespace: 'a',
        },
      },
    });
    expect(
      reviewFor({ group: 'project.openshift.io', resource: 'projects', verb: 'get', name: 'p' })
        .spec.resourceAttributes,
    ).toEqual({
      group: 'project.openshift.io',
      resource: 'projects',
      verb: 'get',
      name: 'p',
      namespace: 'p',
    });
    expect(normaliseAttributes(undefined)).toEqual({
      group: '',
      resource: '',
      subresource: '',
      verb: '',
      name: '',
      namespace: '',
    });
  });
});
