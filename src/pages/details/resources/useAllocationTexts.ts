import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { AllocationFinding, ContainerAllocation } from '../../../tempostack/allocation';

/** Plain words for where a container's resources come from. */
export const useSourceText = (size: string | undefined): ((c: ContainerAllocation) => string) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (c: ContainerAllocation): string => {
      switch (c.source) {
        case 'override':
          return t('Override in the TempoStack');
        case 'size':
          return t('Size {{size}}', { size: size ?? '' });
        case 'total': {
          const share = t('{{cpu}} % CPU, {{memory}} % memory of the total', {
            cpu: c.percentOfTotal.cpu ?? 0,
            memory: c.percentOfTotal.memory ?? 0,
          });
          return c.splitDivisor > 1
            ? `${share}, ${t('divided by {{replicas}} replicas', { replicas: c.splitDivisor })}`
            : share;
        }
        default:
          return t('Not set');
      }
    },
    [t, size],
  );
};

/** Plain words for an allocation finding (the sum above the total is shown by the chart). */
export const useFindingText = (): ((finding: AllocationFinding) => string | undefined) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (finding: AllocationFinding): string | undefined => {
      switch (finding.code) {
        case 'sizeAndTotal':
          return t('Both spec.size and spec.resources.total are set: the operator uses the size.');
        case 'totalRequestsIgnored':
          return t(
            'spec.resources.total.requests is ignored: the operator splits only the limits.',
          );
        case 'tempoQueryResourcesWithoutJaegerQuery':
          return t(
            'jaegerQuery.tempoQuery.resources is set without jaegerQuery.resources: the operator cannot render the query-frontend this way.',
          );
        case 'noResources':
          return t(
            'No container gets requests or limits: set a size, a total or per-component resources.',
          );
        case 'invalidQuantity':
          return t('{{path}} is not a valid quantity.', { path: finding.path ?? '' });
        default:
          return undefined;
      }
    },
    [t],
  );
};
