import {
  ActionGroup,
  Alert,
  Button,
  ExpandableSection,
  Stack,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { tempoStackDetailsPath } from '../../actions/tempoStackPaths';
import { runPatchDryRun, type PatchDryRunInput } from '../../form/api/dryRun';
import { DryRunPanel } from '../../form/review/DryRunPanel';
import { FindingsList } from '../../form/review/FindingsList';
import { LazyYamlEditor } from '../../form/review/LazyYamlEditor';
import { useDryRun } from '../../form/review/useDryRun';
import { TempoStackFormProvider } from '../../form/state/TempoStackFormContext';
import { useTempoStackForm } from '../../form/state/useTempoStackForm';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import {
  buildEditPatch,
  compareEdits,
  reapplyEdits,
  type EditConflict,
} from '../../tempostack/form/edit-patch';
import { FORM_STEPS, hasBlockingErrors } from '../../tempostack/form/form-messages';
import { toFormValues } from '../../tempostack/form/form-values';
import type { TempoStack } from '../../tempostack/types';
import { ConflictPanel } from './ConflictPanel';
import { EditSections } from './EditSections';
import { ServerChangedNotice } from './ServerChangedNotice';
import { saveTempoStack } from './saveTempoStack';

/** Saves retried when the object changed only outside the editable fields. */
const MAX_QUIET_RETRIES = 3;

export interface EditFormProps {
  /** The object as stored when the form opened. */
  initial: TempoStack;
  /** The object as it is now (watched), to notice changes made elsewhere. */
  live: TempoStack | undefined;
  /** The user may not patch the object: nothing can be saved. */
  isReadOnly?: boolean;
}

/**
 * The edit form: the wizard's sections prefilled from the stored object, or its YAML; saved as a
 * JSON patch of the changed fields guarded by the `resourceVersion` it was opened with.
 */
export const EditForm = ({ initial, live, isReadOnly = false }: EditFormProps) => {
  const { t } = useTempoTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(initial);
  const original = useMemo(() => toFormValues(opened), [opened]);
  const form = useTempoStackForm({
    initialValues: original,
    initialBase: opened,
    operation: 'update',
    oldStack: opened,
    original,
  });
  const { evaluation, dispatch } = form;
  const [view, setView] = useState<'form' | 'yaml'>('form');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<{ report: EditConflict; current: TempoStack }>();

  const patch = useMemo(() => buildEditPatch(opened, evaluation.stack), [opened, evaluation.stack]);
  const dryRunInput = useMemo((): PatchDryRunInput => ({ opened, patch }), [opened, patch]);
  const dryRun = useDryRun(dryRunInput, runPatchDryRun);
  const blocking = hasBlockingErrors(evaluation.messages);
  const errors = evaluation.messages.filter((m) => m.severity === 'error');

  useEffect(() => {
    if (blocking) dispatch({ type: 'attempt', steps: [...FORM_STEPS] });
  }, [blocking, dispatch]);

  const load = (stack: TempoStack, edited: TempoStack) => {
    setOpened(stack);
    dispatch({ type: 'reset', values: toFormValues(edited), base: edited });
    setConflict(undefined);
    setError(undefined);
  };

  const handleSave = async () => {
    dispatch({ type: 'attempt', steps: [...FORM_STEPS] });
    if (blocking || patch.length === 0) return;
    setSaving(true);
    setError(undefined);
    let base = opened;
    let edited = evaluation.stack;
    // A conflict caused only by status or metadata the form does not edit (the operator updating
    // the status) is not a conflict for the user: the same edit is re-applied on the current object.
    for (let attempt = 0; attempt < MAX_QUIET_RETRIES; attempt++) {
      const outcome = await saveTempoStack(base, buildEditPatch(base, edited));
      if (outcome.kind === 'saved') {
        setSaving(false);
        void navigate(
          tempoStackDetailsPath(
            outcome.stack.metadata.namespace ?? '',
            outcome.stack.metadata.name ?? '',
          ),
        );
        return;
      }
      if (outcome.kind === 'error') {
        setSaving(false);
        setError(outcome.message);
        return;
      }
      const report = compareEdits(base, edited, outcome.current);
      if (report.serverChanges.length > 0) {
        setSaving(false);
        setOpened(base);
        setConflict({ report, current: outcome.current });
        return;
      }
      edited = reapplyEdits(base, edited, outcome.current);
      base = outcome.current;
    }
    setSaving(false);
    setError(t('The TempoStack keeps changing on the server; try again.'));
  };

  const cancel = () =>
    void navigate(
      tempoStackDetailsPath(opened.metadata.namespace ?? '', opened.metadata.name ?? ''),
    );

  return (
    <TempoStackFormProvider form={form}>
      <Stack hasGutter>
        {live && !conflict ? (
          <ServerChangedNotice
            opened={opened}
            live={live}
            edited={evaluation.stack}
            onReload={() => load(live, live)}
          />
        ) : null}
        <ToggleGroup aria-label={t('Edit with')}>
          <ToggleGroupItem
            text={t('Form')}
            buttonId="edit-view-form"
            isSelected={view === 'form'}
            onChange={() => setView('form')}
          />
          <ToggleGroupItem
            text={t('YAML')}
            buttonId="edit-view-yaml"
            isSelected={view === 'yaml'}
            onChange={() => setView('yaml')}
          />
        </ToggleGroup>
        {view === 'form' ? (
          <EditSections />
        ) : (
          <LazyYamlEditor
            stack={evaluation.stack}
            lockName
            onChange={(stack) => dispatch({ type: 'replaceObject', stack })}
          />
        )}
        {errors.length > 0 ? (
          <Alert
            isInline
            variant="danger"
            title={t('Fix these before saving')}
            data-test="edit-errors"
          >
            <FindingsList messages={errors} />
          </Alert>
        ) : null}
        <ExpandableSection
          toggleText={t('Check with the server (dry run)')}
          data-test="edit-dry-run"
        >
          <DryRunPanel
            state={dryRun.state}
            onRun={dryRun.start}
            disabledReason={
              blocking
                ? t('The dry run needs a stack without errors.')
                : patch.length === 0
                  ? t('Nothing has changed yet.')
                  : undefined
            }
          />
        </ExpandableSection>
        {conflict ? (
          <ConflictPanel
            conflict={conflict.report}
            onReapply={() =>
              load(conflict.current, reapplyEdits(opened, evaluation.stack, conflict.current))
            }
            onReload={() => load(conflict.current, conflict.current)}
          />
        ) : null}
        {error ? (
          <Alert
            isInline
            variant="danger"
            title={t('The TempoStack could not be saved')}
            data-test="save-error"
          >
            {error}
          </Alert>
        ) : null}
        <ActionGroup>
          <Button
            variant="primary"
            onClick={() => void handleSave()}
            isDisabled={isReadOnly || saving || blocking || patch.length === 0 || Boolean(conflict)}
            isLoading={saving}
            data-test="save"
          >
            {t('Save')}
          </Button>
          <Button variant="link" onClick={cancel} data-test="cancel">
            {t('Cancel')}
          </Button>
          {patch.length === 0 ? <span>{t('No changes to save.')}</span> : null}
        </ActionGroup>
      </Stack>
    </TempoStackFormProvider>
  );
};
