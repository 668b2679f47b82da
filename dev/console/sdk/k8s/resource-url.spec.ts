import {
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  getReferenceForModel,
  parseReference,
} from './model-ref';
import {
  ALL_NAMESPACES_KEY,
  formatNamespacedRouteForHref,
  formatNamespacedRouteForResource,
  getK8sResourcePath,
  k8sBasePath,
  resourceCreatePath,
  resourcePathFromModel,
  resourceURL,
  stripScopeFromPath,
} from './resource-url';
import { modelFromSpec } from '../models/model-factory';

const pod = modelFromSpec({
  group: '',
  version: 'v1',
  kind: 'Pod',
  plural: 'pods',
  namespaced: true,
});
const ns = modelFromSpec({
  group: '',
  version: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  namespaced: false,
});
const deployment = modelFromSpec({
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  plural: 'deployments',
  namespaced: true,
});
const tempo = modelFromSpec({
  group: 'tempo.grafana.com',
  version: 'v1alpha1',
  kind: 'TempoStack',
  plural: 'tempostacks',
  namespaced: true,
});

describe('API paths', () => {
  it('uses /api/v1 for the core group and /apis/<group>/<version> otherwise', () => {
    expect(getK8sResourcePath(pod, { ns: 'a' })).toBe('/api/v1/namespaces/a/pods');
    expect(getK8sResourcePath(deployment, { ns: 'a', name: 'web' })).toBe(
      '/apis/apps/v1/namespaces/a/deployments/web',
    );
    expect(getK8sResourcePath(tempo, {})).toBe('/apis/tempo.grafana.com/v1alpha1/tempostacks');
  });

  it('drops the namespace of cluster-scoped kinds and the all-namespaces key', () => {
    expect(getK8sResourcePath(ns, { ns: 'a', name: 'a' })).toBe('/api/v1/namespaces/a');
    expect(getK8sResourcePath(pod, { ns: ALL_NAMESPACES_KEY })).toBe('/api/v1/pods');
  });

  it('encodes names and query parameters, and appends subresources', () => {
    expect(
      getK8sResourcePath(pod, {
        ns: 'a',
        name: 'x y',
        path: 'log',
        queryParams: { container: 'c', follow: undefined },
      }),
    ).toBe('/api/v1/namespaces/a/pods/x%20y/log?container=c');
    expect(
      getK8sResourcePath(tempo, {
        ns: 'a',
        queryParams: { dryRun: 'All', labelSelector: 'app=x,tier in (a,b)' },
      }),
    ).toBe(
      '/apis/tempo.grafana.com/v1alpha1/namespaces/a/tempostacks?dryRun=All&labelSelector=app%3Dx%2Ctier%20in%20(a%2Cb)',
    );
  });

  it('prefixes the bridge proxy path', () => {
    expect(k8sBasePath('/')).toBe('/api/kubernetes');
    expect(k8sBasePath('/console')).toBe('/console/api/kubernetes');
    expect(resourceURL(pod, { ns: 'a' })).toBe('/api/kubernetes/api/v1/namespaces/a/pods');
  });
});

describe('console page URLs', () => {
  it('uses the plural for built-in kinds and the reference for CRD kinds', () => {
    expect(resourcePathFromModel(pod, 'p', 'a')).toBe('/k8s/ns/a/pods/p');
    expect(resourcePathFromModel(deployment, undefined, 'a')).toBe('/k8s/ns/a/deployments');
    expect(resourcePathFromModel(tempo, 'simplest', 'a')).toBe(
      '/k8s/ns/a/tempo.grafana.com~v1alpha1~TempoStack/simplest',
    );
  });

  it('lists across namespaces without one and scopes cluster kinds to /k8s/cluster', () => {
    expect(resourcePathFromModel(tempo)).toBe(
      '/k8s/all-namespaces/tempo.grafana.com~v1alpha1~TempoStack',
    );
    expect(resourcePathFromModel(tempo, undefined, ALL_NAMESPACES_KEY)).toBe(
      '/k8s/all-namespaces/tempo.grafana.com~v1alpha1~TempoStack',
    );
    expect(resourcePathFromModel(ns, 'default')).toBe('/k8s/cluster/namespaces/default');
  });

  it('builds create pages and namespaced routes as the console does', () => {
    expect(resourceCreatePath(tempo, 'team-a')).toBe(
      '/k8s/ns/team-a/tempo.grafana.com~v1alpha1~TempoStack/~new',
    );
    expect(resourceCreatePath(tempo, ALL_NAMESPACES_KEY)).toBe(
      '/k8s/ns/default/tempo.grafana.com~v1alpha1~TempoStack/~new',
    );
    expect(formatNamespacedRouteForResource('pods', 'a')).toBe('/k8s/ns/a/pods');
    expect(formatNamespacedRouteForResource('pods', ALL_NAMESPACES_KEY)).toBe(
      '/k8s/all-namespaces/pods',
    );
    expect(formatNamespacedRouteForHref('/tempo', 'a')).toBe('/tempo/ns/a');
    expect(formatNamespacedRouteForHref('/tempo', ALL_NAMESPACES_KEY)).toBe(
      '/tempo/all-namespaces',
    );
  });

  it('strips the scope from paths', () => {
    expect(stripScopeFromPath('/k8s/ns/a/pods/x/')).toBe('pods/x');
    expect(stripScopeFromPath('/k8s/all-namespaces/pods')).toBe('pods');
    expect(stripScopeFromPath('/k8s/cluster/nodes')).toBe('nodes');
    expect(stripScopeFromPath('/tempo')).toBe('tempo');
  });
});

describe('group/version/kind helpers', () => {
  it('converts between models, resources and references', () => {
    expect(getReferenceForModel(pod)).toBe('core~v1~Pod');
    expect(getReferenceForModel(tempo)).toBe('tempo.grafana.com~v1alpha1~TempoStack');
    expect(parseReference('core~v1~Pod')).toEqual({ group: '', version: 'v1', kind: 'Pod' });
    expect(getGroupVersionKindForModel(pod)).toEqual({ version: 'v1', kind: 'Pod' });
    expect(getGroupVersionKindForModel(tempo)).toEqual({
      group: 'tempo.grafana.com',
      version: 'v1alpha1',
      kind: 'TempoStack',
    });
    expect(getGroupVersionKindForResource({ apiVersion: 'apps/v1', kind: 'Deployment' })).toEqual({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
    });
    expect(getGroupVersionKindForResource({ apiVersion: 'v1', kind: 'Pod' })).toEqual({
      version: 'v1',
      kind: 'Pod',
    });
    expect(getGroupVersionKindForResource({})).toBeUndefined();
    expect(() => getGroupVersionKindForResource({ apiVersion: 'a/b/c', kind: 'X' })).toThrow(
      'invalid apiVersion',
    );
  });

  it('marks CRD-backed kinds and abbreviates kinds', () => {
    expect(pod.crd).toBe(false);
    expect(tempo.crd).toBe(true);
    expect(tempo.abbr).toBe('TS');
    expect(tempo.labelPlural).toBe('TempoStacks');
  });
});
