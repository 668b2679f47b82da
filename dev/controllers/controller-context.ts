/**
 * What every simulated controller shares: the cluster API, the simulated clock, the event recorder
 * and the queue options; and the lifecycle every controller implements.
 */
import type { ClusterApi } from '../cluster/api';
import type { EventRecorder } from './events';
import type { SimClock } from './sim-clock';
import type { WorkQueueOptions } from './work-queue';

/** Shared dependencies of the controllers. */
export interface ControllerContext {
  api: ClusterApi;
  clock: SimClock;
  recorder: EventRecorder;
  queue?: WorkQueueOptions;
}

/** A running controller. */
export interface Controller {
  /** Human-readable name (`deployment-controller`, …). */
  readonly name: string;
  /** Starts the informers; resolves once they have listed the current objects. */
  start(): Promise<void>;
  /** Resolves when the controller has nothing queued. */
  idle(): Promise<void>;
  /** Stops the informers and the queue, waiting for the reconcile in progress. */
  stop(): Promise<void>;
}
