import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Content, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useComponentName } from '../../../components/useComponentName';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { DeploymentModel, StatefulSetModel, gvkOf } from '../../../k8s/models';
import type { AllocatedResourceList } from '../../../tempostack/allocation';
import type { ContainerComparison } from '../../../tempostack/allocation-comparison';
import { formatBytesHuman } from '../../../tempostack/quantity';
import { ComparisonStatus } from './ComparisonStatus';
import { ResourceValues } from './ResourceValues';
import { useSourceText } from './useAllocationTexts';

export interface AllocationTableProps {
  /** One comparison per allocated container. */
  comparisons: ContainerComparison[];
  /** The stack's namespace (for workload links). */
  namespace: string;
  /** The stack's `spec.size`, when sizes apply. */
  size?: string;
}

const canonical = (list: AllocatedResourceList): Record<string, string> =>
  Object.fromEntries(
    Object.entries(list).flatMap(([name, amount]) => (amount ? [[name, amount.canonical]] : [])),
  );

const differing = (c: ContainerComparison, list: 'requests' | 'limits') =>
  new Set(c.differences.filter((d) => d.list === list).map((d) => d.resource));

/**
 * Per component and container: the requests and limits the operator allocates (per pod) with
 * their source, next to what the running workload carries, differences flagged.
 */
export const AllocationTable = ({ comparisons, namespace, size }: AllocationTableProps) => {
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  const sourceText = useSourceText(size);
  return (
    <Table aria-label={t('Resources per container')} variant="compact" data-test="allocation">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t('Component')}</Th>
          <Th modifier="wrap">{t('Container')}</Th>
          <Th modifier="wrap">{t('Source')}</Th>
          <Th modifier="wrap">{t('Allocated requests')}</Th>
          <Th modifier="wrap">{t('Allocated limits')}</Th>
          <Th modifier="wrap">{t('Running requests')}</Th>
          <Th modifier="wrap">{t('Running limits')}</Th>
          <Th modifier="wrap">{t('Comparison')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {comparisons.map((c) => {
          const a = c.allocation;
          return (
            <Tr
              key={`${a.component}-${a.container}`}
              data-test={`allocation-${a.component}-${a.container}`}
            >
              <Td dataLabel={t('Component')}>
                <Stack>
                  <span>{componentName(a.component)}</span>
                  <Content component="small">
                    {t('Replicas: {{replicas}}', { replicas: a.replicas })}
                  </Content>
                  {a.workloadName ? (
                    <ResourceLink
                      groupVersionKind={gvkOf(
                        a.workloadKind === 'StatefulSet' ? StatefulSetModel : DeploymentModel,
                      )}
                      name={a.workloadName}
                      namespace={namespace}
                      inline
                    />
                  ) : null}
                </Stack>
              </Td>
              <Td dataLabel={t('Container')}>
                <code>{a.container}</code>
              </Td>
              <Td dataLabel={t('Source')} data-test="source" data-source={a.source}>
                {sourceText(a)}
              </Td>
              <Td dataLabel={t('Allocated requests')} data-test="allocated-requests">
                <ResourceValues values={canonical(a.requests)} />
              </Td>
              <Td dataLabel={t('Allocated limits')} data-test="allocated-limits">
                <ResourceValues values={canonical(a.limits)} />
                {a.gomemlimitBytes !== undefined ? (
                  <Content component="small">
                    {t('GOMEMLIMIT {{value}}', { value: formatBytesHuman(a.gomemlimitBytes) })}
                  </Content>
                ) : null}
              </Td>
              <Td dataLabel={t('Running requests')} data-test="running-requests">
                {c.actual ? (
                  <ResourceValues values={c.actual.requests} differing={differing(c, 'requests')} />
                ) : (
                  '-'
                )}
              </Td>
              <Td dataLabel={t('Running limits')} data-test="running-limits">
                {c.actual ? (
                  <ResourceValues values={c.actual.limits} differing={differing(c, 'limits')} />
                ) : (
                  '-'
                )}
              </Td>
              <Td dataLabel={t('Comparison')}>
                <ComparisonStatus comparison={c} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
