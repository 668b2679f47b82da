/**
 * Each component's share of a stack's CPU and memory, for the dashboard's stacked bars: the
 * component's limits (per pod × replicas, summed over its containers) against
 * `spec.resources.total.limits` when the operator splits a total, else against the sum of all
 * components' limits (or requests, when nothing has limits, e.g. t-shirt sizes).
 */
import type { AllocatedResourceList, Allocation, SplitResource } from './allocation';
import { toBytes, toMillis, tryParseQuantity } from './quantity';
import type { Component, TempoStack } from './types';
import { COMPONENTS } from './types';

/** What the shares are measured against. */
export type ShareBasis = 'total' | 'limits' | 'requests' | 'none';

/** One component's amount (millicores for CPU, bytes for memory) and share in percent. */
export interface ComponentShare {
  component: Component;
  amount: bigint;
  /** Percent of `base`, two decimals, truncated. */
  percent: number;
}

/** The shares of one resource. */
export interface ResourceShares {
  resource: SplitResource;
  basis: ShareBasis;
  /** The total (basis `total`) or the sum (other bases); 0 for `none`. */
  base: bigint;
  /** Sum of the components' amounts. */
  sum: bigint;
  /** `sum` as a percent of `base`. */
  sumPercent: number;
  /** The components' amounts exceed the total (basis `total` only). */
  exceedsTotal: boolean;
  /** Components with a non-zero amount, in {@link COMPONENTS} order. */
  shares: ComponentShare[];
}

const amountOf = (list: AllocatedResourceList, resource: SplitResource): bigint => {
  const quantity = list[resource]?.quantity;
  if (!quantity) return 0n;
  return resource === 'cpu' ? toMillis(quantity) : toBytes(quantity);
};

const percent = (part: bigint, whole: bigint): number =>
  whole === 0n ? 0 : Number((part * 10_000n) / whole) / 100;

const perComponent = (
  allocation: Allocation,
  resource: SplitResource,
  list: 'componentLimits' | 'componentRequests',
): Map<Component, bigint> => {
  const sums = new Map<Component, bigint>();
  for (const container of allocation.containers) {
    const amount = amountOf(container[list], resource);
    sums.set(container.component, (sums.get(container.component) ?? 0n) + amount);
  }
  return sums;
};

const totalLimit = (stack: Pick<TempoStack, 'spec'>, resource: SplitResource): bigint => {
  const q = tryParseQuantity(stack.spec.resources?.total?.limits?.[resource]);
  if (!q) return 0n;
  return resource === 'cpu' ? toMillis(q) : toBytes(q);
};

const sumOf = (sums: Map<Component, bigint>): bigint =>
  [...sums.values()].reduce((a, b) => a + b, 0n);

/** The shares of one resource. */
export function resourceShares(
  stack: Pick<TempoStack, 'spec'>,
  allocation: Allocation,
  resource: SplitResource,
): ResourceShares {
  const limits = perComponent(allocation, resource, 'componentLimits');
  const limitsSum = sumOf(limits);
  const total = allocation.summary.table !== null ? totalLimit(stack, resource) : 0n;
  let basis: ShareBasis;
  let sums: Map<Component, bigint>;
  if (total > 0n) {
    basis = 'total';
    sums = limits;
  } else if (limitsSum > 0n) {
    basis = 'limits';
    sums = limits;
  } else {
    sums = perComponent(allocation, resource, 'componentRequests');
    basis = sumOf(sums) > 0n ? 'requests' : 'none';
  }
  const sum = sumOf(sums);
  const base = basis === 'total' ? total : sum;
  return {
    resource,
    basis,
    base,
    sum,
    sumPercent: percent(sum, base),
    exceedsTotal: basis === 'total' && sum > total,
    shares: COMPONENTS.filter((c) => (sums.get(c) ?? 0n) > 0n).map((component) => ({
      component,
      amount: sums.get(component) ?? 0n,
      percent: percent(sums.get(component) ?? 0n, base),
    })),
  };
}

/** CPU and memory shares. */
export function allocationShares(
  stack: Pick<TempoStack, 'spec'>,
  allocation: Allocation,
): ResourceShares[] {
  return [resourceShares(stack, allocation, 'cpu'), resourceShares(stack, allocation, 'memory')];
}
