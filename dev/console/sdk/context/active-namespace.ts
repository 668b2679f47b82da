import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { ALL_NAMESPACES_KEY } from '../k8s/resource-url';
import { createStore, useStore } from '../utils/simple-store';

const LAST_NAMESPACE_KEY = 'dev-console/last-namespace';

const initialNamespace = (): string => {
  try {
    return globalThis.localStorage?.getItem(LAST_NAMESPACE_KEY) ?? 'default';
  } catch {
    return 'default';
  }
};

export const activeNamespaceStore = createStore<string>(initialNamespace());

export const setActiveNamespace = (ns: string) => {
  activeNamespaceStore.set(ns);
  try {
    globalThis.localStorage?.setItem(LAST_NAMESPACE_KEY, ns);
  } catch {
    // Storage may be unavailable; the namespace still applies to this page.
  }
};

/** The namespace a console URL is scoped to: `/ns/<ns>/…` or `#ALL_NS#` for `/all-namespaces`. */
export const namespaceFromPath = (pathname: string): string | undefined => {
  const ns = /\/ns\/([^/]+)/.exec(pathname);
  if (ns) return decodeURIComponent(ns[1]);
  if (/\/all-namespaces(\/|$)/.test(pathname)) return ALL_NAMESPACES_KEY;
  return undefined;
};

export const useActiveNamespace: typeof SDK.useActiveNamespace = () => [
  useStore(activeNamespaceStore),
  setActiveNamespace,
];

export const isAllNamespacesKey: typeof SDK.isAllNamespacesKey = (ns): ns is '#ALL_NS#' =>
  ns === ALL_NAMESPACES_KEY;
