import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { IngestionEndpointId, QueryEndpointId } from '../../../tempostack/endpoints';

/** Display names of ingestion and query endpoints. */
export const useEndpointName = (): ((
  kind: 'ingestion' | 'query',
  id: IngestionEndpointId | QueryEndpointId,
) => string) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (kind, id) => {
      if (kind === 'query') {
        switch (id) {
          case 'tempo-api':
            return t('Tempo API');
          case 'jaeger-ui':
            return t('Jaeger UI (in cluster)');
          case 'jaeger-grpc':
            return t('Jaeger query gRPC');
          default:
            return id;
        }
      }
      switch (id) {
        case 'otlp-grpc':
          return t('OTLP gRPC');
        case 'otlp-http':
          return t('OTLP HTTP');
        case 'jaeger-grpc':
          return t('Jaeger gRPC');
        case 'jaeger-thrift-http':
          return t('Jaeger Thrift HTTP');
        case 'jaeger-thrift-compact':
          return t('Jaeger Thrift compact (UDP)');
        case 'jaeger-thrift-binary':
          return t('Jaeger Thrift binary (UDP)');
        case 'zipkin':
          return t('Zipkin');
        default:
          return id;
      }
    },
    [t],
  );
};
