import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  EmptyState,
  SearchInput,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { type FC, useCallback, useMemo, useState } from 'react';

/** Deprecated in 4.22, still offered: a plain (not virtualised) PatternFly table. */
export const VirtualizedTable: SDK.VirtualizedTableFC = ({
  data,
  loaded,
  loadError,
  columns,
  Row,
  rowData,
  NoDataEmptyMsg,
  EmptyMsg,
  ...rest
}) => {
  const activeColumnIDs = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  if (loadError) {
    return (
      <EmptyState titleText="Error loading data" headingLevel="h3">
        {loadError instanceof Error ? loadError.message : String(loadError)}
      </EmptyState>
    );
  }
  if (!loaded) return <Spinner aria-label="Loading" />;
  if (data.length === 0) {
    const Empty = NoDataEmptyMsg ?? EmptyMsg;
    return Empty ? <Empty /> : <EmptyState titleText="No resources found" headingLevel="h3" />;
  }
  return (
    <Table aria-label={rest['aria-label'] ?? rest.label ?? 'Table'} variant="compact">
      <Thead>
        <Tr>
          {columns.map((c) => (
            <Th key={c.id}>{c.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {data.map((obj, index) => (
          <Tr key={index}>
            <Row
              obj={obj}
              rowData={rowData as never}
              activeColumnIDs={activeColumnIDs}
              index={index}
            />
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export const TableData: FC<SDK.TableDataProps> = ({ id, activeColumnIDs, className, children }) =>
  id === '' || activeColumnIDs.has(id) ? (
    <Td className={className} dataLabel={id}>
      {children}
    </Td>
  ) : null;

export const useActiveColumns: SDK.UseActiveColumns = ({ columns }) => [
  columns.filter((c) => !c.additional),
  true,
];

const nameOf = (obj: unknown): string =>
  ((obj as SDK.K8sResourceCommon | undefined)?.metadata?.name ?? '').toLowerCase();

export const ListPageFilter: FC<SDK.ListPageFilterProps> = ({
  onFilterChange,
  nameFilterPlaceholder,
  hideNameLabelFilters,
}) => {
  const [text, setText] = useState('');
  if (hideNameLabelFilters) return null;
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            placeholder={nameFilterPlaceholder ?? 'Filter by name'}
            value={text}
            onChange={(_e, v) => {
              setText(v);
              onFilterChange('name', { selected: [v] });
            }}
            onClear={() => {
              setText('');
              onFilterChange('name', { selected: [] });
            }}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};

/** Name filter plus the row filters' `filter` functions, as the console's deprecated hook. */
export const useListPageFilter: SDK.UseListPageFilter = <D, R>(
  data: D[],
  rowFilters: SDK.AnyRowFilter<R>[] = [],
  staticFilters: Record<string, SDK.FilterValue> = {},
) => {
  const [filters, setFilters] = useState<Record<string, SDK.FilterValue>>(staticFilters);
  const onFilterChange = useCallback<SDK.OnFilterChange>(
    (type, value) => setFilters((f) => ({ ...f, [type]: value })),
    [],
  );
  const filtered = useMemo(() => {
    const name = (filters.name?.selected?.[0] ?? '').toLowerCase();
    return data.filter(
      (d) =>
        (!name || nameOf(d).includes(name)) &&
        rowFilters.every((rf) => {
          const value = filters[rf.type];
          return !value || rf.filter(value, d as unknown as R);
        }),
    );
  }, [data, filters, rowFilters]);
  return [data, filtered, onFilterChange];
};
