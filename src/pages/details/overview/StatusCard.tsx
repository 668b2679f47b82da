import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  Content,
  Flex,
  FlexItem,
  Stack,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { StackStatusLabel } from '../../../components/StackStatusLabel';
import { useStackReasonText } from '../../../components/useStackReasonText';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { useDetailsContext } from '../DetailsContext';
import { AffectedComponents } from './AffectedComponents';
import { ConfigurationErrorAlert } from './ConfigurationErrorAlert';

/** The stack's overall state with its reason, and every condition the operator reports. */
export const StatusCard = () => {
  const { t } = useTempoTranslation();
  const { stack, health } = useDetailsContext();
  const reasonText = useStackReasonText();
  const overall = health.stack;
  // The active condition first, then the most recent.
  const conditions = [...(stack.status?.conditions ?? [])].sort(
    (a, b) =>
      Number(b.status === 'True') - Number(a.status === 'True') ||
      (b.lastTransitionTime ?? '').localeCompare(a.lastTransitionTime ?? ''),
  );
  const reason = reasonText(overall);
  return (
    <Card isFullHeight data-test="status-card">
      <CardTitle component="h2">{t('Status')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <Flex alignItems={{ default: 'alignItemsCenter' }}>
            <FlexItem>
              <StackStatusLabel health={overall} hasTooltip={false} />
            </FlexItem>
            <FlexItem>
              <Content component="p" data-test="status-reason">
                {reason}
              </Content>
            </FlexItem>
          </Flex>
          <AffectedComponents
            components={health.components.filter((c) =>
              overall.affectedComponents.includes(c.component),
            )}
          />
          {overall.state === 'ConfigurationError' && overall.activeCondition ? (
            <ConfigurationErrorAlert
              stack={stack}
              condition={overall.activeCondition}
              title={reason}
            />
          ) : null}
          {overall.state === 'Failed' && overall.activeCondition?.message ? (
            <Alert variant="danger" isInline title={reason}>
              <code>{overall.activeCondition.message}</code>
            </Alert>
          ) : null}
          {conditions.length > 0 ? (
            <Table aria-label={t('Conditions')} variant="compact" data-test="conditions">
              <Thead>
                <Tr>
                  <Th>{t('Type')}</Th>
                  <Th>{t('Status')}</Th>
                  <Th>{t('Reason')}</Th>
                  <Th>{t('Message')}</Th>
                  <Th>{t('Updated')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {conditions.map((condition) => (
                  <Tr key={condition.type} isRowSelected={condition.status === 'True'}>
                    <Td dataLabel={t('Type')}>{condition.type}</Td>
                    <Td dataLabel={t('Status')}>{condition.status}</Td>
                    <Td dataLabel={t('Reason')}>{condition.reason}</Td>
                    <Td dataLabel={t('Message')} modifier="breakWord">
                      {condition.message || '-'}
                    </Td>
                    <Td dataLabel={t('Updated')}>
                      <Timestamp timestamp={condition.lastTransitionTime} />
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : (
            <Content component="p">{t('The operator has not reported any condition yet.')}</Content>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};
