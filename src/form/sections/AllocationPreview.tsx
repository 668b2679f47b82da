import { Content, Progress, ProgressMeasureLocation } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useComponentName } from '../../components/useComponentName';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { AllocatedAmount, Allocation, SplitResource } from '../../tempostack/allocation';
import { formatBytesHuman, formatCpu, toBytes, type Quantity } from '../../tempostack/quantity';

export interface AllocationPreviewProps {
  /** The operator's allocation for the effective stack (`computeAllocation`). */
  allocation: Allocation;
  /** `spec.resources.total.limits` when the total is used: the bars show shares of it. */
  total: Readonly<Partial<Record<SplitResource, Quantity>>>;
}

const percent = (part: Quantity | undefined, whole: Quantity | undefined): number =>
  part && whole && whole.nanoUnits > 0n
    ? Number((part.nanoUnits * 10000n) / whole.nanoUnits) / 100
    : 0;

const cpuText = (amount: AllocatedAmount | undefined): string =>
  amount ? formatCpu(amount.quantity) : '—';
const memoryText = (amount: AllocatedAmount | undefined): string =>
  amount ? formatBytesHuman(toBytes(amount.quantity)) : '—';

/**
 * Every container's requests and limits as the operator will set them (per pod), where they come
 * from, and a bar chart of each component's share of the limits (of the total when one is set).
 */
export const AllocationPreview = ({ allocation, total }: AllocationPreviewProps) => {
  const hasTotal = allocation.summary.table !== null;
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  const { summary } = allocation;
  const sourceText = {
    override: t('Per-component'),
    size: t('Size'),
    total: t('Share of total'),
    none: t('None'),
  };
  const shareOf = (resource: SplitResource, part: AllocatedAmount | undefined): number =>
    Math.min(
      100,
      percent(part?.quantity, total[resource] ?? summary.limitsSum[resource]?.quantity),
    );
  const bar = (
    resource: SplitResource,
    part: AllocatedAmount | undefined,
    label: string,
    title: string,
  ) => (
    <Progress
      value={shareOf(resource, part)}
      title={title}
      aria-label={label}
      measureLocation={ProgressMeasureLocation.outside}
      size="sm"
    />
  );
  return (
    <div data-test="allocation-preview">
      <Content component="p">
        {summary.findings.some((f) => f.code === 'noResources')
          ? t('No container gets requests or limits.')
          : hasTotal
            ? t(
                'Limits add up to {{cpu}} CPU ({{cpuPercent}}% of the total) and {{memory}} ({{memoryPercent}}% of the total).',
                {
                  cpu: cpuText(summary.limitsSum.cpu),
                  memory: memoryText(summary.limitsSum.memory),
                  cpuPercent: summary.limitsPercentOfTotal.cpu ?? 0,
                  memoryPercent: summary.limitsPercentOfTotal.memory ?? 0,
                },
              )
            : t(
                'Limits add up to {{cpu}} CPU and {{memory}}; requests to {{cpuRequests}} CPU and {{memoryRequests}}.',
                {
                  cpu: cpuText(summary.limitsSum.cpu),
                  memory: memoryText(summary.limitsSum.memory),
                  cpuRequests: cpuText(summary.requestsSum.cpu),
                  memoryRequests: memoryText(summary.requestsSum.memory),
                },
              )}
      </Content>
      <Table aria-label={t('Resources per container')} variant="compact">
        <Thead>
          <Tr>
            <Th modifier="wrap">{t('Container')}</Th>
            <Th modifier="wrap">{t('From')}</Th>
            <Th modifier="wrap">{t('CPU per pod (request / limit)')}</Th>
            <Th modifier="wrap">{t('Memory per pod (request / limit)')}</Th>
            <Th modifier="wrap" width={25}>
              {hasTotal ? t('Share of the total limits') : t('Share of all limits')}
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {allocation.containers.map((container) => {
            const key = `${container.component}/${container.container}`;
            const name = componentName(container.component);
            return (
              <Tr key={key} data-test={`allocation-${key}`}>
                <Td dataLabel={t('Container')}>
                  {name}
                  <div>
                    <small>
                      {t('{{container}} × {{replicas}}', {
                        container: container.container,
                        replicas: container.replicas,
                      })}
                    </small>
                  </div>
                </Td>
                <Td dataLabel={t('From')}>{sourceText[container.source]}</Td>
                <Td dataLabel={t('CPU per pod (request / limit)')}>
                  {cpuText(container.requests.cpu)} / {cpuText(container.limits.cpu)}
                </Td>
                <Td dataLabel={t('Memory per pod (request / limit)')}>
                  {memoryText(container.requests.memory)} / {memoryText(container.limits.memory)}
                </Td>
                <Td
                  dataLabel={hasTotal ? t('Share of the total limits') : t('Share of all limits')}
                >
                  {bar(
                    'cpu',
                    container.componentLimits.cpu,
                    t('CPU of {{name}} {{container}}', { name, container: container.container }),
                    t('CPU'),
                  )}
                  {bar(
                    'memory',
                    container.componentLimits.memory,
                    t('Memory of {{name}} {{container}}', { name, container: container.container }),
                    t('Memory'),
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </div>
  );
};
