import { useCallback, useRef, useState } from 'react';
import {
  inClusterRunObjects,
  newRunId,
  type InClusterRunParams,
} from '../tempostack/must-gather/in-cluster-run';
import { cleanupPlan } from '../tempostack/must-gather/run-cleanup';
import { errorMessage } from './collector-api';
import { createRunObjects, deleteRunObjects, type CleanupError } from './run-client';

/** Where the run's objects are (the pod's own progress comes from watching it). */
export type RunStage = 'idle' | 'creating' | 'running' | 'cleaning' | 'cleaned' | 'failed';

/** The state of an in-cluster run. */
export interface InClusterRunState {
  stage: RunStage;
  runId?: string;
  /** Kinds created so far, in order. */
  created: string[];
  /** Why creating the run failed (the API server's message); its objects were removed. */
  error?: string;
  /** Deletions that failed during clean-up. */
  cleanupErrors: CleanupError[];
  /** The run was cancelled by the user. */
  cancelled: boolean;
}

/** An in-cluster run and its controls. */
export interface InClusterRun {
  state: InClusterRunState;
  start: (params: Omit<InClusterRunParams, 'runId'>) => void;
  /** Cancels a run (while creating or running) and removes its objects. */
  cancel: () => void;
  /** Removes the run's objects. */
  cleanUp: () => void;
  /** Back to the start after a clean-up. */
  reset: () => void;
}

const INITIAL: InClusterRunState = {
  stage: 'idle',
  created: [],
  cleanupErrors: [],
  cancelled: false,
};

/**
 * Data path: POST of the run's objects (namespace, service account, ClusterRole, binding, pod)
 * through the console proxy, in order; DELETE of each in the clean-up plan. The pod's progress and
 * log are watched by the caller (`useK8sWatchResource`, `useRunLog`).
 */
export const useInClusterRun = (): InClusterRun => {
  const [state, setState] = useState<InClusterRunState>(INITIAL);
  const cancelled = useRef(false);
  const runId = useRef<string | undefined>(undefined);
  const stage = useRef<RunStage>('idle');

  const update = useCallback((change: (s: InClusterRunState) => InClusterRunState) => {
    setState((s) => {
      const next = change(s);
      stage.current = next.stage;
      return next;
    });
  }, []);

  const removeAll = useCallback(
    async (id: string, extra: Partial<InClusterRunState> = {}) => {
      stage.current = 'cleaning';
      update((s) => ({ ...s, ...extra, stage: 'cleaning' }));
      const errors = await deleteRunObjects(cleanupPlan(id));
      update((s) => ({ ...s, stage: s.error ? 'failed' : 'cleaned', cleanupErrors: errors }));
    },
    [update],
  );

  const start = useCallback(
    (params: Omit<InClusterRunParams, 'runId'>) => {
      const id = newRunId();
      runId.current = id;
      cancelled.current = false;
      stage.current = 'creating';
      update(() => ({ ...INITIAL, stage: 'creating', runId: id }));
      const onCreated = (kind: string) => update((s) => ({ ...s, created: [...s.created, kind] }));
      createRunObjects(
        inClusterRunObjects({ ...params, runId: id }),
        onCreated,
        () => cancelled.current,
      )
        .then(() => {
          if (cancelled.current) return removeAll(id, { cancelled: true });
          update((s) => ({ ...s, stage: 'running' }));
          return undefined;
        })
        .catch((error: unknown) => removeAll(id, { error: errorMessage(error) }));
    },
    [removeAll, update],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    // While creating, the creation loop stops at the next object and cleans up itself.
    if (stage.current === 'running' && runId.current)
      void removeAll(runId.current, { cancelled: true });
    else update((s) => ({ ...s, cancelled: true }));
  }, [removeAll, update]);

  const cleanUp = useCallback(() => {
    if (runId.current && stage.current !== 'cleaning') void removeAll(runId.current);
  }, [removeAll]);

  const reset = useCallback(() => {
    runId.current = undefined;
    update(() => INITIAL);
  }, [update]);

  return { state, start, cancel, cleanUp, reset };
};
