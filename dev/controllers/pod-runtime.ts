/**
 * The simulated kubelet's in-memory view of one pod (node, IPs, per-container state) and the pod
 * `status` it writes from it: phase, the five pod conditions, `containerStatuses`, IPs, QoS class.
 */
import type { ContainerFault } from './faults';
import type { ContainerState, ContainerStatus, KubeCondition, Pod } from './kube-types';
import { qosClass } from './pod-factory';

/** One container as the kubelet runs it. */
export interface ContainerRuntime {
  name: string;
  image: string;
  imageID: string;
  containerID?: string;
  hasReadinessProbe: boolean;
  ready: boolean;
  started: boolean;
  restartCount: number;
  state: ContainerState;
  lastState: ContainerState;
  fault?: ContainerFault;
  /** Back-off delay of the next restart / image pull. */
  backoffMs: number;
  /** Incremented on every (re)start; timers of an older instance do nothing. */
  instance: number;
}

/** One pod as the kubelet runs it. */
export interface PodRuntime {
  uid: string;
  namespace: string;
  name: string;
  node?: string;
  hostIP?: string;
  podIP?: string;
  scheduledAt?: string;
  startTime?: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  containers: ContainerRuntime[];
  /** Condition transition times, kept so unchanged conditions keep their times. */
  transitions: Map<string, { status: string; at: string }>;
  cancels: Set<() => void>;
  deleted: boolean;
  /** Serialises status writes. */
  writes: Promise<void>;
}

/** A fresh runtime for a pod the kubelet has just seen. */
export const newPodRuntime = (
  pod: Pod,
  faults: ContainerFault[],
  imageDigest: (image: string) => string,
): PodRuntime => ({
  uid: pod.metadata.uid ?? pod.metadata.name,
  namespace: pod.metadata.namespace ?? 'default',
  name: pod.metadata.name,
  phase: 'Pending',
  containers: pod.spec.containers.map((c) => {
    const image = c.image ?? 'registry.invalid/unknown:latest';
    return {
      name: c.name,
      image,
      imageID: `${image.replace(/[:@].*$/, '')}@sha256:${imageDigest(image)}`,
      hasReadinessProbe: Boolean(c.readinessProbe),
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
      lastState: {},
      fault: faults.find((f) => f.container === c.name),
      backoffMs: 0,
      instance: 0,
    };
  }),
  transitions: new Map(),
  cancels: new Set(),
  deleted: false,
  writes: Promise.resolve(),
});

/** Builds the pod `status` the kubelet reports for `runtime` at `now`. */
export const podStatus = (
  pod: Pod,
  runtime: PodRuntime,
  now: string,
): NonNullable<Pod['status']> => {
  const condition = (
    type: string,
    ok: boolean,
    reason?: string,
    message?: string,
  ): KubeCondition => {
    const status = ok ? 'True' : 'False';
    const previous = runtime.transitions.get(type);
    const at = previous?.status === status ? previous.at : now;
    runtime.transitions.set(type, { status, at });
    return {
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: at,
      ...(reason ? { reason } : {}),
      ...(message ? { message } : {}),
    };
  };
  const terminal = runtime.phase === 'Succeeded' || runtime.phase === 'Failed';
  const unready = runtime.containers.filter((c) => !c.ready).map((c) => c.name);
  const allReady = unready.length === 0 && !terminal;
  const notReadyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMessage = terminal
    ? undefined
    : `containers with unready status: [${unready.join(' ')}]`;
  const conditions: KubeCondition[] = [];
  if (runtime.node) {
    conditions.push(
      condition('PodReadyToStartContainers', Boolean(runtime.podIP) && !terminal),
      condition('Initialized', true, terminal ? 'PodCompleted' : undefined),
      condition(
        'Ready',
        allReady,
        allReady ? undefined : notReadyReason,
        allReady ? undefined : notReadyMessage,
      ),
      condition(
        'ContainersReady',
        allReady,
        allReady ? undefined : notReadyReason,
        allReady ? undefined : notReadyMessage,
      ),
    );
  }
  conditions.push(condition('PodScheduled', Boolean(runtime.node)));
  const containerStatuses: ContainerStatus[] | undefined = runtime.startTime
    ? runtime.containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID:
          c.state.waiting?.reason === 'ErrImagePull' ||
          c.state.waiting?.reason === 'ImagePullBackOff'
            ? ''
            : c.imageID,
        ...(c.containerID ? { containerID: c.containerID } : {}),
        ready: c.ready,
        started: c.started,
        restartCount: c.restartCount,
        state: c.state,
        lastState: c.lastState,
      }))
    : undefined;
  return {
    phase: runtime.phase,
    conditions,
    ...(runtime.hostIP ? { hostIP: runtime.hostIP, hostIPs: [{ ip: runtime.hostIP }] } : {}),
    ...(runtime.podIP ? { podIP: runtime.podIP, podIPs: [{ ip: runtime.podIP }] } : {}),
    ...(runtime.startTime ? { startTime: runtime.startTime } : {}),
    ...(containerStatuses ? { containerStatuses } : {}),
    qosClass: qosClass(pod.spec.containers),
  };
};
