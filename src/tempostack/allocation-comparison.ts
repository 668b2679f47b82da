/**
 * Compares the requests and limits the operator allocates to each container (`computeAllocation`)
 * with what the running workloads (the Deployment / StatefulSet pod templates) and their pods
 * actually carry, resource by resource, as exact quantities (`1Gi` equals `1024Mi`).
 */
import type { AllocatedResourceList, Allocation, ContainerAllocation } from './allocation';
import { LABEL_COMPONENT, LABEL_INSTANCE } from './naming';
import { compareQuantities, tryParseQuantity } from './quantity';
import type {
  PodLike,
  QuantityValue,
  ResourceList,
  ResourceRequirements,
  WorkloadLike,
} from './types';

/** How a container's running resources compare with its allocation. */
export type ComparisonStatus = 'match' | 'differs' | 'workloadMissing' | 'containerMissing';

/** One resource whose value differs. */
export interface ResourceDifference {
  list: 'requests' | 'limits';
  resource: string;
  /** The allocated canonical value; absent when the operator sets none. */
  allocated?: string;
  /** The running value as written in the workload; absent when it carries none. */
  actual?: string;
}

/** The comparison of one allocated container. */
export interface ContainerComparison {
  allocation: ContainerAllocation;
  status: ComparisonStatus;
  /** The container's resources in the workload's pod template, as written there. */
  actual?: { requests: Record<string, string>; limits: Record<string, string> };
  /** Differences between the allocation and the workload (empty unless `differs`). */
  differences: ResourceDifference[];
  /** Pods of the component whose container carries other resources than the allocation. */
  podsDiffering: string[];
}

type Container = { name: string; resources?: ResourceRequirements };

const text = (value: QuantityValue | undefined): string | undefined =>
  value === undefined || value === null ? undefined : String(value);

const asText = (list: ResourceList | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(list ?? {})) {
    const v = text(value);
    if (v !== undefined) out[name] = v;
  }
  return out;
};

const sameQuantity = (allocated: string | undefined, actual: string | undefined): boolean => {
  if (allocated === undefined || actual === undefined) return allocated === actual;
  const a = tryParseQuantity(allocated);
  const b = tryParseQuantity(actual);
  return a && b ? compareQuantities(a, b) === 0 : allocated === actual;
};

const listDifferences = (
  list: 'requests' | 'limits',
  allocated: AllocatedResourceList,
  actual: Record<string, string>,
): ResourceDifference[] => {
  const names = [...new Set([...Object.keys(allocated), ...Object.keys(actual)])].sort();
  const differences: ResourceDifference[] = [];
  for (const resource of names) {
    const want = allocated[resource]?.canonical;
    const have = actual[resource];
    if (!sameQuantity(want, have)) {
      differences.push({
        list,
        resource,
        ...(want !== undefined ? { allocated: want } : {}),
        ...(have !== undefined ? { actual: have } : {}),
      });
    }
  }
  return differences;
};

/** Differences between an allocation and a container's resources. */
export function resourceDifferences(
  allocation: Pick<ContainerAllocation, 'requests' | 'limits'>,
  resources: ResourceRequirements | undefined,
): ResourceDifference[] {
  return [
    ...listDifferences('requests', allocation.requests, asText(resources?.requests)),
    ...listDifferences('limits', allocation.limits, asText(resources?.limits)),
  ];
}

const findContainer = (containers: readonly Container[] | undefined, name: string) =>
  containers?.find((c) => c.name === name);

/**
 * One comparison per allocated container, in the allocation's order. The workload is found by
 * kind and name (`tempo-NAME-<component>`), the container by name; pods by the instance and
 * component labels (terminating pods skipped).
 */
export function compareAllocation(
  allocation: Allocation,
  workloads: readonly WorkloadLike[],
  pods: readonly PodLike[],
  stackName: string,
): ContainerComparison[] {
  return allocation.containers.map((container): ContainerComparison => {
    const podsDiffering = pods
      .filter(
        (p) =>
          !p.metadata.deletionTimestamp &&
          p.metadata.labels?.[LABEL_INSTANCE] === stackName &&
          p.metadata.labels?.[LABEL_COMPONENT] === container.component,
      )
      .filter((p) => {
        const c = findContainer(p.spec?.containers, container.container);
        return c !== undefined && resourceDifferences(container, c.resources).length > 0;
      })
      .map((p) => p.metadata.name ?? '');
    const workload = workloads.find(
      (w) => w.kind === container.workloadKind && w.metadata.name === container.workloadName,
    );
    if (!workload) {
      return { allocation: container, status: 'workloadMissing', differences: [], podsDiffering };
    }
    const found = findContainer(workload.spec?.template?.spec?.containers, container.container);
    if (!found) {
      return { allocation: container, status: 'containerMissing', differences: [], podsDiffering };
    }
    const differences = resourceDifferences(container, found.resources);
    return {
      allocation: container,
      status: differences.length > 0 ? 'differs' : 'match',
      actual: {
        requests: asText(found.resources?.requests),
        limits: asText(found.resources?.limits),
      },
      differences,
      podsDiffering,
    };
  });
}
