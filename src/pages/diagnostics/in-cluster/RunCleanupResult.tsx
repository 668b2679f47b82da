import { Alert, Button, ClipboardCopy, List, ListItem, Stack } from '@patternfly/react-core';
import type { InClusterRun } from '../../../diagnostics/useInClusterRun';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { runCommands } from '../../../tempostack/must-gather/run-cleanup';

export interface RunCleanupResultProps {
  run: InClusterRun;
}

/** After the clean-up: what happened, deletions that failed (with the command to finish by hand). */
export const RunCleanupResult = ({ run }: RunCleanupResultProps) => {
  const { t } = useTempoTranslation();
  const { state } = run;
  return (
    <Stack hasGutter data-test="run-cleaned">
      {state.error ? (
        <Alert
          variant="danger"
          isInline
          title={t('The run could not be started')}
          data-test="run-start-error"
        >
          <p>{state.error}</p>
          <p>{t('The objects it had created were deleted.')}</p>
        </Alert>
      ) : (
        <Alert
          variant="info"
          isInline
          title={
            state.cancelled
              ? t('The run was cancelled and its objects were deleted.')
              : t('The run objects were deleted.')
          }
        />
      )}
      {state.cleanupErrors.length > 0 && state.runId ? (
        <Alert
          variant="warning"
          isInline
          title={t('Some objects could not be deleted')}
          data-test="run-cleanup-errors"
        >
          <List>
            {state.cleanupErrors.map((e) => (
              <ListItem key={`${e.kind}/${e.name}`}>
                {t('{{kind}} {{name}}: {{message}}', {
                  kind: e.kind,
                  name: e.name,
                  message: e.message,
                })}
              </ListItem>
            ))}
          </List>
          <p>{t('Delete them with:')}</p>
          <ClipboardCopy isReadOnly hoverTip={t('Copy')} clickTip={t('Copied')}>
            {runCommands(state.runId).cleanup}
          </ClipboardCopy>
        </Alert>
      ) : null}
      <div>
        <Button variant="secondary" onClick={run.reset} data-test="run-again">
          {t('Start another run')}
        </Button>
      </div>
    </Stack>
  );
};
