import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { applyJsonPatch } from './json-patch';
import { applyMergePatch, createMergePatch } from './merge-patch';
import { applyStrategicMergePatch } from './strategic-merge-patch';

describe('JSON merge patch', () => {
  it('merges objects, deletes with null and replaces lists', () => {
    const doc = { spec: { a: 1, b: { c: 2 }, list: [1, 2] }, keep: true };
    expect(applyMergePatch(doc, { spec: { a: null, b: { d: 3 }, list: [3] } })).toEqual({
      spec: { b: { c: 2, d: 3 }, list: [3] },
      keep: true,
    });
    expect(doc.spec.a).toBe(1);
  });

  it('creates the patch between two documents', () => {
    const from = { a: 1, b: { c: 2, d: 3 } };
    const to = { b: { c: 2, d: 4 }, e: [1] };
    expect(applyMergePatch(from, createMergePatch(from, to))).toEqual(to);
  });
});

describe('JSON patch', () => {
  const doc = { metadata: { labels: { a: 'b' } }, spec: { list: ['x', 'y'], n: 1 } };

  it('applies add, remove, replace, move, copy and test', () => {
    const result = applyJsonPatch(doc, [
      { op: 'add', path: '/spec/list/1', value: 'z' },
      { op: 'add', path: '/spec/list/-', value: 'w' },
      { op: 'replace', path: '/spec/n', value: 2 },
      { op: 'remove', path: '/metadata/labels/a' },
      { op: 'add', path: '/metadata/labels/k8s.io~1name', value: 'v' },
      { op: 'copy', from: '/spec/n', path: '/spec/m' },
      { op: 'move', from: '/spec/m', path: '/spec/o' },
      { op: 'test', path: '/spec/o', value: 2 },
    ]);
    expect(result).toEqual({
      metadata: { labels: { 'k8s.io/name': 'v' } },
      spec: { list: ['x', 'z', 'y', 'w'], n: 2, o: 2 },
    });
  });

  it('fails with 422 and the reason as a cause', () => {
    for (const patch of [
      [{ op: 'replace', path: '/spec/missing/x', value: 1 }],
      [{ op: 'remove', path: '/spec/nothing' }],
      [{ op: 'test', path: '/spec/n', value: 5 }],
    ]) {
      let error: unknown;
      try {
        applyJsonPatch(doc, patch);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      const status = (error as ApiError).status;
      expect(status.code).toBe(422);
      expect(status.message).toBe('the server rejected our request due to an error in our request');
      expect(status.details?.causes?.[0].message).toBeTruthy();
    }
  });
});

describe('strategic merge patch', () => {
  const deployment = {
    metadata: { finalizers: ['a'], labels: { app: 'web' } },
    spec: {
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%' } },
      template: {
        spec: {
          containers: [
            {
              name: 'app',
              image: 'v1',
              env: [{ name: 'A', value: '1' }],
              ports: [{ containerPort: 80 }],
            },
            { name: 'side', image: 's1' },
          ],
          volumes: [{ name: 'data', emptyDir: {} }],
          tolerations: [{ key: 'a' }],
        },
      },
    },
    status: {
      conditions: [
        { type: 'Available', status: 'False' },
        { type: 'Progressing', status: 'True' },
      ],
    },
  };
  const patch = (p: unknown) =>
    applyStrategicMergePatch('Deployment', deployment, p) as typeof deployment;

  it('merges containers, env, ports and conditions by their merge keys', () => {
    const result = patch({
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'app',
                image: 'v2',
                env: [{ name: 'B', value: '2' }],
                ports: [{ containerPort: 8080 }],
              },
            ],
          },
        },
      },
      status: { conditions: [{ type: 'Available', status: 'True' }] },
    });
    const [app, side] = result.spec.template.spec.containers;
    expect(app).toEqual({
      name: 'app',
      image: 'v2',
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      ports: [{ containerPort: 80 }, { containerPort: 8080 }],
    });
    expect(side).toEqual({ name: 'side', image: 's1' });
    expect(result.status.conditions).toEqual([
      { type: 'Available', status: 'True' },
      { type: 'Progressing', status: 'True' },
    ]);
  });

  it('replaces lists without a merge strategy and unions finalizers', () => {
    const result = patch({
      metadata: { finalizers: ['b'] },
      spec: { template: { spec: { tolerations: [{ key: 'b' }] } } },
    });
    expect(result.spec.template.spec.tolerations).toEqual([{ key: 'b' }]);
    expect(result.metadata.finalizers).toEqual(['a', 'b']);
  });

  it('honours $patch delete/replace, $retainKeys, $setElementOrder and $deleteFromPrimitiveList', () => {
    const result = patch({
      metadata: {
        labels: { $patch: 'replace', only: 'this' },
        '$deleteFromPrimitiveList/finalizers': ['a'],
      },
      spec: {
        strategy: { $retainKeys: ['type'], type: 'Recreate' },
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'side' }, { name: 'app' }],
            containers: [{ name: 'side', image: 's2' }],
            volumes: [{ name: 'data', $patch: 'delete' }],
          },
        },
      },
    });
    expect(result.metadata.labels).toEqual({ only: 'this' });
    expect(result.metadata.finalizers).toEqual([]);
    expect(result.spec.strategy).toEqual({ type: 'Recreate' });
    expect(result.spec.template.spec.containers.map((c) => `${c.name}:${c.image}`)).toEqual([
      'side:s2',
      'app:v1',
    ]);
    expect(result.spec.template.spec.volumes).toEqual([]);
    expect(
      patch({
        spec: {
          template: { spec: { containers: [{ $patch: 'replace' }, { name: 'only', image: 'x' }] } },
        },
      }).spec.template.spec.containers,
    ).toEqual([{ name: 'only', image: 'x' }]);
    expect(patch({ spec: { strategy: { $patch: 'delete' } } }).spec).not.toHaveProperty('strategy');
  });

  it('merges Service ports by port', () => {
    const service = { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    expect(
      applyStrategicMergePatch('Service', service, {
        spec: { ports: [{ port: 80, name: 'http' }] },
      }),
    ).toEqual({
      spec: { ports: [{ port: 80, targetPort: 8080, name: 'http' }, { port: 443 }] },
    });
  });
});
