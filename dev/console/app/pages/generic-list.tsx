import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, EmptyState, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { FC } from 'react';
import { ResourceLink } from '../../sdk/components/resource-link';
import { StatusComponent } from '../../sdk/components/status';
import { Timestamp } from '../../sdk/components/timestamp';
import { getGroupVersionKindForModel } from '../../sdk/k8s/model-ref';
import { ALL_NAMESPACES_KEY } from '../../sdk/k8s/resource-url';
import { useK8sWatchResource } from '../../sdk/watch/use-k8s-watch';
import { ResourceActionsMenu } from '../components/resource-actions-menu';
import { errorText } from '../../sdk/utils/error-text';

type Obj = SDK.K8sResourceKind;

/** A status word for any object: its phase, else its Ready/Available condition. */
export const statusOf = (obj: Obj): string | undefined => {
  const status = obj.status as
    { phase?: string; conditions?: { type: string; status: string }[] } | undefined;
  if (obj.metadata?.deletionTimestamp) return 'Terminating';
  if (status?.phase) return status.phase;
  const ready = status?.conditions?.find((c) => c.type === 'Ready' || c.type === 'Available');
  if (ready) return ready.status === 'True' ? 'Ready' : 'Not Ready';
  return undefined;
};

/** The host's list of any kind: name, namespace, status, age and the actions kebab. */
export const GenericList: FC<{ model: SDK.K8sModel; namespace?: string }> = ({
  model,
  namespace,
}) => {
  const allNamespaces = !namespace || namespace === ALL_NAMESPACES_KEY;
  const watched = useK8sWatchResource<Obj[]>({
    groupVersionKind: getGroupVersionKindForModel(model),
    isList: true,
    ...(model.namespaced && !allNamespaces ? { namespace } : {}),
  });
  const [items, loaded] = watched;
  const loadError: unknown = watched[2];
  if (loadError) {
    return (
      <Alert
        variant="danger"
        isInline
        title={`Could not list ${model.labelPlural}`}
        data-test="list-error"
      >
        {errorText(loadError)}
      </Alert>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  if (!items.length) {
    return (
      <EmptyState
        titleText={`No ${model.labelPlural} found`}
        headingLevel="h2"
        data-test="empty-list"
      />
    );
  }
  const showNamespace = model.namespaced && allNamespaces;
  const sorted = [...items].sort((a, b) =>
    (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
  return (
    <Table aria-label={model.labelPlural} variant="compact" data-test="resource-list">
      <Thead>
        <Tr>
          <Th>Name</Th>
          {showNamespace ? <Th>Namespace</Th> : null}
          <Th>Status</Th>
          <Th>Created</Th>
          <Th screenReaderText="Actions" />
        </Tr>
      </Thead>
      <Tbody>
        {sorted.map((obj) => {
          const status = statusOf(obj);
          return (
            <Tr key={obj.metadata?.uid ?? `${obj.metadata?.namespace}/${obj.metadata?.name}`}>
              <Td dataLabel="Name">
                <ResourceLink
                  groupVersionKind={getGroupVersionKindForModel(model)}
                  name={obj.metadata?.name}
                  namespace={obj.metadata?.namespace}
                />
              </Td>
              {showNamespace ? (
                <Td dataLabel="Namespace">
                  <ResourceLink kind="Namespace" name={obj.metadata?.namespace} />
                </Td>
              ) : null}
              <Td dataLabel="Status">{status ? <StatusComponent status={status} /> : '-'}</Td>
              <Td dataLabel="Created">
                <Timestamp timestamp={obj.metadata?.creationTimestamp} />
              </Td>
              <Td isActionCell>
                <ResourceActionsMenu model={model} obj={obj} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
