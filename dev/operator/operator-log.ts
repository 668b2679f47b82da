/**
 * The `manager` container log of the simulated operator pod: controller-runtime's JSON lines (zap
 * production encoder: `level`, `ts`, `logger`, `msg`, reconcile keys). The startup lines are
 * produced when the kubelet starts the container; reconcile lines are appended as the reconciler
 * works (debug verbosity, so every reconcile shows its start and end, as with `--zap-log-level=debug`).
 */
import type { ClusterApi } from '../cluster/api';
import type { LogContext, LogMoment } from '../controllers/container-logs';
import type { LogBook } from '../controllers/log-book';
import type { Pod } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { OPERATOR_NAMESPACE, OPERATOR_VERSION } from './constants';

/** Label selector of the operator pod. */
export const OPERATOR_POD_SELECTOR =
  'app.kubernetes.io/name=tempo-operator,control-plane=controller-manager';

const line = (
  at: Date,
  level: string,
  logger: string | undefined,
  msg: string,
  fields: Record<string, unknown> = {},
): string =>
  JSON.stringify({ level, ts: at.toISOString(), ...(logger ? { logger } : {}), msg, ...fields });

/** Startup lines of the operator's `manager` container (a kubelet log generator). */
export const operatorLogGenerator = (ctx: LogContext, moment: LogMoment): string[] | undefined => {
  if (ctx.container.name !== 'manager' || ctx.pod.metadata.namespace !== OPERATOR_NAMESPACE)
    return undefined;
  if (moment !== 'start') return [];
  const at = ctx.at;
  const controllers = ['tempostack', 'tempomonolithic'];
  return [
    line(at, 'info', 'setup', 'Starting the Tempo Operator', {
      'tempo-operator': OPERATOR_VERSION,
      tempo: '2.10.8',
      'go-version': 'go1.24.6',
      'go-arch': 'amd64',
      'go-os': 'linux',
    }),
    line(at, 'info', 'controller-runtime.builder', 'Registering a mutating webhook', {
      GVK: 'tempo.grafana.com/v1alpha1, Kind=TempoStack',
      path: '/mutate-tempo-grafana-com-v1alpha1-tempostack',
    }),
    line(at, 'info', 'controller-runtime.builder', 'Registering a validating webhook', {
      GVK: 'tempo.grafana.com/v1alpha1, Kind=TempoStack',
      path: '/validate-tempo-grafana-com-v1alpha1-tempostack',
    }),
    line(at, 'info', 'setup', 'starting manager'),
    line(at, 'info', 'controller-runtime.metrics', 'Starting metrics server'),
    line(at, 'info', 'controller-runtime.webhook', 'Starting webhook server'),
    line(at, 'info', 'controller-runtime.webhook', 'Serving webhook server', {
      host: '',
      port: 9443,
    }),
    line(
      at,
      'info',
      undefined,
      'attempting to acquire leader lease openshift-tempo-operator/8b886b0f.grafana.com...',
    ),
    line(
      at,
      'info',
      undefined,
      'successfully acquired lease openshift-tempo-operator/8b886b0f.grafana.com',
    ),
    ...controllers.flatMap((c) => [
      line(at, 'info', undefined, 'Starting EventSource', {
        controller: c,
        controllerGroup: 'tempo.grafana.com',
        controllerKind: c === 'tempostack' ? 'TempoStack' : 'TempoMonolithic',
      }),
      line(at, 'info', undefined, 'Starting Controller', {
        controller: c,
        controllerGroup: 'tempo.grafana.com',
        controllerKind: c === 'tempostack' ? 'TempoStack' : 'TempoMonolithic',
      }),
      line(at, 'info', undefined, 'Starting workers', {
        controller: c,
        controllerGroup: 'tempo.grafana.com',
        controllerKind: c === 'tempostack' ? 'TempoStack' : 'TempoMonolithic',
        'worker count': 1,
      }),
    ]),
  ];
};

/** Appends reconcile lines to the operator pod's `manager` log. */
export class OperatorLog {
  private pending: string[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly api: ClusterApi,
    private readonly logs: LogBook,
    private readonly level: 'info' | 'debug' = 'debug',
  ) {}

  /** Logs one line for a reconcile of `namespace/name`. */
  reconcileLine(
    level: 'info' | 'debug' | 'error',
    msg: string,
    namespace: string,
    name: string,
    reconcileID: string,
    fields: Record<string, unknown> = {},
  ): void {
    if (level === 'debug' && this.level !== 'debug') return;
    this.pending.push(
      line(new Date(), level, level === 'error' ? undefined : 'tempostack-reconcile', msg, {
        controller: 'tempostack',
        controllerGroup: 'tempo.grafana.com',
        controllerKind: 'TempoStack',
        TempoStack: { name, namespace },
        namespace,
        name,
        reconcileID,
        ...fields,
      }),
    );
    this.flushing ??= Promise.resolve().then(() => this.flush());
  }

  /** Resolves when every line logged so far has been written (or no operator pod exists). */
  async settled(): Promise<void> {
    await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      const pods = await this.api.list<Pod>(REFS.pods, {
        namespace: OPERATOR_NAMESPACE,
        labelSelector: OPERATOR_POD_SELECTOR,
      });
      const pod = pods.items.find((p) => p.status?.phase === 'Running');
      if (pod) {
        this.logs.append(OPERATOR_NAMESPACE, pod.metadata.name, 'manager', this.pending);
        this.pending = [];
      } else if (this.pending.length > 500) {
        this.pending.splice(0, this.pending.length - 500);
      }
    } finally {
      this.flushing = undefined;
    }
  }
}
