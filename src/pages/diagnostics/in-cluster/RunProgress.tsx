import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  ClipboardCopy,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  Label,
  Spinner,
  Stack,
} from '@patternfly/react-core';
import type { InClusterRun } from '../../../diagnostics/useInClusterRun';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import {
  DEFAULT_RUN_DEADLINE_SECONDS,
  runNames,
} from '../../../tempostack/must-gather/in-cluster-run';
import { runCommands } from '../../../tempostack/must-gather/run-cleanup';
import { runState } from '../../../tempostack/must-gather/run-state';
import type { PodLike } from '../../../tempostack/types';
import { RunCleanupResult } from './RunCleanupResult';
import { RunLog } from './RunLog';
import { useRunPhaseLabel } from './useRunPhaseLabel';

export interface RunProgressProps {
  run: InClusterRun;
}

/** A started run: its objects, the pod's phase, the live gather log, the copy command, clean-up. */
export const RunProgress = ({ run }: RunProgressProps) => {
  const { t } = useTempoTranslation();
  const { state } = run;
  const names = state.runId ? runNames(state.runId) : undefined;
  const watching = state.stage === 'running' && !!names;
  const [pod, podLoaded] = useK8sWatchResource<PodLike & { kind?: string }>(
    watching
      ? {
          groupVersionKind: { version: 'v1', kind: 'Pod' },
          name: names.pod,
          namespace: names.namespace,
        }
      : null,
  );
  const phase = runState(watching && podLoaded && pod?.metadata ? pod : undefined);
  const phaseLabel = useRunPhaseLabel();
  const finished = phase.phase === 'completed' || phase.phase === 'failed';
  const commands = state.runId ? runCommands(state.runId) : undefined;

  if (state.stage === 'cleaned' || state.stage === 'failed') {
    return <RunCleanupResult run={run} />;
  }
  return (
    <Stack hasGutter data-test="run-progress">
      <DescriptionList isHorizontal isCompact>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
          <DescriptionListDescription data-test="run-namespace">
            {names?.namespace}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Objects created')}</DescriptionListTerm>
          <DescriptionListDescription data-test="run-created">
            {state.created.length ? state.created.join(', ') : '-'}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
          <DescriptionListDescription data-test="run-phase">
            {state.stage === 'creating' ? (
              <Label color="blue" icon={<Spinner size="sm" aria-hidden />}>
                {t('Creating the run')}
              </Label>
            ) : state.stage === 'cleaning' ? (
              <Label color="grey" icon={<Spinner size="sm" aria-hidden />}>
                {t('Cleaning up')}
              </Label>
            ) : (
              phaseLabel(phase.phase)
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {state.stage === 'running' && phase.phase === 'waiting' ? (
        <Alert
          variant="warning"
          isInline
          title={t('The pod cannot start: {{reason}}', { reason: phase.reason ?? '' })}
          data-test="run-waiting"
        >
          {phase.message ? <p>{phase.message}</p> : null}
          <p>
            {t('Check the image name and that the cluster can pull it. Cancel to remove the run.')}
          </p>
        </Alert>
      ) : null}
      {state.stage === 'running' && phase.phase === 'failed' ? (
        <Alert variant="danger" isInline title={t('must-gather failed')} data-test="run-failed">
          {[
            phase.reason,
            phase.exitCode !== undefined
              ? t('exit code {{code}}', { code: phase.exitCode })
              : undefined,
            phase.message,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Alert>
      ) : null}
      {state.stage === 'running' && phase.phase === 'completed' && commands ? (
        <Alert
          variant="success"
          isInline
          title={t('must-gather finished')}
          data-test="run-completed"
        >
          <Stack hasGutter>
            <p>
              {t(
                'Copy the result before you clean up; the pod keeps it for at most {{minutes}} minutes after the start:',
                { minutes: DEFAULT_RUN_DEADLINE_SECONDS / 60 },
              )}
            </p>
            <ClipboardCopy
              isReadOnly
              hoverTip={t('Copy')}
              clickTip={t('Copied')}
              data-test="run-rsync-command"
            >
              {commands.rsync}
            </ClipboardCopy>
            <p>{t('Or, without rsync:')}</p>
            <ClipboardCopy
              isReadOnly
              hoverTip={t('Copy')}
              clickTip={t('Copied')}
              data-test="run-cp-command"
            >
              {commands.cp}
            </ClipboardCopy>
          </Stack>
        </Alert>
      ) : null}
      {state.stage === 'running' && names ? (
        <RunLog
          namespace={names.namespace}
          pod={names.pod}
          isLive={!finished && phase.phase !== 'starting'}
          isStarted={phase.phase !== 'starting' && phase.phase !== 'waiting'}
        />
      ) : null}
      <Flex>
        {finished ? (
          <Button variant="primary" onClick={run.cleanUp} data-test="run-clean-up">
            {t('Clean up')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={run.cancel}
            isDisabled={state.stage === 'cleaning' || state.cancelled}
            data-test="run-cancel"
          >
            {t('Cancel and clean up')}
          </Button>
        )}
      </Flex>
    </Stack>
  );
};
