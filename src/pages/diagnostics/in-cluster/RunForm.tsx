import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';
import { useMustGatherImage } from '../../../diagnostics/useMustGatherImage';
import { useOperatorNamespace } from '../../../diagnostics/useOperatorDeployment';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { InClusterRunParams } from '../../../tempostack/must-gather/in-cluster-run';
import type { TempoStack } from '../../../tempostack/types';

export interface RunFormProps {
  stack: TempoStack;
  onStart: (params: Omit<InClusterRunParams, 'runId'>) => void;
}

/** The run's image (saved as a user preference) and the operator namespace, and the start button. */
export const RunForm = ({ stack, onStart }: RunFormProps) => {
  const { t } = useTempoTranslation();
  const preference = useMustGatherImage(stack.status?.operatorVersion);
  const operator = useOperatorNamespace(true);
  // Drafts stay undefined until the user types, so the saved image and the namespace found later
  // still show.
  const [imageDraft, setImage] = useState<string | undefined>();
  const [namespaceDraft, setOperatorNamespace] = useState<string | undefined>();
  const image = imageDraft ?? preference.image;
  const operatorNamespace = namespaceDraft ?? operator.namespace ?? '';
  const trimmedImage = image.trim();
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        if (!trimmedImage) return;
        if (trimmedImage !== preference.image) preference.save(trimmedImage);
        onStart({
          image: trimmedImage,
          ...(operatorNamespace.trim() ? { operatorNamespace: operatorNamespace.trim() } : {}),
          stack: { namespace: stack.metadata.namespace ?? '', name: stack.metadata.name ?? '' },
        });
      }}
    >
      <FormGroup label={t('Must-gather image')} isRequired fieldId="must-gather-image">
        <TextInput
          id="must-gather-image"
          value={image}
          isRequired
          onChange={(_event, value) => setImage(value)}
          validated={trimmedImage ? 'default' : 'error'}
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant={trimmedImage ? 'default' : 'error'}>
              {trimmedImage
                ? t('Saved for you when you start a run. Default: {{image}}', {
                    image: preference.defaultImage,
                  })
                : t('Enter the image to run.')}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
        {image !== preference.defaultImage ? (
          <Button variant="link" isInline onClick={() => setImage(preference.defaultImage)}>
            {t('Use the default image')}
          </Button>
        ) : null}
      </FormGroup>
      <FormGroup label={t('Operator namespace')} fieldId="must-gather-operator-namespace">
        <TextInput
          id="must-gather-operator-namespace"
          value={operatorNamespace}
          onChange={(_event, value) => setOperatorNamespace(value)}
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t(
                'Passed as --operator-namespace, where the tool reads the OLM objects. Leave it empty and the tool uses the namespace of the operator it finds.',
              )}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <ActionGroup>
        <Button type="submit" variant="secondary" isDisabled={!trimmedImage} data-test="start-run">
          {t('Run must-gather')}
        </Button>
      </ActionGroup>
    </Form>
  );
};
