import { describe, expect, it } from 'vitest';
import { parseApiPath } from './http-routes';

describe('API paths', () => {
  it('parses discovery, namespaced and cluster-scoped resources, subresources and /watch/', () => {
    expect(parseApiPath('/apis')).toEqual({ kind: 'discovery', root: 'apis' });
    expect(parseApiPath('/apis/apps/v1')).toEqual({
      kind: 'discovery',
      root: 'apis',
      group: 'apps',
      version: 'v1',
    });
    expect(parseApiPath('/api/v1/namespaces/ns/pods/p/log')).toMatchObject({
      group: '',
      namespace: 'ns',
      resource: 'pods',
      name: 'p',
      subresource: 'log',
    });
    expect(parseApiPath('/api/v1/namespaces/ns')).toMatchObject({
      resource: 'namespaces',
      name: 'ns',
    });
    expect(parseApiPath('/api/v1/namespaces/ns/status')).toMatchObject({
      resource: 'namespaces',
      name: 'ns',
      subresource: 'status',
    });
    expect(
      parseApiPath('/apis/tempo.grafana.com/v1alpha1/watch/namespaces/ns/tempostacks'),
    ).toMatchObject({ namespace: 'ns', resource: 'tempostacks', watchPrefix: true });
    const plugin = parseApiPath('/apis/console.openshift.io/v1/consoleplugins/p');
    expect(plugin).toMatchObject({ resource: 'consoleplugins', name: 'p' });
    expect(plugin).not.toHaveProperty('namespace');
    expect(parseApiPath('/version')).toEqual({ kind: 'other', path: '/version' });
  });
});
