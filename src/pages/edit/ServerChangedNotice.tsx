import { Alert, AlertActionLink, ExpandableSection } from '@patternfly/react-core';
import { useMemo } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { compareEdits } from '../../tempostack/form/edit-patch';
import type { TempoStack } from '../../tempostack/types';
import { ChangesTable } from './ChangesTable';

export interface ServerChangedNoticeProps {
  opened: TempoStack;
  live: TempoStack;
  edited: TempoStack;
  onReload: () => void;
}

/** Tells, while editing, that someone changed the stack (only spec, labels or annotations count). */
export const ServerChangedNotice = ({
  opened,
  live,
  edited,
  onReload,
}: ServerChangedNoticeProps) => {
  const { t } = useTempoTranslation();
  const report = useMemo(
    () =>
      live.metadata.resourceVersion === opened.metadata.resourceVersion
        ? undefined
        : compareEdits(opened, edited, live),
    [opened, live, edited],
  );
  if (!report || report.serverChanges.length === 0) return null;
  return (
    <Alert
      isInline
      variant="info"
      data-test="server-changed"
      title={t('This TempoStack was changed on the server since you opened it')}
      actionLinks={
        <AlertActionLink onClick={onReload} data-test="server-changed-reload">
          {t('Reload and discard my changes')}
        </AlertActionLink>
      }
    >
      <p>{t('Saving will show you the differences and let you re-apply your changes on top.')}</p>
      <ExpandableSection toggleText={t('What changed')}>
        <ChangesTable
          serverChanges={report.serverChanges}
          myChanges={report.myChanges}
          conflicts={report.conflicts}
        />
      </ExpandableSection>
    </Alert>
  );
};
