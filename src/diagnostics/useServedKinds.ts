import { useK8sModels } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import type { ListedKind } from '../tempostack/must-gather/bundle-types';

/**
 * Whether the cluster serves a kind, from the console's discovery (`useK8sModels`); undefined
 * while discovery is in flight (the collector then tries every kind).
 */
export const useServedKinds = ():
  ((kind: Pick<ListedKind, 'group' | 'kind'>) => boolean) | undefined => {
  const [models, inFlight] = useK8sModels();
  return useMemo(() => {
    const served = new Set(Object.values(models ?? {}).map((m) => `${m.apiGroup ?? ''}/${m.kind}`));
    if (inFlight || served.size === 0) return undefined;
    return (kind: Pick<ListedKind, 'group' | 'kind'>) => served.has(`${kind.group}/${kind.kind}`);
  }, [models, inFlight]);
};
