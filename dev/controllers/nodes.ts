/**
 * The Node objects of the simulated cluster (the workers the kubelet schedules pods on): labels,
 * capacity, addresses, `Ready` condition and node info like an OpenShift 4.20 worker on AWS.
 */
import type { ClusterApi, KubeObject } from '../cluster/api';
import { isConflict } from './api-errors';
import { REFS } from './refs';

/** The Node object of the i-th worker. */
export const nodeObject = (name: string, index: number, now: string): KubeObject => {
  const zone = `us-east-1${'abc'[index % 3]}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'node-role.kubernetes.io/worker': '',
        'node.kubernetes.io/instance-type': 'm6i.2xlarge',
        'topology.kubernetes.io/region': 'us-east-1',
        'topology.kubernetes.io/zone': zone,
        'failure-domain.beta.kubernetes.io/zone': zone,
      },
    },
    spec: { providerID: `aws:///${zone}/i-0sim${String(index).padStart(12, '0')}` },
    status: {
      capacity: { cpu: '8', memory: '32386964Ki', pods: '250', 'ephemeral-storage': '125293548Ki' },
      allocatable: {
        cpu: '7500m',
        memory: '31236052Ki',
        pods: '250',
        'ephemeral-storage': '114396791822',
      },
      addresses: [
        { type: 'InternalIP', address: `10.0.${index}.${10 + index}` },
        { type: 'Hostname', address: name },
      ],
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
      ],
      nodeInfo: {
        architecture: 'amd64',
        operatingSystem: 'linux',
        osImage: 'Red Hat Enterprise Linux CoreOS 9.6.20250811-0 (Plow)',
        kernelVersion: '5.14.0-570.35.1.el9_6.x86_64',
        containerRuntimeVersion: 'cri-o://1.33.3-3.rhaos4.20.gitb0c5c2c.el9',
        kubeletVersion: 'v1.33.3',
        kubeProxyVersion: '',
      },
    },
  };
};

/** Creates the worker Nodes that do not exist yet (with their status). */
export const ensureNodes = async (api: ClusterApi, names: string[], now: string): Promise<void> => {
  for (const [index, name] of names.entries()) {
    const node = nodeObject(name, index, now);
    try {
      await api.create(REFS.nodes, node);
    } catch (error) {
      if (isConflict(error)) continue;
      throw error;
    }
    await api.patch(
      REFS.nodes,
      name,
      undefined,
      'merge',
      { status: node.status },
      { subresource: 'status' },
    );
  }
};
