/**
 * The shapes of the built-in objects the simulated controllers read and write (the fields they use;
 * everything else passes through untouched).
 */
import type { KubeObject } from '../cluster/api';

/** A label selector with `matchLabels` (the only form the operator writes). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
}

/** A container of a pod spec. */
export interface Container {
  name: string;
  image?: string;
  args?: string[];
  command?: string[];
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  resources?: {
    limits?: Record<string, string | number>;
    requests?: Record<string, string | number>;
  };
  env?: { name: string; value?: string }[];
  [key: string]: unknown;
}

/** A pod spec. */
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  nodeName?: string;
  restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  hostname?: string;
  subdomain?: string;
  serviceAccountName?: string;
  volumes?: Record<string, unknown>[];
  [key: string]: unknown;
}

/** A pod template. */
export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}

/** Container state as in `containerStatuses[].state`. */
export interface ContainerState {
  waiting?: { reason: string; message?: string };
  running?: { startedAt: string };
  terminated?: {
    reason: string;
    exitCode: number;
    startedAt?: string;
    finishedAt?: string;
    containerID?: string;
    message?: string;
  };
}

/** `status.containerStatuses[]`. */
export interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  containerID?: string;
  ready: boolean;
  started: boolean;
  restartCount: number;
  state: ContainerState;
  lastState: ContainerState;
}

/** `status.conditions[]` of pods and workloads. */
export interface KubeCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  lastUpdateTime?: string;
  lastProbeTime?: string | null;
}

/** A Pod. */
export interface Pod extends KubeObject {
  spec: PodSpec;
  status?: {
    phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
    conditions?: KubeCondition[];
    containerStatuses?: ContainerStatus[];
    podIP?: string;
    hostIP?: string;
    startTime?: string;
    qosClass?: string;
    [key: string]: unknown;
  };
}

/** A Deployment. */
export interface Deployment extends KubeObject {
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplate;
    strategy?: { type?: string };
    paused?: boolean;
    [key: string]: unknown;
  };
  status?: Record<string, unknown>;
}

/** A ReplicaSet. */
export interface ReplicaSet extends KubeObject {
  spec: { replicas?: number; selector: LabelSelector; template: PodTemplate };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    fullyLabeledReplicas?: number;
    observedGeneration?: number;
  };
}

/** A volume claim template / PersistentVolumeClaim. */
export interface PersistentVolumeClaim extends KubeObject {
  spec: {
    accessModes?: string[];
    resources?: { requests?: { storage?: string | number } };
    storageClassName?: string;
    volumeName?: string;
    volumeMode?: string;
    [key: string]: unknown;
  };
  status?: Record<string, unknown>;
}

/** A StatefulSet. */
export interface StatefulSet extends KubeObject {
  spec: {
    replicas?: number;
    selector: LabelSelector;
    serviceName?: string;
    template: PodTemplate;
    podManagementPolicy?: 'OrderedReady' | 'Parallel';
    volumeClaimTemplates?: {
      metadata: { name: string; labels?: Record<string, string> };
      spec: PersistentVolumeClaim['spec'];
    }[];
    [key: string]: unknown;
  };
  status?: Record<string, unknown>;
}

/** A Job. */
export interface Job extends KubeObject {
  spec: {
    template: PodTemplate;
    completions?: number;
    parallelism?: number;
    backoffLimit?: number;
    [key: string]: unknown;
  };
  status?: Record<string, unknown>;
}

/** True when the pod's `Ready` condition is `True`. */
export const isPodReady = (pod: Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
