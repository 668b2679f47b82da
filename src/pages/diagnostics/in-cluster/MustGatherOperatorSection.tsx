import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  ExpandableSection,
  Form,
  FormGroup,
  Grid,
  GridItem,
  Label,
  Stack,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';
import { useMustGatherResource } from '../../../diagnostics/useMustGatherResource';
import { useOperatorNamespace } from '../../../diagnostics/useOperatorDeployment';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import {
  MUST_GATHER_DEFAULT_SERVICE_ACCOUNT,
  MUST_GATHER_GROUP,
} from '../../../tempostack/must-gather/must-gather-cr';
import { DEFAULT_OPERATOR_VERSION, type TempoStack } from '../../../tempostack/types';

export interface MustGatherOperatorSectionProps {
  stack: TempoStack;
}

const field = (
  id: string,
  label: string,
  value: string,
  onChange: (value: string) => void,
  isRequired = false,
) => (
  <FormGroup label={label} fieldId={id} isRequired={isRequired}>
    <TextInput id={id} value={value} isRequired={isRequired} onChange={(_e, v) => onChange(v)} />
  </FormGroup>
);

/** Where the must-gather operator is installed: run the Tempo tool through a MustGather resource. */
export const MustGatherOperatorSection = ({ stack }: MustGatherOperatorSectionProps) => {
  const { t } = useTempoTranslation();
  const resource = useMustGatherResource();
  const operator = useOperatorNamespace(true);
  const version = (stack.status?.operatorVersion || DEFAULT_OPERATOR_VERSION).replace(/^v/, '');
  const [namespace, setNamespace] = useState('must-gather-operator');
  const [serviceAccount, setServiceAccount] = useState(MUST_GATHER_DEFAULT_SERVICE_ACCOUNT);
  const [imageStream, setImageStream] = useState('tempo-must-gather');
  const [tag, setTag] = useState(`v${version}`);
  const [timeout, setTimeoutValue] = useState('10m');
  const [caseID, setCaseID] = useState('');
  const [caseSecret, setCaseSecret] = useState('');
  const [mayCreate] = useAccessReview({
    group: MUST_GATHER_GROUP,
    resource: 'mustgathers',
    verb: 'create',
    namespace,
  });
  const complete =
    !!(namespace && serviceAccount && imageStream && tag && timeout) && (!caseID || !!caseSecret);
  return (
    <ExpandableSection
      toggleText={t('Use the must-gather operator instead')}
      data-test="must-gather-operator"
    >
      <Stack hasGutter>
        <Alert variant="info" isInline isPlain title={t('The must-gather operator is installed')}>
          {t(
            'It runs the Tempo must-gather tool from an allow-listed image stream in its namespace, and can upload the result to a Red Hat support case.',
          )}
        </Alert>
        {resource.error ? (
          <Alert
            variant="danger"
            isInline
            title={t('The MustGather could not be created or deleted')}
          >
            {resource.error}
          </Alert>
        ) : null}
        {resource.created ? (
          <Stack hasGutter data-test="must-gather-status">
            <div>
              <Label color={resource.state?.completed ? 'green' : 'blue'}>
                {resource.state?.completed ? t('Completed') : t('Running')}
              </Label>{' '}
              {[resource.state?.status, resource.state?.reason].filter(Boolean).join(' · ')}
            </div>
            <div>
              <Button variant="secondary" onClick={resource.remove} isLoading={resource.isBusy}>
                {t('Delete the MustGather')}
              </Button>
            </div>
          </Stack>
        ) : (
          <Form
            onSubmit={(event) => {
              event.preventDefault();
              resource.create({
                namespace,
                serviceAccountName: serviceAccount,
                imageStream: { name: imageStream, tag },
                ...(operator.namespace ? { operatorNamespace: operator.namespace } : {}),
                timeout,
                ...(caseID ? { upload: { caseID, secretName: caseSecret } } : {}),
              });
            }}
          >
            <Grid hasGutter md={6}>
              <GridItem>
                {field('mg-namespace', t('Namespace'), namespace, setNamespace, true)}
              </GridItem>
              <GridItem>
                {field(
                  'mg-service-account',
                  t('Service account'),
                  serviceAccount,
                  setServiceAccount,
                  true,
                )}
              </GridItem>
              <GridItem>
                {field(
                  'mg-image-stream',
                  t('Image stream with the Tempo must-gather image'),
                  imageStream,
                  setImageStream,
                  true,
                )}
              </GridItem>
              <GridItem>{field('mg-tag', t('Image stream tag'), tag, setTag, true)}</GridItem>
              <GridItem>
                {field('mg-timeout', t('Timeout'), timeout, setTimeoutValue, true)}
              </GridItem>
              <GridItem>
                {field('mg-case', t('Support case ID (optional)'), caseID, setCaseID)}
              </GridItem>
              <GridItem>
                {field(
                  'mg-case-secret',
                  t('Secret with the case credentials'),
                  caseSecret,
                  setCaseSecret,
                  !!caseID,
                )}
              </GridItem>
            </Grid>
            {!mayCreate ? (
              <Alert
                variant="info"
                isInline
                isPlain
                title={t('You may not create MustGather resources in namespace {{namespace}}.', {
                  namespace,
                })}
              />
            ) : null}
            <ActionGroup>
              <Button
                type="submit"
                variant="secondary"
                isDisabled={!complete || !mayCreate}
                isLoading={resource.isBusy}
              >
                {t('Create MustGather')}
              </Button>
            </ActionGroup>
          </Form>
        )}
      </Stack>
    </ExpandableSection>
  );
};
