/** Where an in-cluster run is, read from its pod. */
import type { PodLike } from '../types';
import { GATHER_CONTAINER } from './in-cluster-run';

/** Where a run is, from its pod. */
export type RunPhase = 'starting' | 'waiting' | 'gathering' | 'completed' | 'failed';

/** The run's phase and, when it is stuck or failed, why. */
export interface RunState {
  phase: RunPhase;
  reason?: string;
  message?: string;
  exitCode?: number;
}

/** The phase of a run from its pod (undefined: not created yet or not seen). */
export const runState = (pod: PodLike | undefined): RunState => {
  if (!pod) return { phase: 'starting' };
  const gather = pod.status?.containerStatuses?.find((c) => c.name === GATHER_CONTAINER);
  const terminated = gather?.state?.terminated;
  if (terminated) {
    const exitCode = terminated.exitCode ?? 0;
    return exitCode === 0
      ? { phase: 'completed', exitCode }
      : { phase: 'failed', exitCode, reason: terminated.reason, message: terminated.message };
  }
  if (pod.status?.phase === 'Failed') {
    return { phase: 'failed', reason: pod.status.reason, message: pod.status.message };
  }
  if (gather?.state?.running) return { phase: 'gathering' };
  const waiting = gather?.state?.waiting;
  if (waiting?.reason && waiting.reason !== 'ContainerCreating') {
    return { phase: 'waiting', reason: waiting.reason, message: waiting.message };
  }
  return { phase: 'starting' };
};
