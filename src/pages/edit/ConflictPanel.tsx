import { Alert, AlertActionLink } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { formatKeys, type EditConflict } from '../../tempostack/form/edit-patch';
import { ChangesTable } from './ChangesTable';

export interface ConflictPanelProps {
  conflict: EditConflict;
  /** Put my changes on top of the current object (my value wins where both changed a field). */
  onReapply: () => void;
  /** Drop my changes and load the current object. */
  onReload: () => void;
}

/** The save was refused because the object changed: what changed, and the two ways forward. */
export const ConflictPanel = ({ conflict, onReapply, onReload }: ConflictPanelProps) => {
  const { t } = useTempoTranslation();
  const both = conflict.conflicts.map((c) => formatKeys(c.keys)).join(', ');
  return (
    <Alert
      isInline
      variant="warning"
      data-test="edit-conflict"
      title={t(
        'The TempoStack was changed on the server while you were editing; nothing was saved.',
      )}
      actionLinks={
        <>
          <AlertActionLink onClick={onReapply} data-test="conflict-reapply">
            {t('Re-apply my changes to the latest version')}
          </AlertActionLink>
          <AlertActionLink onClick={onReload} data-test="conflict-reload">
            {t('Reload and discard my changes')}
          </AlertActionLink>
        </>
      }
    >
      <p>
        {both
          ? t(
              'Changed both on the server and by you: {{fields}}. Re-applying keeps your values there; every other server change is kept.',
              { fields: both },
            )
          : t('None of the server’s changes touches a field you changed: re-applying keeps both.')}
      </p>
      <ChangesTable
        serverChanges={conflict.serverChanges}
        myChanges={conflict.myChanges}
        conflicts={conflict.conflicts}
      />
      <p>{t('After re-applying, review the form and save again.')}</p>
    </Alert>
  );
};
