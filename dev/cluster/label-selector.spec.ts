import { describe, expect, it } from 'vitest';
import { isApiError } from './errors';
import {
  formatLabelSelector,
  fromLabelSelectorObject,
  matchesLabels,
  parseLabelSelector,
} from './label-selector';

const labels = { app: 'tempo', tier: 'backend', version: '3' };
const matches = (selector: string, l: Record<string, string> = labels): boolean =>
  matchesLabels(parseLabelSelector(selector), l);

describe('label selectors', () => {
  it('matches equality, inequality, set and existence requirements', () => {
    expect(matches('app=tempo')).toBe(true);
    expect(matches('app==tempo')).toBe(true);
    expect(matches('app!=tempo')).toBe(false);
    expect(matches('app!=other')).toBe(true);
    expect(matches('missing!=x')).toBe(true);
    expect(matches('tier in (frontend, backend)')).toBe(true);
    expect(matches('tier notin (frontend,backend)')).toBe(false);
    expect(matches('missing notin (a)')).toBe(true);
    expect(matches('app')).toBe(true);
    expect(matches('!app')).toBe(false);
    expect(matches('!missing')).toBe(true);
    expect(matches('version>2,version<4')).toBe(true);
    expect(matches('app=tempo,tier in (backend),!missing')).toBe(true);
    expect(matches('app=tempo,tier=frontend')).toBe(false);
    expect(matches('')).toBe(true);
  });

  it('accepts prefixed keys and rejects bad syntax with 400', () => {
    expect(matches('tempo-sim/team=dev', { 'tempo-sim/team': 'dev' })).toBe(true);
    for (const bad of ['a=b,', 'in (x)', 'a in x', 'a>b']) {
      let error: unknown;
      try {
        parseLabelSelector(bad);
      } catch (e) {
        error = e;
      }
      expect(isApiError(error, 400), bad).toBe(true);
    }
  });

  it('converts LabelSelector objects and prints selectors as Kubernetes does', () => {
    const selector = fromLabelSelectorObject({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['b', 'a'] },
        { key: 'gone', operator: 'DoesNotExist' },
      ],
    });
    expect(selector && matchesLabels(selector, { app: 'web', tier: 'a' })).toBe(true);
    expect(selector && formatLabelSelector(selector)).toBe('app=web,!gone,tier in (a,b)');
    expect(fromLabelSelectorObject(undefined)).toBeUndefined();
    expect(fromLabelSelectorObject({})).toEqual([]);
  });
});
