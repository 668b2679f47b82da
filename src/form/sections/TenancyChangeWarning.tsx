import { Alert } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { useFormContext } from '../state/TempoStackFormContext';

/** What changing the tenancy or the gateway of an existing stack does to its clients (edit form). */
export const TenancyChangeWarning = () => {
  const { t } = useTempoTranslation();
  const { state, original } = useFormContext();
  if (!original) return null;
  const { tenancy } = state.values;
  const changed =
    tenancy.mode !== original.tenancy.mode ||
    tenancy.gatewayEnabled !== original.tenancy.gatewayEnabled;
  if (!changed) return null;
  return (
    <Alert
      isInline
      variant="warning"
      title={t('Clients will have to change how they connect')}
      data-test="tenancy-change-warning"
    >
      {t(
        'Turning the gateway or multi-tenancy on or off moves ingestion and queries to other endpoints and changes how clients authenticate (tenant header, tokens). Update the collectors and the Jaeger UI users before saving.',
      )}
    </Alert>
  );
};
