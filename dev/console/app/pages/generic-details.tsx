import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Bullseye,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { type FC, useMemo } from 'react';
import { ResourceEventStream } from '../../sdk/components/event-stream';
import { HorizontalNav } from '../../sdk/components/horizontal-nav';
import { ResourceIcon, ResourceLink } from '../../sdk/components/resource-link';
import { Timestamp, DocumentTitle } from '../../sdk/components/timestamp';
import { ResourceYAMLEditor } from '../../sdk/components/yaml-editor';
import { getGroupVersionKindForModel } from '../../sdk/k8s/model-ref';
import { useK8sWatchResource } from '../../sdk/watch/use-k8s-watch';
import { ResourceActionsMenu } from '../components/resource-actions-menu';
import { errorText } from '../../sdk/utils/error-text';

type Obj = SDK.K8sResourceKind;

const Summary: FC<{ obj?: Obj }> = ({ obj }) => {
  const meta = obj?.metadata ?? {};
  return (
    <PageSection hasBodyWrapper={false}>
      <Title headingLevel="h2">Details</Title>
      <DescriptionList isHorizontal data-test="resource-summary">
        <DescriptionListGroup>
          <DescriptionListTerm>Name</DescriptionListTerm>
          <DescriptionListDescription data-test="resource-name">
            {meta.name}
          </DescriptionListDescription>
        </DescriptionListGroup>
        {meta.namespace ? (
          <DescriptionListGroup>
            <DescriptionListTerm>Namespace</DescriptionListTerm>
            <DescriptionListDescription>
              <ResourceLink kind="Namespace" name={meta.namespace} />
            </DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
        <DescriptionListGroup>
          <DescriptionListTerm>Labels</DescriptionListTerm>
          <DescriptionListDescription>
            <LabelGroup numLabels={10}>
              {Object.entries(meta.labels ?? {}).map(([k, v]) => (
                <Label key={k} isCompact>{`${k}=${v}`}</Label>
              ))}
            </LabelGroup>
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Created</DescriptionListTerm>
          <DescriptionListDescription>
            <Timestamp timestamp={meta.creationTimestamp} />
          </DescriptionListDescription>
        </DescriptionListGroup>
        {(meta.ownerReferences ?? []).length ? (
          <DescriptionListGroup>
            <DescriptionListTerm>Owner</DescriptionListTerm>
            <DescriptionListDescription>
              {(meta.ownerReferences ?? []).map((o) => (
                <ResourceLink key={o.uid} kind={o.kind} name={o.name} namespace={meta.namespace} />
              ))}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ) : null}
      </DescriptionList>
    </PageSection>
  );
};

/** The host's details page for any kind: summary, YAML (editable) and events tabs. */
export const GenericDetails: FC<{ model: SDK.K8sModel; name: string; namespace?: string }> = ({
  model,
  name,
  namespace,
}) => {
  const watched = useK8sWatchResource<Obj>({
    groupVersionKind: getGroupVersionKindForModel(model),
    name,
    ...(model.namespaced ? { namespace } : {}),
  });
  const [obj, loaded] = watched;
  const loadError: unknown = watched[2];
  const pages = useMemo(
    () => [
      { href: '', name: 'Details', component: ({ obj: o }: { obj?: Obj }) => <Summary obj={o} /> },
      {
        href: 'yaml',
        name: 'YAML',
        component: ({ obj: o }: { obj?: Obj }) => <ResourceYAMLEditor initialResource={o ?? {}} />,
      },
      {
        href: 'events',
        name: 'Events',
        component: ({ obj: o }: { obj?: Obj }) => <ResourceEventStream resource={o ?? {}} />,
      },
    ],
    [],
  );
  if (loadError && !loaded) {
    return (
      <PageSection hasBodyWrapper={false}>
        <Alert
          variant="danger"
          isInline
          title={`Could not load ${model.label} ${name}`}
          data-test="details-error"
        >
          {errorText(loadError)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  return (
    <>
      <DocumentTitle>{`${name} · Details`}</DocumentTitle>
      <PageSection hasBodyWrapper={false} className="dev-console-details-header">
        <Title headingLevel="h1" data-test="page-heading">
          <ResourceIcon groupVersionKind={getGroupVersionKindForModel(model)} /> {name}
        </Title>
        <ResourceActionsMenu model={model} obj={obj} variant="dropdown" />
      </PageSection>
      {loadError ? <Alert variant="warning" isInline title={errorText(loadError)} /> : null}
      <HorizontalNav resource={obj} pages={pages} />
    </>
  );
};
