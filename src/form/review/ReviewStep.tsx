import { Content, Stack } from '@patternfly/react-core';
import { SubSection } from '../fields/SubSection';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { FormStep } from '../../tempostack/form/form-messages';
import { useFormContext } from '../state/TempoStackFormContext';
import { DryRunPanel } from './DryRunPanel';
import { FindingsList } from './FindingsList';
import { LazyYamlEditor } from './LazyYamlEditor';
import type { DryRunState } from './useDryRun';

export interface ReviewStepProps {
  dryRun: { state: DryRunState; start: () => void };
  /** Why the dry run cannot run yet. */
  dryRunDisabledReason?: string;
  /** The Secret the wizard creates first: its name and the keys it will have (never values). */
  newSecret?: { name: string; keys: string[] };
  onGoTo: (step: FormStep) => void;
}

/** What will be sent (editable YAML the form follows), every finding, and the server's dry run. */
export const ReviewStep = ({
  dryRun,
  dryRunDisabledReason,
  newSecret,
  onGoTo,
}: ReviewStepProps) => {
  const { t } = useTempoTranslation();
  const { evaluation, dispatch, operation } = useFormContext();
  return (
    <Stack hasGutter>
      <SubSection
        title={t('Findings')}
        description={t(
          'The operator’s validation of the stack as it will be stored, and the resource allocation checks.',
        )}
      >
        <FindingsList messages={evaluation.messages} onGoTo={onGoTo} />
      </SubSection>
      <SubSection
        title={t('What will be sent')}
        description={t(
          'Edit the YAML to set anything the form does not show; the form follows it.',
        )}
      >
        {newSecret ? (
          <Content component="p" data-test="review-secret">
            {t(
              'First the Secret {{name}} is created with the keys {{keys}} (values not shown), then this TempoStack.',
              {
                name: newSecret.name,
                keys: newSecret.keys.join(', '),
              },
            )}
          </Content>
        ) : null}
        <LazyYamlEditor
          stack={evaluation.stack}
          lockName={operation === 'update'}
          onChange={(stack) => dispatch({ type: 'replaceObject', stack })}
        />
      </SubSection>
      <SubSection
        title={t('Server dry run')}
        description={t(
          'The API server and the operator’s webhooks check the request (dryRun=All); nothing is stored.',
        )}
      >
        <DryRunPanel
          state={dryRun.state}
          onRun={dryRun.start}
          disabledReason={dryRunDisabledReason}
          secretCreatedFirst={Boolean(newSecret)}
        />
      </SubSection>
    </Stack>
  );
};
