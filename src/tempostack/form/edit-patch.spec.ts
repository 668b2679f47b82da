import type { TempoStack } from '../types';
import { buildEditPatch, compareEdits, diffEditable, formatKeys, reapplyEdits } from './edit-patch';

const opened = (): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 's', namespace: 'ns', resourceVersion: '10', annotations: { keep: 'me' } },
  spec: {
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '1Gi',
    timeout: '30s',
    template: { queryFrontend: { jaegerQuery: { enabled: true } } },
  },
  status: { conditions: [] },
});

const change = (stack: TempoStack, apply: (s: TempoStack) => void): TempoStack => {
  const copy = structuredClone(stack);
  apply(copy);
  return copy;
};

describe('buildEditPatch', () => {
  it('is empty when nothing editable changed (status and resourceVersion are not edits)', () => {
    const edited = change(opened(), (s) => {
      s.status = {
        conditions: [
          { type: 'Ready', status: 'True', reason: '', message: '', lastTransitionTime: '' },
        ],
      };
      s.metadata.resourceVersion = '11';
    });
    expect(buildEditPatch(opened(), edited)).toEqual([]);
  });

  it('guards the changes with the opened resourceVersion and touches only changed fields', () => {
    const edited = change(opened(), (s) => {
      s.spec.storageSize = '5Gi';
      delete s.spec.timeout;
      s.spec.template!.gateway = { enabled: false };
      s.metadata.annotations!['example.com/a/b~c'] = 'x';
    });
    expect(buildEditPatch(opened(), edited)).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '10' },
      { op: 'replace', path: '/spec/storageSize', value: '5Gi' },
      { op: 'remove', path: '/spec/timeout' },
      { op: 'add', path: '/spec/template/gateway', value: { enabled: false } },
      { op: 'add', path: '/metadata/annotations/example.com~1a~1b~0c', value: 'x' },
    ]);
  });

  it('adds labels as a whole map when there were none', () => {
    const edited = change(opened(), (s) => {
      s.metadata.labels = { team: 'a' };
    });
    expect(buildEditPatch(opened(), edited)).toContainEqual({
      op: 'add',
      path: '/metadata/labels',
      value: { team: 'a' },
    });
  });
});

describe('compareEdits and reapplyEdits', () => {
  const mine = change(opened(), (s) => {
    s.spec.storageSize = '5Gi';
    s.spec.timeout = '1m';
  });
  const theirs = change(opened(), (s) => {
    s.metadata.resourceVersion = '12';
    s.spec.timeout = '2m';
    s.metadata.annotations!.added = 'by-kubectl';
    (s.spec as unknown as Record<string, unknown>).unknownField = { a: 1 };
  });

  it('lists what the server changed, what I changed, and where both changed the same field', () => {
    const report = compareEdits(opened(), mine, theirs);
    expect(report.serverChanges.map((c) => formatKeys(c.keys))).toEqual([
      'spec.timeout',
      'spec.unknownField.a',
      'metadata.annotations.added',
    ]);
    expect(report.myChanges.map((c) => formatKeys(c.keys))).toEqual([
      'spec.storageSize',
      'spec.timeout',
    ]);
    expect(report.conflicts).toEqual([{ keys: ['spec', 'timeout'], before: '30s', after: '2m' }]);
  });

  it('does not call it a conflict when both sides made the same change', () => {
    const same = change(theirs, (s) => {
      s.spec.storageSize = '5Gi';
    });
    const edited = change(opened(), (s) => {
      s.spec.storageSize = '5Gi';
    });
    expect(compareEdits(opened(), edited, same).conflicts).toEqual([]);
  });

  it('re-applies my changes on the current object, keeping every server change I did not touch', () => {
    const result = reapplyEdits(opened(), mine, theirs);
    expect(result.metadata.resourceVersion).toBe('12');
    expect(result.metadata.annotations).toEqual({ keep: 'me', added: 'by-kubectl' });
    expect(result.spec.storageSize).toBe('5Gi');
    expect(result.spec.timeout).toBe('1m');
    expect((result.spec as unknown as Record<string, unknown>).unknownField).toEqual({ a: 1 });
    expect(buildEditPatch(theirs, result)).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '12' },
      { op: 'replace', path: '/spec/storageSize', value: '5Gi' },
      { op: 'replace', path: '/spec/timeout', value: '1m' },
    ]);
  });

  it('re-applies a removal', () => {
    const removed = change(opened(), (s) => {
      delete s.spec.template;
    });
    expect(reapplyEdits(opened(), removed, theirs).spec.template).toBeUndefined();
  });

  it('diffs leaves inside added objects', () => {
    const edited = change(opened(), (s) => {
      s.spec.search = { defaultResultLimit: 50 };
    });
    expect(diffEditable(opened(), edited)).toEqual([
      { keys: ['spec', 'search', 'defaultResultLimit'], before: undefined, after: 50 },
    ]);
  });

  it('formats keys that are not identifiers in brackets', () => {
    expect(formatKeys(['metadata', 'annotations', 'example.com/x'])).toBe(
      'metadata.annotations[example.com/x]',
    );
  });
});
