import { Alert, List, ListItem } from '@patternfly/react-core';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { explainConfigurationError } from '../../../tempostack/health';
import type { Condition, TempoStack } from '../../../tempostack/types';
import { useConfigurationErrorText } from './useConfigurationErrorText';

export interface ConfigurationErrorAlertProps {
  /** The stack (its storage secret is named in the explanation). */
  stack: TempoStack;
  /** The active `ConfigurationError` condition. */
  condition: Condition;
  /** The alert's title (the reason in plain words). */
  title: string;
}

/** A configuration error explained in plain words, with the operator's own message below. */
export const ConfigurationErrorAlert = ({
  stack,
  condition,
  title,
}: ConfigurationErrorAlertProps) => {
  const { t } = useTempoTranslation();
  const textOf = useConfigurationErrorText(stack);
  const explained = explainConfigurationError(condition)
    .parts.map(textOf)
    .filter((text): text is string => !!text);
  return (
    <Alert variant="danger" isInline title={title} data-test="configuration-error">
      {explained.length === 1 ? <p>{explained[0]}</p> : null}
      {explained.length > 1 ? (
        <List>
          {explained.map((text) => (
            <ListItem key={text}>{text}</ListItem>
          ))}
        </List>
      ) : null}
      {condition.message ? (
        <p>
          {t('Operator message:')} <code>{condition.message}</code>
        </p>
      ) : null}
    </Alert>
  );
};
