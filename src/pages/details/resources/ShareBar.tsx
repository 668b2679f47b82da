import { Content, Flex, FlexItem, Stack } from '@patternfly/react-core';
import { useId } from 'react';
import { useComponentName } from '../../../components/useComponentName';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { ResourceShares } from '../../../tempostack/allocation-shares';
import { formatBytesHuman, formatCpu, quantityFromMillis } from '../../../tempostack/quantity';
import type { Component } from '../../../tempostack/types';

/**
 * PatternFly chart colour tokens, one per component (same order in every chart and legend), with
 * the palette's mid tones as fallback where a console does not load the chart tokens.
 */
const chartColor = (color: string) =>
  `var(--pf-t--chart--color--${color}--300, var(--pf-t--color--${color}--40))`;

export const COMPONENT_COLORS: Record<Component, string> = {
  distributor: chartColor('blue'),
  ingester: chartColor('green'),
  querier: chartColor('teal'),
  'query-frontend': chartColor('purple'),
  compactor: chartColor('orange'),
  gateway: chartColor('yellow'),
  'metrics-generator': chartColor('red-orange'),
};
/** Separates segments in both themes. */
const GAP_COLOR = 'var(--pf-t--global--background--color--primary--default)';
const FREE_COLOR = 'var(--pf-t--global--border--color--default)';
const OVER_COLOR = 'var(--pf-t--global--color--status--danger--default)';

/** An amount in the resource's usual unit: `540m` CPU, `245.8 MiB`. */
export const formatAmount = (resource: ResourceShares['resource'], amount: bigint): string =>
  resource === 'cpu'
    ? formatCpu(quantityFromMillis(amount, 'DecimalSI'))
    : formatBytesHuman(amount);

export interface ShareBarProps {
  /** The shares of one resource. */
  shares: ResourceShares;
  /** The bar's name, e.g. "CPU". */
  title: string;
}

/**
 * One stacked horizontal bar: each component's share of the resource, the unallocated rest of the
 * total, and a danger marker at 100 % when the components add up to more than the total. A small
 * accessible SVG (role img, title and description); the allocation table is the full data.
 */
export const ShareBar = ({ shares, title }: ShareBarProps) => {
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  const id = useId();
  const scale = shares.exceedsTotal ? shares.sum : shares.base;
  const width = (amount: bigint) => (scale === 0n ? 0 : Number((amount * 100_000n) / scale) / 1000);
  const description = shares.shares
    .map((s) =>
      t('{{component}} {{percent}} %', {
        component: componentName(s.component),
        percent: s.percent,
      }),
    )
    .join(', ');
  const segments = shares.shares.reduce<
    (ResourceShares['shares'][number] & { x: number; width: number })[]
  >((list, s) => {
    const previous = list[list.length - 1];
    return [
      ...list,
      { ...s, x: previous ? previous.x + previous.width : 0, width: width(s.amount) },
    ];
  }, []);
  const totalX = shares.exceedsTotal ? width(shares.base) : 100;
  return (
    <Stack data-test={`share-bar-${shares.resource}`}>
      <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
        <FlexItem>
          <Content component="p">
            <strong>{title}</strong>
          </Content>
        </FlexItem>
        <FlexItem>
          <Content component="small" data-test="share-sum">
            {shares.basis === 'total'
              ? t('{{sum}} of {{total}} total ({{percent}} %)', {
                  sum: formatAmount(shares.resource, shares.sum),
                  total: formatAmount(shares.resource, shares.base),
                  percent: shares.sumPercent,
                })
              : t('{{sum}} in all', { sum: formatAmount(shares.resource, shares.sum) })}
          </Content>
        </FlexItem>
      </Flex>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        width="100%"
        height="24"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x={0} y={0} width={100} height={6} style={{ fill: FREE_COLOR }} />
        {segments.map((s) => (
          <rect
            key={s.component}
            x={s.x}
            y={0}
            width={s.width}
            height={6}
            style={{ fill: COMPONENT_COLORS[s.component], stroke: GAP_COLOR }}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          >
            <title>
              {t('{{component}}: {{amount}} ({{percent}} %)', {
                component: componentName(s.component),
                amount: formatAmount(shares.resource, s.amount),
                percent: s.percent,
              })}
            </title>
          </rect>
        ))}
        {shares.exceedsTotal ? (
          <rect
            x={Math.max(0, totalX - 0.3)}
            y={0}
            width={0.6}
            height={6}
            style={{ fill: OVER_COLOR }}
          />
        ) : null}
      </svg>
    </Stack>
  );
};

export interface ShareLegendProps {
  /** Components to list, with their colours. */
  components: Component[];
}

/** The colour of each component in the bars. */
export const ShareLegend = ({ components }: ShareLegendProps) => {
  const componentName = useComponentName();
  return (
    <Flex spaceItems={{ default: 'spaceItemsLg' }} data-test="share-legend">
      {components.map((component) => (
        <Flex
          key={component}
          spaceItems={{ default: 'spaceItemsXs' }}
          alignItems={{ default: 'alignItemsCenter' }}
        >
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <rect width="12" height="12" style={{ fill: COMPONENT_COLORS[component] }} />
          </svg>
          <Content component="small">{componentName(component)}</Content>
        </Flex>
      ))}
    </Flex>
  );
};
