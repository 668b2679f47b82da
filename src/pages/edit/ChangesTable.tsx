import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { formatKeys, type FieldChange } from '../../tempostack/form/edit-patch';
import { jsonEqual } from '../../tempostack/form/object-path';

const MAX_VALUE_LENGTH = 120;

export interface ChangesTableProps {
  /** Changes on the server since the form was opened. */
  serverChanges: readonly FieldChange[];
  /** The user's changes (to show their value where both changed a field). */
  myChanges: readonly FieldChange[];
  /** Server changes that collide with the user's. */
  conflicts: readonly FieldChange[];
}

/** What changed on the server, field by field, with the user's own value where both changed it. */
export const ChangesTable = ({ serverChanges, myChanges, conflicts }: ChangesTableProps) => {
  const { t } = useTempoTranslation();
  const show = (value: unknown): string => {
    if (value === undefined) return t('(not set)');
    const text = JSON.stringify(value);
    return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
  };
  const mineAt = (change: FieldChange): FieldChange | undefined =>
    myChanges.find(
      (mine) =>
        mine.keys.every((key, i) => change.keys[i] === key) ||
        change.keys.every((key, i) => mine.keys[i] === key),
    );
  return (
    <Table aria-label={t('Changes on the server')} variant="compact" data-test="server-changes">
      <Thead>
        <Tr>
          <Th modifier="wrap">{t('Field')}</Th>
          <Th modifier="wrap">{t('When you opened it')}</Th>
          <Th modifier="wrap">{t('Now on the server')}</Th>
          <Th modifier="wrap">{t('Your change')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {serverChanges.map((change) => {
          const conflict = conflicts.some((c) => jsonEqual(c.keys, change.keys));
          const mine = mineAt(change);
          return (
            <Tr
              key={change.keys.join('\u0000')}
              data-test={conflict ? 'server-change-conflict' : 'server-change'}
            >
              <Td dataLabel={t('Field')}>
                <code>{formatKeys(change.keys)}</code>{' '}
                {conflict ? (
                  <Label color="orange" isCompact>
                    {t('Changed by both')}
                  </Label>
                ) : null}
              </Td>
              <Td dataLabel={t('When you opened it')}>{show(change.before)}</Td>
              <Td dataLabel={t('Now on the server')}>{show(change.after)}</Td>
              <Td dataLabel={t('Your change')}>
                {mine
                  ? jsonEqual(mine.keys, change.keys)
                    ? show(mine.after)
                    : `${formatKeys(mine.keys)}: ${show(mine.after)}`
                  : t('None')}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
