import { labelsMatch, selectorToString, toRequirements } from './selector';

describe('label selectors', () => {
  it('serialises matchLabels sorted by key, then the expressions in order', () => {
    expect(
      selectorToString({
        matchLabels: {
          'app.kubernetes.io/name': 'tempo',
          'app.kubernetes.io/instance': 'simplest',
        },
        matchExpressions: [
          { key: 'app.kubernetes.io/component', operator: 'In', values: ['ingester', 'querier'] },
          { key: 'tier', operator: 'NotIn', values: ['x'] },
          { key: 'managed', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe(
      'app.kubernetes.io/instance=simplest,app.kubernetes.io/name=tempo,app.kubernetes.io/component in (ingester,querier),tier notin (x),managed,!legacy',
    );
  });

  it('accepts a bare label map, as the console does', () => {
    expect(selectorToString({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(toRequirements(undefined)).toEqual([]);
    expect(selectorToString({})).toBe('');
  });

  it('serialises the other operators', () => {
    expect(
      selectorToString({
        matchExpressions: [
          { key: 'a', operator: 'Equals', values: ['1'] },
          { key: 'b', operator: 'NotEquals', values: ['2'] },
          { key: 'c', operator: 'GreaterThan', values: ['3'] },
          { key: 'd', operator: 'LessThan', values: ['4'] },
          { key: 'e', operator: 'Bogus' },
        ],
      }),
    ).toBe('a=1,b!=2,c > 3,d < 4');
  });

  it('matches labels against a selector', () => {
    const selector = {
      matchLabels: { app: 'tempo' },
      matchExpressions: [{ key: 'component', operator: 'In', values: ['ingester'] }],
    };
    expect(labelsMatch(selector, { app: 'tempo', component: 'ingester' })).toBe(true);
    expect(labelsMatch(selector, { app: 'tempo', component: 'querier' })).toBe(false);
    expect(labelsMatch({ matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] }, {})).toBe(
      true,
    );
    expect(
      labelsMatch(
        { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['1'] }] },
        { x: '2' },
      ),
    ).toBe(true);
  });
});
