/**
 * The built-in controllers of the simulated cluster: Deployment, ReplicaSet, StatefulSet, Job,
 * volume binding, the scheduler/kubelet, and OpenShift's route host allocation/admission and
 * service-ca, started together against one {@link ClusterApi}.
 */
import type { ClusterApi } from '../cluster/api';
import type { Controller, ControllerContext } from './controller-context';
import { DeploymentController } from './deployment-controller';
import { EventRecorder } from './events';
import { FaultRegistry, type FaultRule } from './faults';
import { JobController } from './job-controller';
import { DEFAULT_NODES, Kubelet, type LogGenerator } from './kubelet';
import { LogBook, type PodLogStore } from './log-book';
import { ensureNodes } from './nodes';
import { ReplicaSetController } from './replicaset-controller';
import { RouteController } from './route-controller';
import { ServiceCaController } from './service-ca-controller';
import { SimClock, type SimTimings } from './sim-clock';
import { StatefulSetController } from './statefulset-controller';
import { VolumeBinder } from './volume-binder';

export type { FaultRule, FaultKind } from './faults';
export type { SimTimings } from './sim-clock';
export { INTERACTIVE_TIMINGS, TEST_TIMINGS, SimClock } from './sim-clock';
export { FaultRegistry } from './faults';
export { LogBook } from './log-book';
export type { PodLogStore } from './log-book';
export { EventRecorder } from './events';

/** The simulated cluster as the controllers need it: its API and, optionally, its pod log store. */
export interface SimCluster {
  api: ClusterApi;
  setPodLog?: PodLogStore['setPodLog'];
  appendPodLog?: PodLogStore['appendPodLog'];
}

/** Options of {@link startControllers}. */
export interface ControllerOptions {
  /** Delays (merged over the interactive defaults). */
  timings?: Partial<SimTimings>;
  /** Seed of names, IPs and jitter. */
  seed?: number;
  /** Fault rules active from the start. */
  faults?: FaultRule[];
  /** Node names. */
  nodes?: string[];
  /** Storage class given to claims whose template names none. */
  defaultStorageClass?: string;
  /** The apps domain Routes get their hosts in (default `apps.sim.example.com`). */
  appsDomain?: string;
  /** Extra log line generators (tried before the built-in ones). */
  logGenerators?: LogGenerator[];
  /** Called on every reconcile error (the key is retried). */
  onError?: (controller: string, key: string, error: unknown) => void;
  /**
   * Run the workload controllers and the kubelet (default true). Without them Deployments and
   * StatefulSets get no ReplicaSets or pods: the way to keep very large worlds fast.
   */
  pods?: boolean;
  /** Shared clock/recorder/log book, when the caller already has them. */
  clock?: SimClock;
  recorder?: EventRecorder;
  logs?: LogBook;
}

/** The running controllers. */
export interface RunningControllers {
  clock: SimClock;
  recorder: EventRecorder;
  logs: LogBook;
  faults: FaultRegistry;
  kubelet: Kubelet;
  controllers: Controller[];
  /** Resolves when no controller has work queued (timers of the kubelet may still be pending). */
  idle(): Promise<void>;
  /** Stops every controller and cancels every timer. */
  stop(): Promise<void>;
}

/** The cluster's pod log store as a {@link PodLogStore}, if it has one. */
export const logStoreOf = (cluster: SimCluster): PodLogStore | undefined => {
  const { setPodLog, appendPodLog } = cluster;
  if (!setPodLog) return undefined;
  return {
    setPodLog: setPodLog.bind(cluster),
    ...(appendPodLog ? { appendPodLog: appendPodLog.bind(cluster) } : {}),
  };
};

/** Starts the built-in controllers and the kubelet; resolves once their informers are synced. */
export const startControllers = async (
  cluster: SimCluster,
  options: ControllerOptions = {},
): Promise<RunningControllers> => {
  const clock = options.clock ?? new SimClock(options.timings, options.seed);
  const recorder = options.recorder ?? new EventRecorder(cluster.api, clock);
  const logs = options.logs ?? new LogBook(logStoreOf(cluster));
  const faults = new FaultRegistry(options.faults);
  const base = (name: string): ControllerContext => ({
    api: cluster.api,
    clock,
    recorder,
    queue: { onError: (key, error) => options.onError?.(name, key, error) },
  });
  const kubelet = new Kubelet(base('kubelet'), {
    logs,
    faults,
    nodes: options.nodes,
    logGenerators: options.logGenerators,
  });
  const workloads: Controller[] =
    options.pods === false
      ? []
      : [
          new DeploymentController(base('deployment-controller')),
          new ReplicaSetController(base('replicaset-controller')),
          new StatefulSetController(base('statefulset-controller'), {
            defaultStorageClass: options.defaultStorageClass,
          }),
          new JobController(base('job-controller')),
          new VolumeBinder(base('volume-binder')),
          kubelet,
        ];
  const controllers: Controller[] = [
    ...workloads,
    new RouteController(base('route-controller'), { appsDomain: options.appsDomain }),
    new ServiceCaController(base('service-ca-controller')),
  ];
  if (options.pods !== false)
    await ensureNodes(cluster.api, options.nodes ?? DEFAULT_NODES, clock.now());
  await Promise.all(controllers.map((c) => c.start()));
  return {
    clock,
    recorder,
    logs,
    faults,
    kubelet,
    controllers,
    idle: async () => {
      await Promise.all(controllers.map((c) => c.idle()));
    },
    stop: async () => {
      clock.stop();
      await Promise.all(controllers.map((c) => c.stop()));
      await recorder.flush();
    },
  };
};
