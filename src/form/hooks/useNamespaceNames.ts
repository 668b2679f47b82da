import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { useWatch } from '../../hooks/useWatch';
import { NamespaceModel, gvkOf } from '../../k8s/models';

/**
 * Names of the namespaces the user can list, for the namespace picker; `undefined` when they
 * cannot be listed (the form then takes a typed name). Data path: a metadata watch of `namespaces`.
 */
export const useNamespaceNames = (): { names: string[] | undefined; loaded: boolean } => {
  const [items, loaded, error] = useWatch<K8sResourceCommon[]>({
    groupVersionKind: gvkOf(NamespaceModel),
    isList: true,
    partialMetadata: true,
  });
  const names = useMemo(
    () =>
      error
        ? undefined
        : (items ?? []).flatMap((item) => (item.metadata?.name ? [item.metadata.name] : [])).sort(),
    [items, error],
  );
  return { names, loaded: loaded || Boolean(error) };
};
