import { Label } from '@patternfly/react-core';
import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { RunPhase } from '../../../tempostack/must-gather/run-state';

/** A PatternFly label for a run's phase. */
export const useRunPhaseLabel = () => {
  const { t } = useTempoTranslation();
  return useCallback(
    (phase: RunPhase) => {
      switch (phase) {
        case 'starting':
          return <Label color="blue">{t('Starting')}</Label>;
        case 'waiting':
          return <Label color="orange">{t('Waiting')}</Label>;
        case 'gathering':
          return <Label color="blue">{t('Gathering')}</Label>;
        case 'completed':
          return <Label color="green">{t('Completed')}</Label>;
        case 'failed':
          return <Label color="red">{t('Failed')}</Label>;
      }
    },
    [t],
  );
};
