import {
  HttpError,
  k8sCreate,
  useK8sModel,
  type K8sResourceKind,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  PageSection,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { type FC, useState } from 'react';
import { useNavigate } from 'react-router';

const ConfigMapCreate: FC<{ namespace?: string }> = ({ namespace = 'default' }) => {
  const [model] = useK8sModel({ version: 'v1', kind: 'ConfigMap' });
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ variant: 'success' | 'danger'; text: string }>();
  const data = (): K8sResourceKind => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace },
    data: { greeting: value },
  });
  const fail = (e: unknown) =>
    setMessage({
      variant: 'danger',
      text: e instanceof HttpError ? `HTTP ${e.code ?? '?'}: ${e.message}` : String(e),
    });
  const dryRun = () =>
    k8sCreate({ model, data: data(), queryParams: { dryRun: 'All' } })
      .then(() => setMessage({ variant: 'success', text: 'Dry run passed' }))
      .catch(fail);
  const create = () =>
    k8sCreate({ model, data: data() })
      .then(() => navigate(`/k8s/ns/${namespace}/configmaps/${name}`))
      .catch(fail);
  return (
    <PageSection hasBodyWrapper={false}>
      <Title headingLevel="h1">Create fixture ConfigMap in {namespace}</Title>
      <Form>
        <FormGroup label="Name" fieldId="fixture-name">
          <TextInput id="fixture-name" value={name} onChange={(_e, v) => setName(v)} />
        </FormGroup>
        <FormGroup label="Greeting" fieldId="fixture-greeting">
          <TextInput id="fixture-greeting" value={value} onChange={(_e, v) => setValue(v)} />
        </FormGroup>
        {message ? (
          <Alert
            isInline
            variant={message.variant}
            title={message.text}
            data-test="fixture-create-message"
          />
        ) : null}
        <ActionGroup>
          <Button variant="secondary" onClick={() => void dryRun()}>
            Dry run
          </Button>
          <Button variant="primary" onClick={() => void create()}>
            Create
          </Button>
        </ActionGroup>
      </Form>
    </PageSection>
  );
};

export default ConfigMapCreate;
