import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sCreate,
  K8sDelete,
  K8sGet,
  K8sList,
  K8sPatch,
  K8sUpdate,
} from '@openshift-console/dynamic-plugin-sdk/lib/api/k8s-types';
import { consoleFetchJSON } from '../http/console-fetch';
import { basePath } from '../server-flags';
import { resourceURL } from './resource-url';
import { selectorToString } from './selector';

type Obj = SDK.K8sResourceCommon;
type Params = Record<string, string | undefined>;

const url = (
  model: SDK.K8sModel,
  opts: { ns?: string; name?: string; path?: string; queryParams?: Params },
) => resourceURL(model, opts, basePath());

export const k8sGetResource: typeof SDK.k8sGet & K8sGet = ({
  model,
  name,
  ns,
  path,
  queryParams,
  requestInit,
}) =>
  consoleFetchJSON(
    url(model, { ns, name, path, queryParams }),
    'GET',
    requestInit,
  ) as Promise<never>;

export const k8sCreateResource: K8sCreate = ({ model, data, path, queryParams }) =>
  consoleFetchJSON.post(
    url(model, { ns: data?.metadata?.namespace, path, queryParams }),
    data,
  ) as Promise<never>;

/** The SDK's type omits `ns`/`name`, but the console accepts and prefers them over `data.metadata`. */
export const k8sUpdateResource: K8sUpdate = (options) => {
  const { model, data, path, queryParams } = options;
  const { ns, name } = options as { ns?: string; name?: string };
  return consoleFetchJSON.put(
    url(model, {
      ns: ns || data.metadata?.namespace,
      name: name || data.metadata?.name,
      path,
      queryParams,
    }),
    data,
  ) as Promise<never>;
};

/** JSON patch (`application/json-patch+json`); an empty patch resolves to the resource unchanged. */
export const k8sPatchResource: K8sPatch = <R extends Obj>({
  model,
  resource,
  data,
  path,
  queryParams,
}: Parameters<K8sPatch>[0] & { resource: R }) => {
  const patches = data.filter(Boolean);
  if (patches.length === 0) return Promise.resolve(resource);
  return consoleFetchJSON.patch(
    url(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    patches,
  ) as Promise<R>;
};

export const k8sDeleteResource: typeof SDK.k8sDelete & K8sDelete = ({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}) => {
  const body =
    json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : null);
  return consoleFetchJSON.delete(
    url(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    body,
    requestInit,
  ) as Promise<never>;
};

interface RawList {
  apiVersion?: string;
  items?: Obj[];
  metadata?: Record<string, unknown>;
}

/**
 * Lists a kind. `queryParams.ns` picks the namespace; `labelSelector` may be a selector object,
 * as in the console. Items get `kind` and `apiVersion` filled in.
 */
export const k8sListResource = (async ({
  model,
  queryParams = {},
  requestInit,
  raw = false,
}: Parameters<K8sList>[0] & { raw?: boolean }) => {
  const { ns, labelSelector, ...rest } = queryParams as Record<string, unknown>;
  const params: Params = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  if (labelSelector) {
    params.labelSelector =
      typeof labelSelector === 'string' ? labelSelector : selectorToString(labelSelector);
  }
  const result = (await consoleFetchJSON(
    url(model, { ns: typeof ns === 'string' ? ns : undefined, queryParams: params }),
    'GET',
    requestInit,
  )) as RawList;
  const items = (result.items ?? []).map((i) => ({
    kind: model.kind,
    apiVersion: result.apiVersion,
    ...i,
  }));
  return raw ? { ...result, items } : items;
}) as K8sList;

export const k8sListResourceItems: K8sList = async (options) => {
  const response = (await k8sListResource(options)) as unknown;
  return (Array.isArray(response) ? response : ((response as RawList).items ?? [])) as never;
};

export {
  k8sGetResource as k8sGet,
  k8sCreateResource as k8sCreate,
  k8sUpdateResource as k8sUpdate,
  k8sPatchResource as k8sPatch,
  k8sDeleteResource as k8sDelete,
  k8sListResource as k8sList,
  k8sListResourceItems as k8sListItems,
};
