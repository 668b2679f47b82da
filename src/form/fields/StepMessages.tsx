import { Alert, Stack } from '@patternfly/react-core';
import type { FormStep } from '../../tempostack/form/form-messages';
import { useFormContext } from '../state/TempoStackFormContext';
import { useMessageText } from './useMessageText';

/** The messages of a step that belong to no single field, as inline alerts. */
export const StepMessages = ({ step }: { step: FormStep }) => {
  const { stepMessages } = useFormContext();
  const text = useMessageText();
  const messages = stepMessages(step);
  if (messages.length === 0) return null;
  return (
    <Stack hasGutter>
      {messages.map((message, i) => (
        <Alert
          key={`${message.code}-${i}`}
          isInline
          isPlain
          variant={message.severity === 'error' ? 'danger' : 'warning'}
          title={text(message)}
          data-test="step-message"
        >
          {message.path}
        </Alert>
      ))}
    </Stack>
  );
};
