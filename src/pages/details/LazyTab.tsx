import { Bullseye, Spinner } from '@patternfly/react-core';
import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';

/** Renders a lazily loaded tab with a PatternFly spinner while its code loads. */
export const LazyTab = ({ component: Tab }: { component: LazyExoticComponent<ComponentType> }) => {
  const { t } = useTempoTranslation();
  return (
    <Suspense
      fallback={
        <Bullseye>
          <Spinner aria-label={t('Loading')} />
        </Bullseye>
      }
    >
      <Tab />
    </Suspense>
  );
};
