import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { getReferenceForModel } from './model-ref';

export const ALL_NAMESPACES_KEY = '#ALL_NS#';

export interface ResourcePathOptions {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: Record<string, string | number | boolean | undefined>;
}

type ModelForPath = Pick<SDK.K8sModel, 'apiGroup' | 'apiVersion' | 'namespaced' | 'plural'>;

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
export const getK8sAPIPath = ({
  apiGroup,
  apiVersion,
}: Pick<SDK.K8sModel, 'apiGroup' | 'apiVersion'>) =>
  !apiGroup || apiGroup === 'core' ? `/api/${apiVersion}` : `/apis/${apiGroup}/${apiVersion}`;

export const queryString = (params: ResourcePathOptions['queryParams']): string => {
  const pairs = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
};

/**
 * The API path of a resource or collection, as the console builds it: the namespace segment only
 * for namespaced models, the name URI-encoded, an optional subresource `path`, then the query.
 */
export const getK8sResourcePath = (model: ModelForPath, options: ResourcePathOptions = {}) => {
  let url = getK8sAPIPath(model);
  if (model.namespaced && options.ns && options.ns !== ALL_NAMESPACES_KEY) {
    url += `/namespaces/${encodeURIComponent(options.ns)}`;
  }
  url += `/${model.plural}`;
  if (options.name) url += `/${encodeURIComponent(options.name)}`;
  if (options.path) url += `/${options.path}`;
  return url + queryString(options.queryParams);
};

/** Where the console's bridge proxies the API server: `<basePath>api/kubernetes`. */
export const k8sBasePath = (basePath = '/') =>
  `${basePath.endsWith('/') ? basePath : `${basePath}/`}api/kubernetes`;

export const resourceURL = (
  model: ModelForPath,
  options: ResourcePathOptions = {},
  basePath = '/',
) => `${k8sBasePath(basePath)}${getK8sResourcePath(model, options)}`;

type ModelForUI = Pick<
  SDK.K8sModel,
  'apiGroup' | 'apiVersion' | 'kind' | 'plural' | 'namespaced' | 'crd'
>;

/** The URL segment the console uses for a kind: the plural for built-in kinds, the reference for CRDs. */
export const modelUrlSegment = (model: ModelForUI): string =>
  model.crd ? getReferenceForModel(model) : model.plural;

/**
 * The console page of a kind or object: `/k8s/ns/<ns>/<segment>[/<name>]`,
 * `/k8s/all-namespaces/<segment>` without a namespace, `/k8s/cluster/<segment>[/<name>]` for
 * cluster-scoped kinds.
 */
export const resourcePathFromModel = (model: ModelForUI, name?: string, namespace?: string) => {
  let url = '/k8s/';
  if (!model.namespaced) {
    url += 'cluster/';
  } else if (namespace && namespace !== ALL_NAMESPACES_KEY) {
    url += `ns/${namespace}/`;
  } else {
    url += 'all-namespaces/';
  }
  url += modelUrlSegment(model);
  if (name) url += `/${encodeURIComponent(name)}`;
  return url;
};

/** `/k8s/ns/<ns>/<segment>/~new`, the console's create page for a kind. */
export const resourceCreatePath = (model: ModelForUI, namespace?: string) => {
  const ns = !namespace || namespace === ALL_NAMESPACES_KEY ? 'default' : namespace;
  return model.namespaced
    ? `/k8s/ns/${ns}/${modelUrlSegment(model)}/~new`
    : `/k8s/cluster/${modelUrlSegment(model)}/~new`;
};

/** As the console's `formatNamespacedRouteForResource`. */
export const formatNamespacedRouteForResource = (resource: string, namespace: string) =>
  namespace === ALL_NAMESPACES_KEY
    ? `/k8s/all-namespaces/${resource}`
    : `/k8s/ns/${namespace}/${resource}`;

/** As the console's `formatNamespacedRouteForHref`. */
export const formatNamespacedRouteForHref = (href: string, namespace: string) =>
  namespace === ALL_NAMESPACES_KEY ? `${href}/all-namespaces` : `${href}/ns/${namespace}`;

/** Strips `/k8s/cluster/`, `/k8s/all-namespaces/` and `/k8s/ns/<ns>/` from the start of a path. */
export const stripScopeFromPath = (path: string) =>
  path.replace(/^\/?(?:k8s\/cluster\/|k8s\/all-namespaces\/|k8s\/ns\/[^/]*\/)?(.*?)\/?$/, '$1');
