import { Content, Stack } from '@patternfly/react-core';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { formatBytesHuman, toBytes, tryParseQuantity } from '../../../tempostack/quantity';

export interface ResourceValuesProps {
  /** Resource name → value as written (canonical for the allocation). */
  values: Record<string, string>;
  /** Resources whose value differs from the other side. */
  differing?: ReadonlySet<string>;
}

const readableMemory = (value: string): string | undefined => {
  if (!/^\d+$/.test(value)) return undefined;
  const q = tryParseQuantity(value);
  return q ? formatBytesHuman(toBytes(q)) : undefined;
};

/** `cpu 540m`, `memory 257698032 (245.8 MiB)`, one per line; differing values are flagged. */
export const ResourceValues = ({ values, differing }: ResourceValuesProps) => {
  const { t } = useTempoTranslation();
  const names = Object.keys(values).sort();
  if (names.length === 0) return <>{t('None')}</>;
  return (
    <Stack>
      {names.map((name) => {
        const value = values[name];
        const human = name === 'memory' ? readableMemory(value) : undefined;
        const differs = differing?.has(name);
        return (
          <Content component="small" key={name} data-test={`value-${name}`}>
            {differs ? (
              <ExclamationTriangleIcon
                color="var(--pf-t--global--icon--color--status--warning--default)"
                title={t('differs')}
              />
            ) : null}{' '}
            {name} <code>{value}</code>
            {human ? ` (${human})` : null}
          </Content>
        );
      })}
    </Stack>
  );
};
