import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { ObjectStore } from './store';

const cm = (name: string, value: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'ns', uid: `uid-${name}` },
  data: { value },
});

describe('object store', () => {
  it('gives every change the next global resource version and returns copies', () => {
    const store = new ObjectStore(10, 100);
    const a = store.put('configmaps', cm('a', '1'));
    const b = store.put('secrets', { ...cm('b', '1'), kind: 'Secret' });
    expect([a.metadata.resourceVersion, b.metadata.resourceVersion]).toEqual(['101', '102']);
    a.data = { value: 'changed' };
    expect(store.get('configmaps', 'ns', 'a')?.data).toEqual({ value: '1' });
    const gone = store.remove('configmaps', 'ns', 'a');
    expect(gone?.metadata.resourceVersion).toBe('103');
    expect(store.get('configmaps', 'ns', 'a')).toBeUndefined();
    expect(store.locateUid('uid-b')?.typeKey).toBe('secrets');
    expect(store.locateUid('uid-a')).toBeUndefined();
  });

  it('keeps a bounded history per resource and reports expiry', () => {
    const store = new ObjectStore(3, 0);
    for (let i = 1; i <= 5; i++) store.put('configmaps', cm('a', String(i)));
    expect(store.changesSince('configmaps', 0)).toEqual({ expired: 2 });
    const changes = store.changesSince('configmaps', 3);
    expect(Array.isArray(changes) && changes.map((c) => c.rv)).toEqual([4, 5]);
    expect(store.changesSince('secrets', 0)).toEqual([]);
  });

  it('reconstructs the state at an older version (consistent pages)', () => {
    const store = new ObjectStore(100, 0);
    store.put('configmaps', cm('a', '1'));
    store.put('configmaps', cm('b', '1'));
    const rv = store.currentRv();
    store.put('configmaps', cm('a', '2'));
    store.remove('configmaps', 'ns', 'b');
    store.put('configmaps', cm('c', '1'));
    const snapshot = store.snapshot('configmaps', rv);
    expect(
      Array.isArray(snapshot) &&
        snapshot.map(
          (o) => `${o.metadata.name}=${String(o.data && (o.data as Record<string, string>).value)}`,
        ),
    ).toEqual(['a=1', 'b=1']);
    expect(store.list('configmaps').map((o) => o.metadata.name)).toEqual(['a', 'c']);
  });
});
