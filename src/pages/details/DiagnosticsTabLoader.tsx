import { Bullseye, Spinner } from '@patternfly/react-core';
import { Suspense, lazy } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { useDetailsContext } from './DetailsContext';

/** Loaded on demand, so the diagnostics code stays out of the details page's initial chunk. */
const DiagnosticsTab = lazy(() => import('../diagnostics/DiagnosticsTab'));

/** The Diagnostics tab: the diagnostics helper's component with the live stack. */
export const DiagnosticsTabLoader = () => {
  const { t } = useTempoTranslation();
  const { stack } = useDetailsContext();
  return (
    <Suspense
      fallback={
        <Bullseye>
          <Spinner aria-label={t('Loading diagnostics')} />
        </Bullseye>
      }
    >
      <DiagnosticsTab obj={stack} />
    </Suspense>
  );
};
