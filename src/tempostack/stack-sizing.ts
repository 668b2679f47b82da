/**
 * How a TempoStack declares its resources, summarised for a list column or a details field:
 * a t-shirt size, a total the operator splits, per-component resources only, or nothing.
 */
import { formatCpu, formatQuantity, toBytes, toMillis, tryParseQuantity } from './quantity';
import type { QuantityValue, TempoStack, TempoTemplateSpec } from './types';
import { TSHIRT_SIZES } from './types';

/** What a stack declares about its resources. */
export type StackSizing =
  | { kind: 'size'; size: string }
  | { kind: 'total'; cpu?: string; memory?: string }
  | { kind: 'perComponent' }
  | { kind: 'none' };

const componentResources = (template: TempoTemplateSpec | undefined): unknown[] => [
  template?.distributor?.component?.resources,
  template?.ingester?.resources,
  template?.querier?.resources,
  template?.compactor?.resources,
  template?.queryFrontend?.component?.resources,
  template?.queryFrontend?.jaegerQuery?.resources,
  template?.gateway?.component?.resources,
  template?.metricsGenerator?.component?.resources,
];

const canonical = (
  value: QuantityValue | undefined,
  format: (text: QuantityValue) => string | undefined,
): string | undefined => (value === undefined ? undefined : format(value));

const cpuText = (value: QuantityValue): string | undefined => {
  const q = tryParseQuantity(value);
  return q ? formatCpu(q) : undefined;
};

const memoryText = (value: QuantityValue): string | undefined => {
  const q = tryParseQuantity(value);
  return q ? formatQuantity(q) : undefined;
};

/**
 * The stack's declared sizing, first match wins: `spec.size` (the operator prefers it over a
 * total), `spec.resources.total.limits` (canonical quantities), any per-component `resources`,
 * else none. This summarises the declaration; the allocation itself is `computeAllocation`.
 */
export function stackSizing(stack: Pick<TempoStack, 'spec'>): StackSizing {
  const size: unknown = stack.spec.size;
  if (typeof size === 'string' && size !== '') return { kind: 'size', size };
  const limits = stack.spec.resources?.total?.limits;
  if (limits && (limits.cpu !== undefined || limits.memory !== undefined)) {
    const cpu = canonical(limits.cpu, cpuText);
    const memory = canonical(limits.memory, memoryText);
    return { kind: 'total', ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) };
  }
  if (componentResources(stack.spec.template).some((r) => r !== undefined && r !== null)) {
    return { kind: 'perComponent' };
  }
  return { kind: 'none' };
}

/** A key that orders sizings: sizes small to large, then totals by CPU and memory, then the rest. */
export function sizingSortKey(sizing: StackSizing): [number, number, number] {
  switch (sizing.kind) {
    case 'size': {
      const index = (TSHIRT_SIZES as readonly string[]).indexOf(sizing.size);
      return [0, index < 0 ? TSHIRT_SIZES.length : index, 0];
    }
    case 'total': {
      const cpu = tryParseQuantity(sizing.cpu);
      const memory = tryParseQuantity(sizing.memory);
      return [1, cpu ? Number(toMillis(cpu)) : 0, memory ? Number(toBytes(memory)) : 0];
    }
    case 'perComponent':
      return [2, 0, 0];
    default:
      return [3, 0, 0];
  }
}
