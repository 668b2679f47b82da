import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  Content,
  PageSection,
  Skeleton,
  Stack,
} from '@patternfly/react-core';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/ApiErrorState';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { computeAllocation } from '../../../tempostack/allocation';
import { compareAllocation } from '../../../tempostack/allocation-comparison';
import { allocationShares } from '../../../tempostack/allocation-shares';
import { useDetailsContext } from '../DetailsContext';
import { AllocationTable } from './AllocationTable';
import { SharesCard } from './SharesCard';
import { StorageCard } from './StorageCard';
import { useFindingText } from './useAllocationTexts';

/**
 * The resources tab: each component's share of CPU and memory, the operator's allocation per
 * container (computed by the domain core exactly as the operator does) next to what the running
 * workloads carry, and the storage.
 */
const ResourcesTab = () => {
  const { t } = useTempoTranslation();
  const findingText = useFindingText();
  const { stack, objects } = useDetailsContext();
  const allocation = useMemo(() => computeAllocation(stack), [stack]);
  const shares = useMemo(() => allocationShares(stack, allocation), [stack, allocation]);
  const comparisons = useMemo(
    () =>
      compareAllocation(
        allocation,
        objects.data.workloads,
        objects.data.pods,
        stack.metadata.name ?? '',
      ),
    [allocation, objects.data.workloads, objects.data.pods, stack.metadata.name],
  );
  const findings = allocation.summary.findings
    .map(findingText)
    .filter((text): text is string => !!text);
  const differing = comparisons.filter((c) => c.status === 'differs').length;
  return (
    <PageSection hasBodyWrapper={false} variant="secondary" data-test="resources-tab">
      <Stack hasGutter>
        <SharesCard shares={shares} />
        <Card data-test="allocation-card">
          <CardTitle component="h2">{t('Requests and limits per container')}</CardTitle>
          <CardBody>
            <Stack hasGutter>
              <Content component="small">
                {t(
                  'Per pod, as Tempo Operator {{version}} allocates them, next to what the running workloads carry.',
                  { version: allocation.operatorVersion },
                )}
              </Content>
              {findings.map((text) => (
                <Alert key={text} variant="info" isInline isPlain title={text} />
              ))}
              {objects.error ? (
                <ApiErrorAlert error={objects.error} title={t('Could not load the workloads')} />
              ) : null}
              {differing > 0 ? (
                <Alert
                  variant="warning"
                  isInline
                  data-test="differs-alert"
                  title={t(
                    'Containers running with other resources than the operator allocates: {{number}}',
                    { number: differing },
                  )}
                >
                  {t(
                    'Someone changed the workload, or the operator has not reconciled it yet. A managed stack is put back on its next reconcile.',
                  )}
                </Alert>
              ) : null}
              {objects.loaded ? (
                <AllocationTable
                  comparisons={comparisons}
                  namespace={stack.metadata.namespace ?? ''}
                  size={stack.spec.size}
                />
              ) : (
                <Skeleton height="10rem" screenreaderText={t('Loading workloads')} />
              )}
            </Stack>
          </CardBody>
        </Card>
        <StorageCard />
      </Stack>
    </PageSection>
  );
};

export default ResourcesTab;
