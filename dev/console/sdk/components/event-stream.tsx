import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Alert, EmptyState, EmptyStateBody, PageSection, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { type FC, useMemo } from 'react';
import { useK8sWatchResource } from '../watch/use-k8s-watch';
import { errorText } from '../utils/error-text';
import { Timestamp } from './timestamp';
import { GenericStatus, YellowExclamationTriangleIcon, BlueInfoCircleIcon } from './status';

interface EventKind extends SDK.K8sResourceCommon {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  involvedObject?: { uid?: string; name?: string; kind?: string };
  source?: { component?: string };
}

const when = (e: EventKind) =>
  e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';

/** Events about one object, newest first, kept live by a watch (the console's events tab). */
export const ResourceEventStream: FC<SDK.ResourceEventStreamProps> = ({ resource }) => {
  const uid = resource?.metadata?.uid;
  const watched = useK8sWatchResource<EventKind[]>(
    uid
      ? {
          groupVersionKind: { version: 'v1', kind: 'Event' },
          isList: true,
          namespace: resource.metadata?.namespace,
          fieldSelector: `involvedObject.uid=${uid}`,
        }
      : null,
  );
  const [events, loaded] = watched;
  const loadError: unknown = watched[2];
  const sorted = useMemo(
    () =>
      (events ?? [])
        .filter((e) => !uid || e.involvedObject?.uid === uid)
        .sort((a, b) => when(b).localeCompare(when(a))),
    [events, uid],
  );
  if (loadError) {
    return (
      <PageSection hasBodyWrapper={false}>
        <Alert isInline variant="danger" title="Could not load events">
          {errorText(loadError)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded) return <Spinner size="lg" aria-label="Loading events" />;
  if (sorted.length === 0) {
    return (
      <EmptyState titleText="No events" headingLevel="h3">
        <EmptyStateBody>Events about this object will appear here as they happen.</EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <PageSection hasBodyWrapper={false} data-test="resource-event-stream">
      <Table aria-label="Events" variant="compact">
        <Thead>
          <Tr>
            <Th>Type</Th>
            <Th>Reason</Th>
            <Th>Message</Th>
            <Th>Count</Th>
            <Th>Last seen</Th>
          </Tr>
        </Thead>
        <Tbody>
          {sorted.map((e) => (
            <Tr key={e.metadata?.uid ?? e.metadata?.name}>
              <Td>
                <GenericStatus
                  title={e.type ?? 'Normal'}
                  Icon={e.type === 'Warning' ? YellowExclamationTriangleIcon : BlueInfoCircleIcon}
                />
              </Td>
              <Td>{e.reason}</Td>
              <Td>{e.message}</Td>
              <Td>{e.count ?? 1}</Td>
              <Td>
                <Timestamp timestamp={when(e)} simple />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </PageSection>
  );
};
