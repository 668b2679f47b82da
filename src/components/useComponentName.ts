import { useCallback } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { Component } from '../tempostack/types';

/** The display name of a Tempo component (`query-frontend` → "Query frontend"). */
export const useComponentName = (): ((component: Component) => string) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (component: Component): string => {
      switch (component) {
        case 'distributor':
          return t('Distributor');
        case 'ingester':
          return t('Ingester');
        case 'querier':
          return t('Querier');
        case 'query-frontend':
          return t('Query frontend');
        case 'compactor':
          return t('Compactor');
        case 'gateway':
          return t('Gateway');
        case 'metrics-generator':
          return t('Metrics generator');
        default:
          return component;
      }
    },
    [t],
  );
};
