import {
  ActionGroup,
  Button,
  Checkbox,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
} from '@patternfly/react-core';
import { useState } from 'react';
import { DEFAULT_COLLECT_OPTIONS, type CollectOptions } from '../../../diagnostics/collection';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';

export interface BundleOptionsFormProps {
  /** The user may list Deployments cluster-wide (needed for the operator's files). */
  mayReadOperator: boolean;
  isCheckingOperator: boolean;
  onStart: (options: CollectOptions) => void;
}

const LOG_LINE_CHOICES = [100, 500, 1000, 5000];

/** What the bundle holds, and the collection's options. */
export const BundleOptionsForm = ({
  mayReadOperator,
  isCheckingOperator,
  onStart,
}: BundleOptionsFormProps) => {
  const { t } = useTempoTranslation();
  const [tailLines, setTailLines] = useState(DEFAULT_COLLECT_OPTIONS.tailLines);
  const [includeOperator, setIncludeOperator] = useState(true);
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        onStart({
          ...DEFAULT_COLLECT_OPTIONS,
          tailLines,
          includeOperator: includeOperator && mayReadOperator,
        });
      }}
    >
      <Content>
        <p>
          {t(
            'Collects, with your own permissions, what the Tempo Operator must-gather collects for this TempoStack, in the same layout, and adds what support usually asks for:',
          )}
        </p>
        <ul>
          <li>{t('the TempoStack and every object the operator created for it')}</li>
          <li>
            {t(
              'pods with their status and the last lines of each container log, current and previous',
            )}
          </li>
          <li>{t('events, persistent volume claims and the key names of the storage secret')}</li>
          <li>{t('the resource allocation, validation and health findings of this console')}</li>
          <li>
            {t('for cluster administrators: the operator Deployment, its log and the OLM objects')}
          </li>
        </ul>
        <p>
          {t(
            'Secret values are never collected, and tokens, passwords and keys found in objects and logs are redacted.',
          )}
        </p>
      </Content>
      <FormGroup label={t('Log lines per container')} fieldId="diagnostics-tail-lines">
        <FormSelect
          id="diagnostics-tail-lines"
          value={String(tailLines)}
          onChange={(_event, value) => setTailLines(Number(value))}
          aria-label={t('Log lines per container')}
        >
          {LOG_LINE_CHOICES.map((n) => (
            <FormSelectOption key={n} value={String(n)} label={String(n)} />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup fieldId="diagnostics-include-operator">
        <Checkbox
          id="diagnostics-include-operator"
          label={t('Include the operator Deployment, its log and the OLM objects')}
          isChecked={includeOperator && mayReadOperator}
          isDisabled={!mayReadOperator}
          onChange={(_event, checked) => setIncludeOperator(checked)}
        />
        {!mayReadOperator && !isCheckingOperator ? (
          <FormHelperText>
            <HelperText>
              <HelperTextItem>
                {t(
                  'Needs permission to list Deployments in all namespaces (cluster administrators).',
                )}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        ) : null}
      </FormGroup>
      <ActionGroup>
        <Button type="submit" variant="primary" data-test="collect-bundle">
          {t('Collect diagnostics')}
        </Button>
      </ActionGroup>
    </Form>
  );
};
