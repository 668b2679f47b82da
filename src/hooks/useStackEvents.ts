import { useWatch } from './useWatch';
import { useMemo } from 'react';
import { EventModel, gvkOf } from '../k8s/models';
import { stackEvents } from '../tempostack/stack-events';
import type { TempoStack } from '../tempostack/types';
import type { EventObject } from './k8s-objects';
import type { WatchResult } from './useTempoStack';

/**
 * Events of a stack and of its objects, newest first, live. Data path: one list watch of
 * `events` in the stack's namespace, filtered by `involvedObject` (`stackEvents`).
 */
export const useStackEvents = (stack: TempoStack): WatchResult<EventObject[]> => {
  const [events, loaded, error] = useWatch<EventObject[]>({
    groupVersionKind: gvkOf(EventModel),
    isList: true,
    namespace: stack.metadata.namespace,
  });
  const data = useMemo(() => stackEvents(stack, events ?? []), [stack, events]);
  return { data, loaded: loaded || !!error, error };
};
