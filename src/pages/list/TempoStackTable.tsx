import { Table, Tbody, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import type { ManagedRoutes } from '../../hooks/useManagedRoutes';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { SortColumn, StackListRow } from '../../tempostack/list-filters';
import { TempoStackRow } from './TempoStackRow';
import type { ListState } from './useListState';

export interface TempoStackTableProps {
  /** The rows of the current page. */
  rows: StackListRow[];
  /** Show the namespace column. */
  showNamespace: boolean;
  /** The operator's Routes and Ingresses, for the Jaeger UI column. */
  routes: ManagedRoutes;
  /** The sort. */
  state: Pick<ListState, 'sort' | 'direction'>;
  /** Changes the sort. */
  onSort: (sort: SortColumn, direction: ListState['direction']) => void;
}

/** The TempoStacks of one page in a sortable PatternFly table. */
export const TempoStackTable = ({
  rows,
  showNamespace,
  routes,
  state,
  onSort,
}: TempoStackTableProps) => {
  const { t } = useTempoTranslation();
  const columns: {
    id: SortColumn | 'jaeger';
    title: string;
    sortable: boolean;
    width: ThProps['width'];
  }[] = [
    { id: 'name', title: t('Name'), sortable: true, width: 15 },
    ...(showNamespace
      ? [{ id: 'namespace' as const, title: t('Namespace'), sortable: true, width: 15 as const }]
      : []),
    { id: 'status', title: t('Status'), sortable: true, width: 10 },
    { id: 'components', title: t('Components ready'), sortable: true, width: 10 },
    { id: 'storage', title: t('Storage'), sortable: true, width: 10 },
    { id: 'sizing', title: t('Resources'), sortable: true, width: 15 },
    { id: 'jaeger', title: t('Jaeger UI'), sortable: false, width: 10 },
    { id: 'created', title: t('Created'), sortable: true, width: 10 },
  ];
  const sortable = columns.filter((c) => c.sortable).map((c) => c.id);
  const sortProps = (id: SortColumn): ThProps['sort'] => ({
    sortBy: {
      index: sortable.indexOf(state.sort),
      direction: state.direction,
      defaultDirection: 'asc',
    },
    onSort: (_event, _index, direction) => onSort(id, direction),
    columnIndex: sortable.indexOf(id),
  });
  return (
    <Table aria-label={t('TempoStacks')} variant="compact" data-test="tempostack-table">
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th
              key={column.id}
              width={column.width}
              modifier="wrap"
              {...(column.sortable && column.id !== 'jaeger' ? { sort: sortProps(column.id) } : {})}
            >
              {column.title}
            </Th>
          ))}
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <TempoStackRow key={row.key} row={row} showNamespace={showNamespace} routes={routes} />
        ))}
      </Tbody>
    </Table>
  );
};
