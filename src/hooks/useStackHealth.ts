import { useMemo } from 'react';
import { enabledComponents } from '../tempostack/effective-spec';
import { componentHealth, stackHealth } from '../tempostack/health';
import type { ComponentHealth, StackHealth } from '../tempostack/health';
import type { TempoStack } from '../tempostack/types';
import type { TempoStackObjects } from './useTempoStackObjects';

/** Health of every enabled component and of the stack, from the watched workloads and pods. */
export interface StackHealthResult {
  components: ComponentHealth[];
  stack: StackHealth;
}

/** {@link componentHealth} of each enabled component and {@link stackHealth}, memoised. */
export const useStackHealth = (
  stack: TempoStack,
  objects: Pick<TempoStackObjects, 'workloads' | 'pods'>,
): StackHealthResult => {
  const { workloads, pods } = objects;
  return useMemo(() => {
    const components = enabledComponents(stack).map((c) =>
      componentHealth(stack, c, workloads, pods),
    );
    return { components, stack: stackHealth(stack, components) };
  }, [stack, workloads, pods]);
};
