import { useMemo } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { FormStep } from '../tempostack/form/form-messages';

/** The names of the wizard's steps (the edit form's sections). */
export const useStepNames = (): Record<FormStep, string> => {
  const { t } = useTempoTranslation();
  return useMemo(
    () => ({
      basics: t('Basics'),
      storage: t('Storage'),
      sizing: t('Sizing'),
      query: t('Query and Jaeger UI'),
      tenancy: t('Multi-tenancy'),
      limits: t('Retention and limits'),
      review: t('Review'),
    }),
    [t],
  );
};
