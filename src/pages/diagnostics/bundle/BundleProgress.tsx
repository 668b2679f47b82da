import { Button, Content, Progress, Stack } from '@patternfly/react-core';
import type { CollectProgress } from '../../../diagnostics/collection';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';

export interface BundleProgressProps {
  progress: CollectProgress;
  /** Collection done; the archive is being written. */
  isPacking: boolean;
  onCancel: () => void;
}

/** Requests done of those known so far, failures, and a cancel button. */
export const BundleProgress = ({ progress, isPacking, onCancel }: BundleProgressProps) => {
  const { t } = useTempoTranslation();
  const value = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <Stack hasGutter data-test="bundle-progress">
      <Progress
        value={isPacking ? 100 : value}
        title={isPacking ? t('Writing the archive') : t('Collecting')}
        label={t('{{done}} of {{total}} requests', { done: progress.done, total: progress.total })}
        valueText={t('{{done}} of {{total}} requests', {
          done: progress.done,
          total: progress.total,
        })}
        measureLocation="outside"
      />
      {progress.failed > 0 ? (
        <Content component="p" data-test="bundle-progress-failed">
          {t('Failed requests so far: {{failed}}. The bundle will list them.', {
            failed: progress.failed,
          })}
        </Content>
      ) : null}
      <div>
        <Button
          variant="secondary"
          onClick={onCancel}
          isDisabled={isPacking}
          data-test="cancel-bundle"
        >
          {t('Cancel')}
        </Button>
      </div>
    </Stack>
  );
};
