import { useWatch } from './useWatch';
import { useMemo } from 'react';
import { TempoStackModel, gvkOf } from '../k8s/models';
import { TEMPOSTACK_API_VERSION, TEMPOSTACK_KIND } from '../tempostack/types';
import type { TempoStack } from '../tempostack/types';

/** Result of a watch hook. */
export interface WatchResult<T> {
  data: T;
  loaded: boolean;
  error: unknown;
  /**
   * An error that came after the data had loaded and that leaves it valid (a 5xx or a timeout
   * while listing again): `data` is the last state received, `error` is undefined. Only hooks
   * that say so set it.
   */
  refreshError?: unknown;
}

/** A stack with `apiVersion` and `kind` set (list items and some watches omit them). */
export const withTypeMeta = (stack: TempoStack): TempoStack =>
  stack.apiVersion && stack.kind
    ? stack
    : { ...stack, apiVersion: TEMPOSTACK_API_VERSION, kind: TEMPOSTACK_KIND };

/**
 * One TempoStack, live. Data path: a watch of `tempostacks` named `name` in `namespace`.
 * `data` is undefined until loaded and when the watch fails (see `error`).
 */
export const useTempoStack = (
  name: string,
  namespace: string,
): WatchResult<TempoStack | undefined> => {
  const [stack, loaded, error] = useWatch<TempoStack>({
    groupVersionKind: gvkOf(TempoStackModel),
    name,
    namespace,
  });
  const data = useMemo(
    () => (loaded && !error && stack?.metadata?.name ? withTypeMeta(stack) : undefined),
    [stack, loaded, error],
  );
  return { data, loaded: loaded || !!error, error };
};
