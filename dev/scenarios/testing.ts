/**
 * Test support: a fresh simulated cluster with the world started on test timings, and its
 * tear-down. Reconcile errors are collected instead of being silently retried.
 */
import { createCluster, type Cluster } from '../cluster/cluster';
import type { ClusterApi } from '../cluster/api';
import { TEST_TIMINGS } from '../controllers/sim-clock';
import { startWorld, type World, type WorldOptions } from './world';

/** A cluster and its running world, for one test. */
export interface TestWorld {
  cluster: Cluster;
  api: ClusterApi;
  world: World;
  /** `controller key: message` of every reconcile error seen. */
  errors: string[];
  stop(): Promise<void>;
}

/** Creates a cluster and starts the world on {@link TEST_TIMINGS}. */
export const startTestWorld = async (options: WorldOptions = {}): Promise<TestWorld> => {
  const cluster = createCluster();
  const errors: string[] = [];
  const world = await startWorld(cluster, {
    timings: TEST_TIMINGS,
    ...options,
    onError: (controller, key, error) => {
      errors.push(
        `${controller} ${key}: ${error instanceof Error ? error.message : String(error)}`,
      );
      options.onError?.(controller, key, error);
    },
  });
  return {
    cluster,
    api: cluster.api,
    world,
    errors,
    stop: async () => {
      await world.stop();
      cluster.close();
    },
  };
};
