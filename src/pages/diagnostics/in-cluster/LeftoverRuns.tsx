import { Alert, Button, List, ListItem } from '@patternfly/react-core';
import { useState } from 'react';
import { deleteRunObjects } from '../../../diagnostics/run-client';
import type { LeftoverRun } from '../../../diagnostics/useLeftoverRuns';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { cleanupPlan } from '../../../tempostack/must-gather/run-cleanup';

export interface LeftoverRunsProps {
  runs: readonly LeftoverRun[];
}

/** Earlier runs whose objects still exist (the page was left during a run), with a clean-up. */
export const LeftoverRuns = ({ runs }: LeftoverRunsProps) => {
  const { t } = useTempoTranslation();
  const [cleaning, setCleaning] = useState<string[]>([]);
  const cleanUp = (runId: string) => {
    setCleaning((c) => [...c, runId]);
    void deleteRunObjects(cleanupPlan(runId)).finally(() =>
      setCleaning((c) => c.filter((id) => id !== runId)),
    );
  };
  return (
    <Alert
      variant="warning"
      isInline
      title={t('Earlier must-gather runs still exist')}
      data-test="leftover-runs"
    >
      <List>
        {runs.map((run) => (
          <ListItem key={run.runId}>
            {run.stack
              ? t('Namespace {{namespace}}, started for {{stack}}', {
                  namespace: run.namespace,
                  stack: run.stack,
                })
              : t('Namespace {{namespace}}', { namespace: run.namespace })}{' '}
            <Button
              variant="link"
              isInline
              isLoading={cleaning.includes(run.runId)}
              isDisabled={cleaning.includes(run.runId)}
              onClick={() => cleanUp(run.runId)}
              aria-label={t('Clean up the run in namespace {{namespace}}', {
                namespace: run.namespace,
              })}
            >
              {t('Clean up')}
            </Button>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
