import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { modelFromSpec } from '../../sdk/models/model-factory';
import { buildNav, sortNavExtensions } from './nav-model';

type E = { type: string; properties: Record<string, unknown> & { id: string } };
const item = (id: string, props: Record<string, unknown> = {}): E => ({
  type: 'console.navigation/href',
  properties: { id, name: id, href: `/${id}`, ...props },
});
const tempo = modelFromSpec({
  group: 'tempo.grafana.com',
  version: 'v1alpha1',
  kind: 'TempoStack',
  plural: 'tempostacks',
  namespaced: true,
});
const pods = modelFromSpec({
  group: '',
  version: 'v1',
  kind: 'Pod',
  plural: 'pods',
  namespaced: true,
});

const ctx = (pathname = '/', namespace = 'team-a') => ({
  perspective: 'admin',
  namespace,
  pathname,
  findModel: (gvk: SDK.K8sGroupVersionKind) =>
    [tempo, pods].find((m) => m.kind === gvk.kind && (m.apiGroup ?? '') === (gvk.group ?? '')),
});

describe('navigation', () => {
  it('orders items by insertBefore/insertAfter, others in declaration order', () => {
    const sorted = sortNavExtensions([
      item('c', { insertAfter: 'a' }),
      item('a'),
      item('b'),
      item('d', { insertBefore: ['missing', 'a'] }),
    ]);
    expect(sorted.map((i) => i.properties.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('builds sections with resource and href items for the active namespace', () => {
    const nav = buildNav(
      [
        { type: 'console.navigation/section', properties: { id: 'home', name: 'Home' } },
        { type: 'console.navigation/section', properties: { id: 'empty', name: 'Empty' } },
        {
          type: 'console.navigation/resource-ns',
          properties: {
            id: 'tempostacks',
            section: 'home',
            model: { group: 'tempo.grafana.com', version: 'v1alpha1', kind: 'TempoStack' },
          },
        },
        {
          type: 'console.navigation/resource-ns',
          properties: {
            id: 'nope',
            section: 'home',
            model: { group: 'x', version: 'v1', kind: 'Nope' },
          },
        },
        item('ns-href', { section: 'home', namespaced: true, href: '/tempo' }),
        item('prefixed', { section: 'home', prefixNamespaced: true, href: '/k8s/cluster/pods' }),
        item('dev-only', { section: 'home', perspective: 'dev' }),
        item('top'),
      ],
      ctx('/k8s/ns/team-a/tempo.grafana.com~v1alpha1~TempoStack/simplest'),
    );
    expect(nav.map((n) => n.id)).toEqual(['home', 'top']);
    const home = nav[0];
    if (home.kind !== 'section') throw new Error('expected a section');
    expect(home.items.map((i) => [i.id, i.name, i.href, i.active])).toEqual([
      ['tempostacks', 'TempoStacks', '/k8s/ns/team-a/tempo.grafana.com~v1alpha1~TempoStack', true],
      ['ns-href', 'ns-href', '/tempo/ns/team-a', false],
      ['prefixed', 'prefixed', '/k8s/ns/team-a/pods', false],
    ]);
  });

  it('links across namespaces when all namespaces are selected, and marks href items active', () => {
    const nav = buildNav(
      [
        {
          type: 'console.navigation/resource-ns',
          properties: { id: 'pods', model: { group: '', version: 'v1', kind: 'Pod' } },
        },
        item('tempo', { href: '/tempo', startsWith: ['tempo-extra'] }),
      ],
      ctx('/tempo-extra/x', '#ALL_NS#'),
    );
    expect(nav.map((n) => (n.kind === 'link' ? [n.href, n.active] : n.kind))).toEqual([
      ['/k8s/all-namespaces/pods', false],
      ['/tempo', true],
    ]);
  });
});
