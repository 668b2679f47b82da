import { Content, Label, Stack } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import UnknownIcon from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { ContainerComparison } from '../../../tempostack/allocation-comparison';

/** Whether a container runs with what the operator allocates, and what differs. */
export const ComparisonStatus = ({ comparison }: { comparison: ContainerComparison }) => {
  const { t } = useTempoTranslation();
  const { status, differences, podsDiffering } = comparison;
  let label;
  if (status === 'match') {
    label = (
      <Label status="success" icon={<CheckCircleIcon />} isCompact>
        {t('Matches')}
      </Label>
    );
  } else if (status === 'differs') {
    label = (
      <Label status="warning" icon={<ExclamationTriangleIcon />} isCompact>
        {t('Differs')}
      </Label>
    );
  } else {
    label = (
      <Label color="grey" icon={<UnknownIcon />} isCompact>
        {status === 'workloadMissing' ? t('Workload not found') : t('Container not found')}
      </Label>
    );
  }
  return (
    <Stack data-test="comparison" data-status={status}>
      <span>{label}</span>
      {differences.map((d) => (
        <Content component="small" key={`${d.list}-${d.resource}`}>
          {d.list === 'requests'
            ? t('request {{resource}}: {{actual}} instead of {{allocated}}', {
                resource: d.resource,
                actual: d.actual ?? t('none'),
                allocated: d.allocated ?? t('none'),
              })
            : t('limit {{resource}}: {{actual}} instead of {{allocated}}', {
                resource: d.resource,
                actual: d.actual ?? t('none'),
                allocated: d.allocated ?? t('none'),
              })}
        </Content>
      ))}
      {podsDiffering.length > 0 ? (
        <Content component="small">
          {t('Pods still running with other resources: {{pods}}', {
            pods: podsDiffering.join(', '),
          })}
        </Content>
      ) : null}
    </Stack>
  );
};
