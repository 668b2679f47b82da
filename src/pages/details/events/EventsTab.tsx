import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Content,
  EmptyState,
  EmptyStateBody,
  Label,
  PageSection,
  Skeleton,
  Stack,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import { ApiErrorState } from '../../../components/ApiErrorState';
import type { EventObject } from '../../../hooks/k8s-objects';
import { useStackEvents } from '../../../hooks/useStackEvents';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { eventCount, eventLastSeen } from '../../../tempostack/stack-events';
import { useDetailsContext } from '../DetailsContext';

/** Events are short-lived: the API server keeps them for an hour by default. */
const MAX_SHOWN = 200;

const objectGvk = (event: EventObject) => {
  const apiVersion = event.involvedObject?.apiVersion ?? 'v1';
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return { ...(group ? { group } : {}), version, kind: event.involvedObject?.kind ?? '' };
};

/**
 * Events of the stack and of its objects (workloads, pods, services, PVCs, …), newest first, live,
 * with a switch to show warnings only.
 */
const EventsTab = () => {
  const { t } = useTempoTranslation();
  const { stack } = useDetailsContext();
  const { data, loaded, error } = useStackEvents(stack);
  const [warningsOnly, setWarningsOnly] = useState(false);
  const events = (warningsOnly ? data.filter((e) => e.type === 'Warning') : data).slice(
    0,
    MAX_SHOWN,
  );
  let body;
  if (error) body = <ApiErrorState error={error} title={t('Could not load events')} />;
  else if (!loaded) body = <Skeleton height="10rem" screenreaderText={t('Loading events')} />;
  else if (events.length === 0) {
    body = (
      <EmptyState titleText={t('No events')} headingLevel="h2" data-test="no-events">
        <EmptyStateBody>
          {warningsOnly
            ? t('No warnings about this TempoStack or its objects.')
            : t(
                'No recent events about this TempoStack or its objects. Events are kept for about an hour.',
              )}
        </EmptyStateBody>
      </EmptyState>
    );
  } else {
    body = (
      <Table aria-label={t('Events')} variant="compact" data-test="events">
        <Thead>
          <Tr>
            <Th width={10}>{t('Last seen')}</Th>
            <Th width={10}>{t('Type')}</Th>
            <Th width={10}>{t('Reason')}</Th>
            <Th width={25}>{t('Object')}</Th>
            <Th width={40}>{t('Message')}</Th>
            <Th modifier="fitContent">{t('Count')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {events.map((event, index) => (
            <Tr key={event.metadata?.uid ?? `${event.metadata?.name ?? ''}-${index}`}>
              <Td dataLabel={t('Last seen')}>
                <Timestamp timestamp={eventLastSeen(event)} />
              </Td>
              <Td dataLabel={t('Type')}>
                {event.type === 'Warning' ? (
                  <Label status="warning" icon={<ExclamationTriangleIcon />} isCompact>
                    {t('Warning')}
                  </Label>
                ) : (
                  <Label isCompact>{t('Normal')}</Label>
                )}
              </Td>
              <Td dataLabel={t('Reason')}>{event.reason ?? '-'}</Td>
              <Td dataLabel={t('Object')}>
                <ResourceLink
                  groupVersionKind={objectGvk(event)}
                  name={event.involvedObject?.name}
                  namespace={event.involvedObject?.namespace ?? stack.metadata.namespace}
                />
              </Td>
              <Td dataLabel={t('Message')} modifier="breakWord">
                {event.message ?? ''}
              </Td>
              <Td dataLabel={t('Count')}>{eventCount(event)}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );
  }
  return (
    <PageSection hasBodyWrapper={false} data-test="events-tab">
      <Stack hasGutter>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <ToggleGroup aria-label={t('Event types')}>
                <ToggleGroupItem
                  text={t('All events')}
                  isSelected={!warningsOnly}
                  onChange={() => setWarningsOnly(false)}
                />
                <ToggleGroupItem
                  text={t('Warnings')}
                  isSelected={warningsOnly}
                  onChange={() => setWarningsOnly(true)}
                />
              </ToggleGroup>
            </ToolbarItem>
            <ToolbarItem alignSelf="center">
              <Content component="small">
                {t('Newest first, updated live. Showing up to {{max}}.', { max: MAX_SHOWN })}
              </Content>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {body}
      </Stack>
    </PageSection>
  );
};

export default EventsTab;
