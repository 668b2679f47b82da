import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { FormMessage } from '../../tempostack/form/form-messages';
import { fieldDomId } from './fieldId';
import { useMessageText } from './useMessageText';

export interface FieldMessagesProps {
  /** The messages to show (errors first, as given). */
  messages: readonly FormMessage[];
  /** Help shown when there is no message. */
  helperText?: ReactNode;
  /** Id of the helper text, for `aria-describedby` (default: from `field`). */
  id?: string;
  /** The field the messages are about (gives the helper text its id). */
  field?: string;
}

/** The `validated` state of an input with these messages. */
export const validatedOf = (messages: readonly FormMessage[]): 'error' | 'warning' | 'default' =>
  messages.some((m) => m.severity === 'error')
    ? 'error'
    : messages.length > 0
      ? 'warning'
      : 'default';

/** A field's errors and warnings (or its help) under the field. */
export const FieldMessages = ({ messages, helperText, id, field }: FieldMessagesProps) => {
  const text = useMessageText();
  if (messages.length === 0 && !helperText) return null;
  return (
    <FormHelperText>
      <HelperText id={id ?? (field ? `${fieldDomId(field)}-helper` : undefined)} isLiveRegion>
        {messages.length === 0 ? (
          <HelperTextItem>{helperText}</HelperTextItem>
        ) : (
          messages.map((message, i) => (
            <HelperTextItem
              key={`${message.code}-${i}`}
              variant={message.severity === 'error' ? 'error' : 'warning'}
              data-test="field-message"
            >
              {text(message)}
            </HelperTextItem>
          ))
        )}
      </HelperText>
    </FormHelperText>
  );
};
