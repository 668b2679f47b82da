import { Alert } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { CreateOutcome } from './createTempoStack';

/** Why creating failed, and what became of the Secret the wizard had created. */
export const CreateOutcomeAlert = ({ outcome }: { outcome: CreateOutcome | undefined }) => {
  const { t } = useTempoTranslation();
  if (!outcome || outcome.ok) return null;
  const cleanup = outcome.secretCleanup;
  return (
    <Alert
      isInline
      variant="danger"
      data-test="create-error"
      title={
        outcome.failed === 'secret'
          ? t('The Secret could not be created')
          : t('The TempoStack could not be created')
      }
    >
      <p>{outcome.message}</p>
      {cleanup?.removed ? (
        <p data-test="secret-removed">
          {t(
            'The Secret {{name}} created a moment before was removed again, so nothing is left behind.',
            { name: cleanup.name },
          )}
        </p>
      ) : null}
      {cleanup && !cleanup.removed ? (
        <p data-test="secret-left">
          {t(
            'The Secret {{name}} created a moment before could not be removed ({{message}}). Delete it, or choose it as an existing Secret.',
            {
              name: cleanup.name,
              message: cleanup.message ?? '',
            },
          )}
        </p>
      ) : null}
    </Alert>
  );
};
