import { describe, expect, it } from 'vitest';
import type { TempoStack, TempoTemplateSpec } from './types';
import { validateNameRecommendations } from './validation-names';

const makeStack = (name: string, namespace?: string, template?: TempoTemplateSpec): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, ...(namespace === undefined ? {} : { namespace }) },
  spec: { storage: { secret: { name: 's', type: 's3' } }, template },
});

const jaegerRoute = (host?: string): TempoTemplateSpec => ({
  queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route', host } } },
});
const gatewayRoute = (host?: string): TempoTemplateSpec => ({
  gateway: { enabled: true, ingress: { type: 'route', host } },
});

describe('validateNameRecommendations', () => {
  it.each([
    ['a'.repeat(32), []],
    ['a'.repeat(33), ['E.nameLength']],
    ['a'.repeat(63), ['E.nameLength']],
    ['a'.repeat(64), []],
  ])('E.nameLength: a %#-th name', (name, expected) => {
    expect(validateNameRecommendations(makeStack(name)).map((f) => f.rule)).toEqual(expected);
  });

  it('E.nameLength: reports length and the recommended maximum', () => {
    expect(validateNameRecommendations(makeStack('a'.repeat(40)))).toEqual([
      {
        rule: 'E.nameLength',
        path: 'metadata.name',
        severity: 'warning',
        message: `names longer than 32 characters make the Service tempo-${'a'.repeat(40)}-query-frontend-discovery exceed 63 characters`,
        code: 'nameTooLongForServices',
        params: { max: 32, length: 40 },
      },
    ]);
  });

  it.each([
    ['1stack', ['E.nameFormat']],
    ['my.stack', ['E.nameFormat']],
    ['simplest', []],
    ['Simplest', []],
    ['', []],
  ])('E.nameFormat: %j → %j', (name, expected) => {
    const findings = validateNameRecommendations(makeStack(name));
    expect(findings.map((f) => f.rule)).toEqual(expected);
    if (expected.length > 0) {
      expect(findings[0]).toMatchObject({
        severity: 'warning',
        code: 'nameNotDns1035',
        params: { name },
      });
    }
  });

  it.each([
    ['query-frontend route, 41 characters', 'a'.repeat(20), 'b'.repeat(21), jaegerRoute(), []],
    ['query-frontend route, 42 characters', 'a'.repeat(20), 'b'.repeat(22), jaegerRoute(), [42]],
    [
      'query-frontend route with a host',
      'a'.repeat(20),
      'b'.repeat(30),
      jaegerRoute('ui.example.com'),
      [],
    ],
    ['gateway route, 48 characters', 'a'.repeat(20), 'b'.repeat(28), gatewayRoute(), []],
    ['gateway route, 49 characters', 'a'.repeat(20), 'b'.repeat(29), gatewayRoute(), [49]],
    [
      'gateway route with a host',
      'a'.repeat(20),
      'b'.repeat(30),
      gatewayRoute('gw.example.com'),
      [],
    ],
    ['no route', 'a'.repeat(20), 'b'.repeat(40), undefined, []],
    ['no namespace', 'a'.repeat(30), undefined, jaegerRoute(), []],
    [
      'Jaeger route with the gateway enabled',
      'a'.repeat(20),
      'b'.repeat(30),
      { ...jaegerRoute(), gateway: { enabled: true } },
      [],
    ],
  ])('E.routeHostLength: %s', (_, name, namespace, template, lengths) => {
    const findings = validateNameRecommendations(makeStack(name, namespace, template));
    expect(findings.map((f) => f.params?.length)).toEqual(lengths);
  });

  it('E.routeHostLength: names the route and the maximum', () => {
    const [finding] = validateNameRecommendations(
      makeStack('tempo', 'n'.repeat(45), gatewayRoute()),
    );
    expect(finding).toEqual({
      rule: 'E.routeHostLength',
      path: 'spec.template.gateway.ingress.host',
      severity: 'warning',
      message:
        'the default host of Route tempo-tempo-gateway needs name and namespace together to be at most 48 characters (50); set a host',
      code: 'routeHostTooLong',
      params: { max: 48, length: 50, route: 'gateway' },
    });
    const [jaeger] = validateNameRecommendations(makeStack('tempo', 'n'.repeat(45), jaegerRoute()));
    expect(jaeger).toMatchObject({
      path: 'spec.template.queryFrontend.jaegerQuery.ingress.host',
      params: { max: 41, length: 50, route: 'query-frontend' },
    });
  });

  it.each([
    ['query-frontend', jaegerRoute(), '-query-frontend-'],
    ['gateway', gatewayRoute(), '-gateway-'],
  ])(
    'E.routeHostLength: the %s limit is where the default host label reaches 63 characters',
    (_, template, infix) => {
      const name = 'a'.repeat(20);
      const fits = (nsLength: number) =>
        validateNameRecommendations(makeStack(name, 'b'.repeat(nsLength), template)).length === 0;
      const longest = [...Array(60).keys()].filter(fits).pop() ?? -1;
      expect(`tempo-${name}${infix}${'b'.repeat(longest)}`).toHaveLength(63);
    },
  );
});
