import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { SORT_COLUMNS, parseStatusFilter } from '../../tempostack/list-filters';
import type { SortColumn, SortDirection } from '../../tempostack/list-filters';
import type { StackState } from '../../tempostack/health';

/** Page sizes the pagination offers. */
export const PER_PAGE_OPTIONS = [20, 50, 100];
const DEFAULT_PER_PAGE = 50;

/** The list's filters, sort and page, kept in the URL so they survive reloads and can be shared. */
export interface ListState {
  name: string;
  statuses: StackState[];
  sort: SortColumn;
  direction: SortDirection;
  page: number;
  perPage: number;
}

const positive = (value: string | null, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * Reads and writes the list state in the URL query (`name`, `status`, `sort`, `direction`,
 * `page`, `perPage`). Changing a filter or the sort goes back to the first page.
 */
export const useListState = (): [ListState, (change: Partial<ListState>) => void] => {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? '';
  // Stable identity while the status filter is unchanged, so paging does not re-filter and re-sort.
  const statuses = useMemo(() => parseStatusFilter(statusParam.split(',')), [statusParam]);
  const state = useMemo((): ListState => {
    const sort = params.get('sort');
    const perPage = positive(params.get('perPage'), DEFAULT_PER_PAGE);
    return {
      name: params.get('name') ?? '',
      statuses,
      sort: SORT_COLUMNS.includes(sort as SortColumn) ? (sort as SortColumn) : 'name',
      direction: params.get('direction') === 'desc' ? 'desc' : 'asc',
      page: positive(params.get('page'), 1),
      perPage: PER_PAGE_OPTIONS.includes(perPage) ? perPage : DEFAULT_PER_PAGE,
    };
  }, [params, statuses]);

  const update = useCallback(
    (change: Partial<ListState>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (key: string, value: string, fallback: string) => {
            if (value === fallback) next.delete(key);
            else next.set(key, value);
          };
          if (change.name !== undefined) set('name', change.name, '');
          if (change.statuses !== undefined) set('status', change.statuses.join(','), '');
          if (change.sort !== undefined) set('sort', change.sort, 'name');
          if (change.direction !== undefined) set('direction', change.direction, 'asc');
          if (change.perPage !== undefined) {
            set('perPage', String(change.perPage), String(DEFAULT_PER_PAGE));
          }
          const resetsPage =
            change.name !== undefined ||
            change.statuses !== undefined ||
            change.sort !== undefined ||
            change.direction !== undefined ||
            change.perPage !== undefined;
          const page = change.page ?? (resetsPage ? 1 : undefined);
          if (page !== undefined) set('page', String(page), '1');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [state, update];
};
