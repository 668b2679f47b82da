import { describe, expect, it } from 'vitest';
import type { IngressLike, RouteLike } from './endpoints';
import { indexObjects, jaegerUiObjectName, stackJaegerUi } from './stack-links';
import type { ManagedObjectLike } from './stack-links';
import type { TempoStack, TempoStackSpec } from './types';

const stack = (
  name: string,
  namespace: string,
  spec: Partial<TempoStackSpec> = {},
): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, namespace },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const withRoute = (name: string, namespace: string) =>
  stack(name, namespace, {
    template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
  });

type Route = RouteLike & ManagedObjectLike;
type Ingress = IngressLike & ManagedObjectLike;

const route = (
  name: string,
  namespace: string,
  instance: string,
  host: string,
  termination?: string,
): Route => ({
  metadata: { name, namespace, labels: { 'app.kubernetes.io/instance': instance } },
  spec: { host, ...(termination ? { tls: { termination } } : {}) },
});

describe('jaegerUiObjectName', () => {
  it('is the query-frontend object without the gateway and the gateway object with it', () => {
    expect(jaegerUiObjectName(withRoute('simplest', 'obs'))).toBe('tempo-simplest-query-frontend');
    expect(
      jaegerUiObjectName(stack('gw', 'obs', { template: { gateway: { enabled: true } } })),
    ).toBe('tempo-gw-gateway');
  });
});

describe('stackJaegerUi', () => {
  const routes: Route[] = [
    route('tempo-simplest-query-frontend', 'a', 'simplest', 'example.com', 'edge'),
    route('tempo-simplest-query-frontend', 'b', 'simplest', 'plain.example.com'),
    route('tempo-other-query-frontend', 'a', 'someone-else', 'wrong.example.com', 'edge'),
  ];
  const none = indexObjects<Ingress>([]);

  it('links the route of the same namespace over https for an edge route', () => {
    const ui = stackJaegerUi(withRoute('simplest', 'a'), indexObjects(routes), none);
    expect(ui.link).toEqual({ url: 'https://example.com/', source: 'route' });
    expect(ui.route?.metadata?.namespace).toBe('a');
  });

  it('uses http for a route without TLS', () => {
    const ui = stackJaegerUi(withRoute('simplest', 'b'), indexObjects(routes), none);
    expect(ui.link?.url).toBe('http://plain.example.com/');
  });

  it('ignores an object of the right name that belongs to another instance', () => {
    const ui = stackJaegerUi(withRoute('other', 'a'), indexObjects(routes), none);
    expect(ui).toEqual({});
  });

  it('has no link when the stack has no route in its namespace', () => {
    expect(stackJaegerUi(withRoute('simplest', 'c'), indexObjects(routes), none)).toEqual({});
  });

  it('links an ingress host', () => {
    const s = stack('ing', 'a', {
      template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'ingress' } } } },
    });
    const ingress: Ingress = {
      metadata: {
        name: 'tempo-ing-query-frontend',
        namespace: 'a',
        labels: { 'app.kubernetes.io/instance': 'ing' },
      },
      spec: { rules: [{ host: 'tempo.example.org' }], tls: [{ hosts: ['tempo.example.org'] }] },
    };
    const ui = stackJaegerUi(s, indexObjects<Route>([]), indexObjects([ingress]));
    expect(ui.link).toEqual({ url: 'https://tempo.example.org/', source: 'ingress' });
    expect(ui.ingress).toBe(ingress);
  });

  it('never links a host that is not a plain host name', () => {
    const evil = route('tempo-x-query-frontend', 'a', 'x', 'javascript:alert(1)//', 'edge');
    expect(stackJaegerUi(withRoute('x', 'a'), indexObjects([evil]), none).link).toBeUndefined();
  });
});
