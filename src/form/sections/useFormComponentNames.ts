import { useMemo } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { ResourceComponent } from '../../tempostack/form/form-types';

/** Display names of the components and containers whose resources the form edits. */
export const useFormComponentNames = (): Record<ResourceComponent, string> => {
  const { t } = useTempoTranslation();
  return useMemo(
    () => ({
      distributor: t('Distributor'),
      ingester: t('Ingester'),
      querier: t('Querier'),
      queryFrontend: t('Query frontend'),
      jaegerQuery: t('Jaeger Query (jaeger-query container)'),
      tempoQuery: t('Tempo Query (tempo-query container)'),
      oauthProxy: t('OAuth proxy (oauth-proxy container)'),
      compactor: t('Compactor'),
      gateway: t('Gateway'),
    }),
    [t],
  );
};
