import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  AlertActionLink,
  Form,
  Wizard,
  WizardStep,
  type WizardStepType,
} from '@patternfly/react-core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { tempoStackDetailsPath, tempoStackListPath } from '../../actions/tempoStackPaths';
import { runCreateDryRun, type CreateDryRunInput } from '../../form/api/dryRun';
import { useDryRun } from '../../form/review/useDryRun';
import { TempoStackFormProvider } from '../../form/state/TempoStackFormContext';
import { useTempoStackForm } from '../../form/state/useTempoStackForm';
import { useStepNames } from '../../form/useStepNames';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { emptyFormValues } from '../../tempostack/form/form-values';
import { FORM_STEPS, hasBlockingErrors, type FormStep } from '../../tempostack/form/form-messages';
import { buildStorageSecret, presetFor } from '../../tempostack/form/secret-presets';
import { createTempoStack, type CreateOutcome } from './createTempoStack';
import { CreateOutcomeAlert } from './CreateOutcomeAlert';
import { WizardReviewStep } from './WizardReviewStep';
import { WizardSteps } from './WizardSteps';
import { useCreateDraft } from './useCreateDraft';

export interface CreateWizardProps {
  /** The namespace the wizard was opened in (the console's active namespace). */
  namespace?: string;
}

/**
 * The TempoStack create wizard: the shared form sections as steps, the review with the YAML, the
 * findings and a server dry run, and the create requests (Secret first, removed again if the
 * TempoStack is rejected). The draft survives a reload.
 */
export const CreateWizard = ({ namespace }: CreateWizardProps) => {
  const { t } = useTempoTranslation();
  const navigate = useNavigate();
  const stepNames = useStepNames();
  const draft = useCreateDraft(namespace);
  const [draftNotice, setDraftNotice] = useState(Boolean(draft.restored));
  const form = useTempoStackForm({
    initialValues: draft.restored?.values ?? emptyFormValues(namespace ?? ''),
    initialBase: draft.restored?.base,
    operation: 'create',
  });
  const { state, dispatch, evaluation } = form;
  const { values } = state;
  const ns = values.namespace.trim();

  useEffect(() => draft.save(values, state.base), [draft, values, state.base]);

  const secret = useMemo(
    () =>
      values.storage.secretSource === 'new'
        ? buildStorageSecret(
            values.storage.secretName.trim(),
            ns,
            presetFor(values.newSecret.preset, values.storage.type),
            values.newSecret.data,
          )
        : undefined,
    [values.storage, values.newSecret, ns],
  );
  const dryRunInput = useMemo(
    (): CreateDryRunInput => ({ stack: evaluation.stack, secret }),
    [evaluation.stack, secret],
  );
  const dryRun = useDryRun(dryRunInput, runCreateDryRun);
  const blocking = hasBlockingErrors(evaluation.messages);

  const [canCreateStack, stackReviewLoading] = useAccessReview({
    group: 'tempo.grafana.com',
    resource: 'tempostacks',
    verb: 'create',
    namespace: ns,
  });
  const [canCreateSecret, secretReviewLoading] = useAccessReview({
    group: '',
    resource: 'secrets',
    verb: 'create',
    namespace: ns,
  });
  const forbidden =
    Boolean(ns) &&
    !stackReviewLoading &&
    !secretReviewLoading &&
    (!canCreateStack || (Boolean(secret) && !canCreateSecret));

  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<CreateOutcome>();

  const handleCreate = async () => {
    dispatch({ type: 'attempt', steps: [...FORM_STEPS] });
    if (blocking || forbidden || creating) return;
    setCreating(true);
    setOutcome(undefined);
    const result = await createTempoStack(evaluation.stack, secret);
    setCreating(false);
    if (result.ok) {
      draft.discard();
      void navigate(tempoStackDetailsPath(ns, result.stack.metadata.name ?? values.name.trim()));
    } else {
      setOutcome(result);
    }
  };

  const handleStepChange = (_event: unknown, current: WizardStepType, previous: WizardStepType) => {
    dispatch({ type: 'attempt', steps: [previous.id as FormStep] });
    if (current.id === 'review') {
      dispatch({ type: 'attempt', steps: [...FORM_STEPS] });
      if (!blocking) dryRun.start();
    }
  };

  const handleClose = () => {
    draft.discard();
    void navigate(tempoStackListPath(ns || namespace));
  };

  const status = (step: FormStep) =>
    state.attempted[step] && form.stepHasErrors(step) ? 'error' : 'default';

  return (
    <TempoStackFormProvider form={form}>
      {draftNotice ? (
        <Alert
          isInline
          variant="info"
          title={t('Your draft was restored')}
          data-test="draft-restored"
          actionClose={undefined}
          actionLinks={
            <>
              <AlertActionLink
                onClick={() => {
                  draft.discard();
                  dispatch({
                    type: 'reset',
                    values: emptyFormValues(namespace ?? ''),
                    base: undefined,
                  });
                  setDraftNotice(false);
                }}
              >
                {t('Start over')}
              </AlertActionLink>
              <AlertActionLink onClick={() => setDraftNotice(false)}>
                {t('Dismiss')}
              </AlertActionLink>
            </>
          }
        >
          {t('Saved {{time}}. Secret values are never saved in the draft.', {
            time: draft.restored?.savedAt ? new Date(draft.restored.savedAt).toLocaleString() : '',
          })}
        </Alert>
      ) : null}
      {forbidden ? (
        <Alert
          isInline
          variant="warning"
          title={t('You cannot create this in namespace {{name}}', { name: ns })}
          data-test="create-forbidden"
        >
          {secret && !canCreateSecret
            ? t(
                'Creating TempoStacks and Secrets in this namespace is not allowed for you. Ask for access or choose another namespace.',
              )
            : t(
                'Creating TempoStacks in this namespace is not allowed for you. Ask for access or choose another namespace.',
              )}
        </Alert>
      ) : null}
      <Wizard
        navAriaLabel={t('Create TempoStack steps')}
        onStepChange={handleStepChange}
        onClose={handleClose}
        data-test="create-wizard"
      >
        {WizardSteps({
          stepNames,
          status,
          secretKeysToReenter: draft.restored?.secretKeysEntered ?? [],
        })}
        <WizardStep
          id="review"
          name={stepNames.review}
          footer={{
            nextButtonText: t('Create'),
            onNext: () => void handleCreate(),
            isNextDisabled: creating || forbidden || blocking,
            nextButtonProps: { isLoading: creating },
          }}
        >
          <Form onSubmit={(event) => event.preventDefault()}>
            <CreateOutcomeAlert outcome={outcome} />
            {blocking ? (
              <Alert
                isInline
                variant="danger"
                title={t('Fix the errors below before creating the stack.')}
                data-test="review-blocked"
              />
            ) : null}
            <WizardReviewStep
              dryRun={dryRun}
              dryRunDisabledReason={
                blocking ? t('The dry run needs a stack without errors.') : undefined
              }
              newSecret={
                secret
                  ? { name: secret.metadata.name, keys: Object.keys(secret.stringData) }
                  : undefined
              }
            />
          </Form>
        </WizardStep>
      </Wizard>
    </TempoStackFormProvider>
  );
};
