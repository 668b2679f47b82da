/**
 * Test-only builders of the objects the pages watch: TempoStacks with a status, workloads and
 * pods labelled like the operator's, events.
 */
import { computeAllocation } from '../../tempostack/allocation';
import type {
  Component,
  ComponentStatus,
  Condition,
  PodLike,
  TempoStack,
  TempoStackSpec,
  WorkloadLike,
} from '../../tempostack/types';

export const condition = (type: string, reason: string, message = ''): Condition => ({
  type,
  status: 'True',
  reason,
  message,
  lastTransitionTime: '2026-01-01T00:00:00Z',
});

const READY_COMPONENTS: ComponentStatus = {
  distributor: { Ready: ['d-0'] },
  ingester: { Ready: ['tempo-x-ingester-0'] },
  querier: { Ready: ['q-0'] },
  queryFrontend: { Ready: ['f-0'] },
  compactor: { Ready: ['c-0'] },
};

/** A TempoStack (Ready by default) in `namespace`. */
export const makeStack = (
  name: string,
  namespace: string,
  options: {
    spec?: Partial<TempoStackSpec>;
    conditions?: Condition[];
    components?: ComponentStatus;
    resourceVersion?: string;
  } = {},
): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: {
    name,
    namespace,
    uid: `uid-${namespace}-${name}`,
    resourceVersion: options.resourceVersion ?? '1',
    creationTimestamp: '2026-01-01T00:00:00Z',
  },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...options.spec },
  status: {
    operatorVersion: '0.22.0',
    tempoVersion: '2.10.8',
    conditions: options.conditions ?? [
      condition('Ready', 'Ready', 'All components are operational'),
    ],
    components: options.components ?? READY_COMPONENTS,
  },
});

const labels = (stack: TempoStack, component: Component) => ({
  'app.kubernetes.io/name': 'tempo',
  'app.kubernetes.io/instance': stack.metadata.name ?? '',
  'app.kubernetes.io/managed-by': 'tempo-operator',
  'app.kubernetes.io/component': component,
});

/** The workloads of every allocated component, carrying exactly the operator's allocation. */
export const makeWorkloads = (stack: TempoStack): WorkloadLike[] => {
  const allocation = computeAllocation(stack);
  const byWorkload = new Map<string, WorkloadLike>();
  for (const c of allocation.containers) {
    const name = c.workloadName ?? '';
    const workload: WorkloadLike = byWorkload.get(name) ?? {
      kind: c.workloadKind,
      metadata: { name, namespace: stack.metadata.namespace, labels: labels(stack, c.component) },
      spec: { replicas: c.replicas, template: { spec: { containers: [] } } },
      status: { replicas: c.replicas, readyReplicas: c.replicas, updatedReplicas: c.replicas },
    };
    const text = (list: typeof c.requests) =>
      Object.fromEntries(Object.entries(list).map(([k, v]) => [k, v?.canonical ?? '']));
    workload.spec?.template?.spec?.containers?.push({
      name: c.container,
      resources: { requests: text(c.requests), limits: text(c.limits) },
    });
    byWorkload.set(name, workload);
  }
  return [...byWorkload.values()];
};

/** A pod of a component. */
export const makePod = (
  stack: TempoStack,
  component: Component,
  name: string,
  state: {
    phase?: NonNullable<PodLike['status']>['phase'];
    ready?: boolean;
    restarts?: number;
    waiting?: string;
    lastTerminated?: string;
  } = {},
): PodLike => ({
  metadata: { name, namespace: stack.metadata.namespace, labels: labels(stack, component) },
  spec: { containers: [{ name: 'tempo' }] },
  status: {
    phase: state.phase ?? 'Running',
    conditions: [{ type: 'Ready', status: state.ready === false ? 'False' : 'True' }],
    containerStatuses: [
      {
        name: 'tempo',
        ready: state.ready !== false,
        restartCount: state.restarts ?? 0,
        state: state.waiting ? { waiting: { reason: state.waiting } } : { running: {} },
        ...(state.lastTerminated
          ? { lastState: { terminated: { reason: state.lastTerminated } } }
          : {}),
      },
    ],
  },
});
