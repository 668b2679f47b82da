/**
 * The simulated Tempo Operator v0.22.0: its admission webhooks, its TempoStack controller and its
 * own installation (namespace, OLM objects, Deployment, Services), started against the cluster.
 */
import type { ClusterApi } from '../cluster/api';
import type { ControllerContext } from '../controllers/controller-context';
import type { EventRecorder } from '../controllers/events';
import type { LogBook } from '../controllers/log-book';
import type { SimClock } from '../controllers/sim-clock';
import { DEFAULT_APPS_DOMAIN } from './constants';
import { installOperator } from './install';
import { OperatorLog } from './operator-log';
import { TempoStackReconciler } from './reconciler';
import { tempoStackAdmissionHooks } from './webhook';

export { operatorLogGenerator } from './operator-log';
export {
  OPERATOR_NAMESPACE,
  OPERATOR_VERSION,
  TEMPO_VERSION,
  DEFAULT_APPS_DOMAIN,
} from './constants';

/** Options of {@link startOperator}. */
export interface OperatorOptions {
  /** Apps domain of route hosts; `null` simulates a cluster whose base domain cannot be read. */
  appsDomain?: string | null;
  /** Pretend to run in a cloud-credential-operator STS/WIF environment (`token-cco` works). */
  ccoEnvironment?: boolean;
  /** Create the operator's own namespace, OLM objects and Deployment (default true). */
  install?: boolean;
  /** `--zap-log-level` of the manager: `debug` logs every reconcile (default `debug`). */
  logLevel?: 'info' | 'debug';
  /** Register the admission webhooks (default true). */
  webhooks?: boolean;
  /** Reconcile only stacks in namespaces this accepts (default: all). */
  namespaceFilter?: (namespace: string) => boolean;
  onError?: (key: string, error: unknown) => void;
}

/** The running operator. */
export interface RunningOperator {
  reconciler: TempoStackReconciler;
  log: OperatorLog;
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Registers the webhooks, installs the operator's objects and starts the TempoStack controller. */
export const startOperator = async (
  deps: { api: ClusterApi; clock: SimClock; recorder: EventRecorder; logs: LogBook },
  options: OperatorOptions = {},
): Promise<RunningOperator> => {
  const { api, clock, recorder, logs } = deps;
  if (options.webhooks ?? true)
    tempoStackAdmissionHooks().forEach((hook) => api.registerAdmission(hook));
  const logLevel = options.logLevel ?? 'debug';
  if (options.install ?? true) {
    await installOperator(api, {
      now: clock.now(),
      installPlanName: `install-${clock.randomSuffix(5)}`,
      logLevel,
    });
  }
  const log = new OperatorLog(api, logs, logLevel);
  const ctx: ControllerContext = { api, clock, recorder, queue: { onError: options.onError } };
  const reconciler = new TempoStackReconciler(ctx, {
    appsDomain: options.appsDomain === undefined ? DEFAULT_APPS_DOMAIN : options.appsDomain,
    ccoEnvironment: options.ccoEnvironment,
    namespaceFilter: options.namespaceFilter,
    log,
  });
  await reconciler.start();
  return {
    reconciler,
    log,
    idle: async () => {
      await reconciler.idle();
      await log.settled();
    },
    stop: async () => {
      await reconciler.stop();
      await log.settled();
    },
  };
};
