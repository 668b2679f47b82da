import { Alert, Button, List, ListItem, Spinner, Stack } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { DryRunState } from './useDryRun';

export interface DryRunPanelProps {
  state: DryRunState;
  onRun: () => void;
  /** Why the dry run cannot run (e.g. the form has errors). */
  disabledReason?: string;
  /** The Secret is created by the wizard: the stack's dry run cannot see it yet. */
  secretCreatedFirst?: boolean;
}

/** The API server's dry run (`dryRun=All`): its warnings and errors before anything is stored. */
export const DryRunPanel = ({
  state,
  onRun,
  disabledReason,
  secretCreatedFirst,
}: DryRunPanelProps) => {
  const { t } = useTempoTranslation();
  const { result, running, stale } = state;
  return (
    <Stack hasGutter data-test="dry-run">
      <div>
        <Button
          variant="secondary"
          onClick={onRun}
          isDisabled={running || Boolean(disabledReason)}
          isLoading={running}
        >
          {result ? t('Run the dry run again') : t('Run a server dry run')}
        </Button>
      </div>
      {disabledReason ? <p>{disabledReason}</p> : null}
      {running && !result ? <Spinner size="md" aria-label={t('Running the dry run')} /> : null}
      {result && stale ? (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('The stack changed since this dry run; run it again.')}
        />
      ) : null}
      {result?.answers.map(({ kind, answer }) =>
        answer.error ? (
          <Alert
            key={kind}
            isInline
            variant="danger"
            title={t('The API server rejects the {{kind}}', { kind })}
            data-test="dry-run-error"
          >
            {answer.error}
          </Alert>
        ) : (
          <Alert
            key={kind}
            isInline
            variant="success"
            title={t('The API server accepts the {{kind}} (nothing was created)', { kind })}
            data-test="dry-run-ok"
          />
        ),
      )}
      {result && result.answers.some((a) => a.answer.warnings.length > 0) ? (
        <Alert
          isInline
          variant="warning"
          title={t('Warnings from the API server')}
          data-test="dry-run-warnings"
        >
          <List>
            {result.answers.flatMap(({ kind, answer }) =>
              answer.warnings.map((warning, i) => (
                <ListItem key={`${kind}-${i}`}>{warning}</ListItem>
              )),
            )}
          </List>
          {secretCreatedFirst ? (
            <p>
              {t(
                'The Secret does not exist until you create the stack, so a warning that it cannot be fetched is expected here.',
              )}
            </p>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
};
