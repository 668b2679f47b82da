import {
  ListPageBody,
  ListPageCreate,
  ListPageHeader,
  ResourceLink,
  Timestamp,
  useK8sWatchResource,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Alert } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { FC } from 'react';

const ConfigMapList: FC<{ namespace?: string }> = ({ namespace }) => {
  const all = !namespace || namespace === '#ALL_NS#';
  const watched = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'ConfigMap' },
    isList: true,
    namespace: all ? undefined : namespace,
  });
  const [items, loaded] = watched;
  const loadError: unknown = watched[2];
  return (
    <>
      <ListPageHeader title="Fixture ConfigMaps">
        <ListPageCreate groupVersionKind={{ version: 'v1', kind: 'ConfigMap' }}>
          Create ConfigMap
        </ListPageCreate>
      </ListPageHeader>
      <ListPageBody>
        {loadError ? (
          <Alert isInline variant="danger" title="Error" data-test="fixture-list-error">
            {(loadError as Error).message}
          </Alert>
        ) : null}
        <div data-test="fixture-list-state">
          {loaded ? `${items.length} ConfigMaps` : 'loading'}
        </div>
        <Table aria-label="Fixture ConfigMaps" variant="compact">
          <Thead>
            <Tr>
              <Th>Name</Th>
              <Th>Namespace</Th>
              <Th>Created</Th>
            </Tr>
          </Thead>
          <Tbody>
            {[...items]
              .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))
              .map((cm) => (
                <Tr key={cm.metadata?.uid}>
                  <Td>
                    <ResourceLink
                      groupVersionKind={{ version: 'v1', kind: 'ConfigMap' }}
                      name={cm.metadata?.name}
                      namespace={cm.metadata?.namespace}
                    />
                  </Td>
                  <Td>{cm.metadata?.namespace}</Td>
                  <Td>
                    <Timestamp timestamp={cm.metadata?.creationTimestamp} simple />
                  </Td>
                </Tr>
              ))}
          </Tbody>
        </Table>
      </ListPageBody>
    </>
  );
};

export default ConfigMapList;
