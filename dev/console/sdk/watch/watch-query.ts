import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { getReferenceForModel } from '../k8s/model-ref';
import { selectorToString } from '../k8s/selector';

/** What one shared watch is about: a list (with selectors) or one object. */
export interface WatchQuery {
  isList: boolean;
  namespace?: string;
  name?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  partialMetadata?: boolean;
}

/** Normalises a `WatchK8sResource` (selector objects become strings, empty values drop out). */
export const makeWatchQuery = (resource: SDK.WatchK8sResource, model: SDK.K8sModel): WatchQuery => {
  const labelSelector = resource.selector ? selectorToString(resource.selector) : '';
  return {
    isList: !!resource.isList,
    ...(model.namespaced && resource.namespace ? { namespace: resource.namespace } : {}),
    ...(resource.name ? { name: resource.name } : {}),
    ...(labelSelector ? { labelSelector } : {}),
    ...(resource.fieldSelector ? { fieldSelector: resource.fieldSelector } : {}),
    ...(resource.limit ? { limit: resource.limit } : {}),
    ...(resource.partialMetadata ? { partialMetadata: true } : {}),
  };
};

/**
 * The identity of a watch: components asking for the same kind with the same query share it.
 * Key order is fixed so that equal queries give equal ids.
 */
export const makeWatchId = (model: SDK.K8sModel, query: WatchQuery): string => {
  const ordered = Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== false && v !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${getReferenceForModel(model)}---${JSON.stringify(ordered)}`;
};

/** Query parameters for the list request. */
export const listParams = (query: WatchQuery): Record<string, string> => {
  const fieldSelector = [
    query.fieldSelector,
    query.isList && query.name ? `metadata.name=${query.name}` : undefined,
  ]
    .filter(Boolean)
    .join(',');
  return {
    ...(query.labelSelector ? { labelSelector: query.labelSelector } : {}),
    ...(fieldSelector ? { fieldSelector } : {}),
  };
};

/** Query parameters for the watch request that follows a list or get at `resourceVersion`. */
export const watchParams = (
  query: WatchQuery,
  resourceVersion: string | undefined,
): Record<string, string> => {
  const base = listParams(query);
  const fieldSelector = query.isList
    ? base.fieldSelector
    : [query.fieldSelector, query.name ? `metadata.name=${query.name}` : undefined]
        .filter(Boolean)
        .join(',');
  return {
    watch: 'true',
    ...(base.labelSelector ? { labelSelector: base.labelSelector } : {}),
    ...(fieldSelector ? { fieldSelector } : {}),
    ...(resourceVersion ? { resourceVersion } : {}),
    allowWatchBookmarks: 'true',
  };
};
