import {
  HorizontalNav,
  ResourceEventStream,
  ResourceYAMLEditor,
  useDeleteModal,
  useK8sWatchResource,
  type K8sResourceKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, PageSection, Title } from '@patternfly/react-core';
import { type FC, useMemo } from 'react';

type ConfigMap = K8sResourceKind & { data?: Record<string, string> };

const DataTab: FC<{ obj?: ConfigMap }> = ({ obj }) => (
  <PageSection hasBodyWrapper={false} data-test="configmap-data">
    {Object.entries(obj?.data ?? {}).map(([k, v]) => (
      <div key={k}>{`${k}: ${v}`}</div>
    ))}
  </PageSection>
);

const ConfigMapDetails: FC<{ namespace: string; name: string }> = ({ namespace, name }) => {
  const watched = useK8sWatchResource<ConfigMap>({
    groupVersionKind: { version: 'v1', kind: 'ConfigMap' },
    name,
    namespace,
  });
  const [obj, loaded] = watched;
  const loadError: unknown = watched[2];
  const remove = useDeleteModal(obj, `/k8s/ns/${namespace}/configmaps`);
  const pages = useMemo(
    () => [
      { href: '', name: 'Data', component: DataTab },
      {
        href: 'yaml',
        name: 'YAML',
        component: ({ obj: o }: { obj?: ConfigMap }) => (
          <ResourceYAMLEditor initialResource={o ?? {}} />
        ),
      },
      {
        href: 'events',
        name: 'Events',
        component: ({ obj: o }: { obj?: ConfigMap }) => <ResourceEventStream resource={o ?? {}} />,
      },
    ],
    [],
  );
  if (loadError) {
    return (
      <Alert isInline variant="danger" title="Could not load" data-test="fixture-details-error">
        {(loadError as Error).message}
      </Alert>
    );
  }
  if (!loaded) return <div>loading</div>;
  return (
    <>
      <PageSection hasBodyWrapper={false}>
        <Title
          headingLevel="h1"
          data-test="fixture-details-title"
        >{`ConfigMap ${obj.metadata?.name ?? ''}`}</Title>
        <Button variant="danger" onClick={remove}>
          Delete ConfigMap
        </Button>
      </PageSection>
      <HorizontalNav resource={obj} pages={pages} />
    </>
  );
};

export default ConfigMapDetails;
