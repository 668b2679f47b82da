import { useMemo } from 'react';
import { TempoStackModel, gvkOf } from '../k8s/models';
import type { TempoStack } from '../tempostack/types';
import { invalidatesData } from './api-error';
import type { WatchResult } from './useTempoStack';
import { withTypeMeta } from './useTempoStack';
import { useWatch } from './useWatch';

/**
 * One TempoStack, live, for pages that must notice at once that it is deleted. Data path: a list
 * watch of `tempostacks` in `namespace` with `fieldSelector=metadata.name=NAME`.
 *
 * Why not an object watch (`useTempoStack`): the console turns every event of an object watch,
 * DELETED included, into the object, so a deleted stack stays on screen until the console's
 * 30-second GET answers 404; and a GET that fails once (a 503) replaces the object with an error.
 * A list watch drops the stack on its DELETED event and is not polled.
 *
 * `data` is undefined until loaded, when the stack does not exist (`loaded` and no `error`), and
 * when the error means it may not be shown (`invalidatesData`). An error after the stack had
 * loaded that leaves it valid is a `refreshError`, with the last state received in `data`.
 */
export const useTempoStackByList = (
  name: string,
  namespace: string,
): WatchResult<TempoStack | undefined> => {
  const [stacks, loaded, error] = useWatch<TempoStack[]>({
    groupVersionKind: gvkOf(TempoStackModel),
    namespace,
    isList: true,
    fieldSelector: `metadata.name=${name}`,
  });
  const stack = useMemo(() => {
    const found = loaded ? (stacks ?? []).find((s) => s.metadata?.name === name) : undefined;
    return found ? withTypeMeta(found) : undefined;
  }, [stacks, loaded, name]);
  if (!error) return { data: stack, loaded, error: undefined };
  if (stack && !invalidatesData(error)) {
    return { data: stack, loaded: true, error: undefined, refreshError: error };
  }
  return { data: undefined, loaded: true, error };
};
