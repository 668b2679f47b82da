import { CodeBlock, CodeBlockCode, Content, ExpandableSection } from '@patternfly/react-core';
import { useState } from 'react';
import { useRunLog } from '../../../diagnostics/useRunLog';
import { errorMessage } from '../../../hooks/api-error';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { GATHER_CONTAINER } from '../../../tempostack/must-gather/in-cluster-run';
import '../diagnostics.css';

export interface RunLogProps {
  namespace: string;
  pod: string;
  /** Poll while the gather container runs. */
  isLive: boolean;
  /** The container has started, so it has a log. */
  isStarted: boolean;
}

/** The gather container's log, refreshed every 2 s while it runs. */
export const RunLog = ({ namespace, pod, isLive, isStarted }: RunLogProps) => {
  const { t } = useTempoTranslation();
  const [expanded, setExpanded] = useState(true);
  const { log, error } = useRunLog(namespace, pod, GATHER_CONTAINER, {
    enabled: isStarted,
    live: isLive,
  });
  return (
    <ExpandableSection
      toggleText={isLive ? t('Log (live)') : t('Log')}
      isExpanded={expanded}
      onToggle={(_event, value) => setExpanded(value)}
      data-test="run-log"
    >
      {error ? (
        <Content component="p">
          {t('The log could not be read: {{message}}', { message: errorMessage(error) })}
        </Content>
      ) : !isStarted ? (
        <Content component="p">{t('The log appears when the container starts.')}</Content>
      ) : (
        <CodeBlock className="tempo-diagnostics-log">
          <CodeBlockCode>{log || t('(no output yet)')}</CodeBlockCode>
        </CodeBlock>
      )}
    </ExpandableSection>
  );
};
