import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { builtinTypes } from './builtin-kinds';
import { isApiError } from './errors';
import { checkFieldSelector, matchesFields, parseFieldSelector } from './field-selector';

const event: KubeObject = {
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'e1', namespace: 'ns' },
  involvedObject: { kind: 'TempoStack', name: 'simplest', namespace: 'ns', uid: 'u1' },
  reason: 'Failed',
  type: 'Warning',
  source: { component: 'tempo-operator' },
};
const type = (kind: string) => {
  const found = builtinTypes().find((t) => t.kind === kind);
  if (!found) throw new Error(kind);
  return found;
};

describe('field selectors', () => {
  it('matches =, == and != on names and kind-specific fields', () => {
    const m = (s: string): boolean => matchesFields(parseFieldSelector(s), event);
    expect(m('metadata.name=e1')).toBe(true);
    expect(m('metadata.namespace==ns')).toBe(true);
    expect(m('involvedObject.name=simplest,involvedObject.kind=TempoStack')).toBe(true);
    expect(m('involvedObject.uid!=u1')).toBe(false);
    expect(m('type=Warning,reason!=Started')).toBe(true);
    expect(m('source=tempo-operator')).toBe(true);
  });

  it('unescapes values and matches pod phase and node', () => {
    expect(parseFieldSelector('metadata.name=a\\,b')).toEqual([
      { field: 'metadata.name', operator: '=', value: 'a,b' },
    ]);
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { nodeName: 'n1' },
      status: { phase: 'Running' },
    };
    expect(matchesFields(parseFieldSelector('status.phase=Running,spec.nodeName=n1'), pod)).toBe(
      true,
    );
    expect(matchesFields(parseFieldSelector('status.phase!=Running'), pod)).toBe(false);
  });

  it('rejects fields the resource does not support, as the API server does', () => {
    let error: unknown;
    try {
      checkFieldSelector(type('ConfigMap'), parseFieldSelector('status.phase=Running'));
    } catch (e) {
      error = e;
    }
    expect(isApiError(error, 400)).toBe(true);
    expect((error as Error).message).toBe('field label not supported: status.phase');
    expect(() =>
      checkFieldSelector(type('Pod'), parseFieldSelector('status.phase=Running')),
    ).not.toThrow();
  });
});
