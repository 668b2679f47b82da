import { Alert, Card, CardBody, CardTitle, Content, Stack } from '@patternfly/react-core';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { ResourceShares } from '../../../tempostack/allocation-shares';
import type { Component } from '../../../tempostack/types';
import { COMPONENTS } from '../../../tempostack/types';
import { ShareBar, ShareLegend, formatAmount } from './ShareBar';

export interface SharesCardProps {
  /** CPU and memory shares. */
  shares: ResourceShares[];
}

/** Each component's share of the stack's CPU and memory, flagging a sum above the total. */
export const SharesCard = ({ shares }: SharesCardProps) => {
  const { t } = useTempoTranslation();
  const [cpu, memory] = shares;
  const present = new Set<Component>(shares.flatMap((s) => s.shares.map((c) => c.component)));
  const components = COMPONENTS.filter((c) => present.has(c));
  const exceeded = shares.filter((s) => s.exceedsTotal);
  const basis = cpu.basis === 'none' ? memory.basis : cpu.basis;
  return (
    <Card data-test="shares-card">
      <CardTitle component="h2">{t('Share of the stack by component')}</CardTitle>
      <CardBody>
        {basis === 'none' ? (
          <Content component="p">
            {t('No component has requests or limits: the pods run without resource settings.')}
          </Content>
        ) : (
          <Stack hasGutter>
            <Content component="small">
              {basis === 'total'
                ? t(
                    'Limits of each component (per pod × replicas) against spec.resources.total.limits.',
                  )
                : basis === 'limits'
                  ? t(
                      'Limits of each component (per pod × replicas) against the sum of all limits.',
                    )
                  : t(
                      'Requests of each component (per pod × replicas) against the sum of all requests; this sizing sets no limits.',
                    )}
            </Content>
            {exceeded.length > 0 ? (
              <Alert
                variant="warning"
                isInline
                title={t('The components get more than the total: {{amounts}}', {
                  amounts: exceeded
                    .map((s) =>
                      s.resource === 'cpu'
                        ? t('CPU {{sum}} of {{total}}', {
                            sum: formatAmount('cpu', s.sum),
                            total: formatAmount('cpu', s.base),
                          })
                        : t('memory {{sum}} of {{total}}', {
                            sum: formatAmount('memory', s.sum),
                            total: formatAmount('memory', s.base),
                          }),
                    )
                    .join(', '),
                })}
                data-test="exceeds-total"
              >
                {t(
                  'The operator counts the query-frontend share twice when the Jaeger UI is enabled, and per-component resources replace the split: both can add up to more than the total. The red marker shows where the total ends.',
                )}
              </Alert>
            ) : null}
            {cpu.basis !== 'none' ? <ShareBar shares={cpu} title={t('CPU')} /> : null}
            {memory.basis !== 'none' ? <ShareBar shares={memory} title={t('Memory')} /> : null}
            <ShareLegend components={components} />
          </Stack>
        )}
      </CardBody>
    </Card>
  );
};
