/**
 * The simulated world around the API server: the built-in controllers (with the kubelet) and the
 * simulated Tempo Operator, sharing one clock, event recorder and log book.
 */
import {
  startControllers,
  type ControllerOptions,
  type RunningControllers,
  type SimCluster,
} from '../controllers';
import type { FaultRegistry } from '../controllers/faults';
import {
  operatorLogGenerator,
  startOperator,
  type OperatorOptions,
  type RunningOperator,
} from '../operator';

/** Options of {@link startWorld}. */
export interface WorldOptions extends Omit<ControllerOptions, 'onError'> {
  /** Options of the simulated operator; `false` to run without it. */
  operator?: OperatorOptions | false;
  /** Called with every reconcile error of any controller (default: ignored, errors are retried). */
  onError?: (controller: string, key: string, error: unknown) => void;
}

/** A running simulated world. */
export interface World {
  cluster: SimCluster;
  controllers: RunningControllers;
  operator: RunningOperator | undefined;
  /** Fault rules of the kubelet (add/remove at run time). */
  faults: FaultRegistry;
  /** Resolves when no controller has queued work (pending timers may still fire later). */
  idle(): Promise<void>;
  /** Stops everything and cancels every timer. */
  stop(): Promise<void>;
}

/** Starts the built-in controllers and the simulated operator against a cluster. */
export const startWorld = async (
  cluster: SimCluster,
  options: WorldOptions = {},
): Promise<World> => {
  const controllers = await startControllers(cluster, {
    ...options,
    logGenerators: [operatorLogGenerator, ...(options.logGenerators ?? [])],
    onError: options.onError,
  });
  const operator =
    options.operator === false
      ? undefined
      : await startOperator(
          {
            api: cluster.api,
            clock: controllers.clock,
            recorder: controllers.recorder,
            logs: controllers.logs,
          },
          {
            ...options.operator,
            onError: (key, error) => options.onError?.('tempostack-controller', key, error),
          },
        );
  return {
    cluster,
    controllers,
    operator,
    faults: controllers.faults,
    idle: async () => {
      await controllers.idle();
      await operator?.idle();
    },
    stop: async () => {
      await operator?.stop();
      await controllers.stop();
    },
  };
};
