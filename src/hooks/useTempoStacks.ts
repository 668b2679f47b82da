import { useWatch } from './useWatch';
import { useMemo } from 'react';
import { invalidatesData } from './api-error';
import { TempoStackModel, gvkOf } from '../k8s/models';
import type { TempoStack } from '../tempostack/types';
import type { WatchResult } from './useTempoStack';
import { withTypeMeta } from './useTempoStack';

/**
 * Every TempoStack in a namespace, or in all namespaces when `namespace` is undefined, live.
 * Data path: one list watch of `tempostacks`. An error after the list had loaded that leaves it
 * valid (see `invalidatesData`) is a `refreshError`: the last list stays in `data`.
 */
export const useTempoStacks = (namespace: string | undefined): WatchResult<TempoStack[]> => {
  const [stacks, loaded, error] = useWatch<TempoStack[]>({
    groupVersionKind: gvkOf(TempoStackModel),
    isList: true,
    ...(namespace ? { namespace } : {}),
  });
  const data = useMemo(() => (stacks ?? []).map(withTypeMeta), [stacks]);
  if (error && loaded && !invalidatesData(error)) {
    return { data, loaded: true, error: undefined, refreshError: error };
  }
  return { data, loaded: loaded || !!error, error };
};
