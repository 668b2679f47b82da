/**
 * Builds a Pod from a pod template, as the workload controllers do: template labels and
 * annotations, the template's spec, the owner reference, and the API server's defaults for the
 * fields the simulated kubelet reads (`restartPolicy`, `phase: Pending`).
 */
import type { KubeObject } from '../cluster/api';
import type { Pod, PodTemplate } from './kube-types';

/** A new Pod `name` in `namespace` from `template`. */
export const podFromTemplate = (
  template: PodTemplate,
  name: string,
  namespace: string,
  ownerReferences: NonNullable<KubeObject['metadata']['ownerReferences']>,
  extraLabels: Record<string, string> = {},
): Pod => {
  const spec = structuredClone(template.spec);
  spec.restartPolicy ??= 'Always';
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.terminationGracePeriodSeconds ??= 30;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      labels: { ...template.metadata?.labels, ...extraLabels },
      ...(template.metadata?.annotations
        ? { annotations: { ...template.metadata.annotations } }
        : {}),
      ownerReferences,
    },
    spec,
    status: { phase: 'Pending', qosClass: qosClass(spec.containers) },
  };
};

const quantityMap = (value: Record<string, string | number> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, String(v)]));

/** The pod's QoS class from its containers' resources (Guaranteed, Burstable or BestEffort). */
export const qosClass = (containers: Pod['spec']['containers']): string => {
  let any = false;
  let guaranteed = true;
  for (const container of containers) {
    const limits = quantityMap(container.resources?.limits);
    const requests = { ...limits, ...quantityMap(container.resources?.requests) };
    if (Object.keys(limits).length + Object.keys(requests).length > 0) any = true;
    for (const resource of ['cpu', 'memory']) {
      if (!limits[resource] || limits[resource] !== requests[resource]) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
};
