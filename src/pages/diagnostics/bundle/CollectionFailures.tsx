import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { CollectionFailure } from '../../../tempostack/must-gather/bundle-types';
import { useCollectionText } from './useCollectionText';

export interface CollectionFailuresProps {
  failures: readonly CollectionFailure[];
}

/** What could not be collected: what, the HTTP status and the API server's answer. */
export const CollectionFailures = ({ failures }: CollectionFailuresProps) => {
  const { t } = useTempoTranslation();
  const text = useCollectionText();
  return (
    <Table aria-label={t('Parts not collected')} variant="compact" data-test="bundle-failures">
      <Thead>
        <Tr>
          <Th>{t('What')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Reason')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {failures.map((failure, i) => (
          <Tr key={`${failure.request ?? ''}-${i}`}>
            <Td dataLabel={t('What')}>{text.part(failure.target)}</Td>
            <Td dataLabel={t('Status')}>{failure.status ?? '-'}</Td>
            <Td dataLabel={t('Reason')} modifier="breakWord">
              {failure.reason}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
