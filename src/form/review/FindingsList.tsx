import { Button, Icon, List, ListItem } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { FormMessage, FormStep } from '../../tempostack/form/form-messages';
import { useMessageText } from '../fields/useMessageText';
import { useStepNames } from '../useStepNames';

export interface FindingsListProps {
  messages: readonly FormMessage[];
  /** Go to the step (or section) a message belongs to. */
  onGoTo?: (step: FormStep) => void;
}

/** Every finding of the domain core's validation and allocation, errors first, with where to fix it. */
export const FindingsList = ({ messages, onGoTo }: FindingsListProps) => {
  const { t } = useTempoTranslation();
  const text = useMessageText();
  const stepNames = useStepNames();
  const sorted = [...messages].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  if (sorted.length === 0) {
    return (
      <p data-test="findings-none">
        <Icon status="success" isInline>
          <CheckCircleIcon />
        </Icon>{' '}
        {t('No errors or warnings: the stack passes the operator’s validation.')}
      </p>
    );
  }
  return (
    <List isPlain data-test="findings">
      {sorted.map((message, i) => (
        <ListItem
          key={`${message.code}-${message.path ?? message.field ?? ''}-${i}`}
          data-test={`finding-${message.severity}`}
          icon={
            <Icon status={message.severity === 'error' ? 'danger' : 'warning'}>
              {message.severity === 'error' ? (
                <ExclamationCircleIcon />
              ) : (
                <ExclamationTriangleIcon />
              )}
            </Icon>
          }
        >
          <strong>{message.severity === 'error' ? t('Error') : t('Warning')}</strong>{' '}
          {text(message)}
          {message.path ? (
            <>
              {' '}
              ({message.rule ? `${message.rule}, ` : ''}
              <code>{message.path}</code>)
            </>
          ) : null}
          {onGoTo && message.step !== 'review' ? (
            <>
              {' '}
              <Button variant="link" isInline onClick={() => onGoTo(message.step)}>
                {t('Go to {{step}}', { step: stepNames[message.step] })}
              </Button>
            </>
          ) : null}
        </ListItem>
      ))}
    </List>
  );
};
