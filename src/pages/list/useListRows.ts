import { useMemo, useState } from 'react';
import { createRowCache, filterRows, sortRows } from '../../tempostack/list-filters';
import type { StackListRow } from '../../tempostack/list-filters';
import type { TempoStack } from '../../tempostack/types';
import type { ListState } from './useListState';

/** The rows of the list: all of them, those passing the filters (sorted), and the current page. */
export interface ListRows {
  all: StackListRow[];
  filtered: StackListRow[];
  page: StackListRow[];
  /** The page actually shown (the requested one, clamped to the last page). */
  pageNumber: number;
}

/**
 * Turns the watched stacks into rows (recomputing only stacks whose resource version changed),
 * then filters, sorts and paginates them.
 */
export const useListRows = (stacks: TempoStack[], state: ListState): ListRows => {
  const [cache] = useState(createRowCache);
  const all = useMemo(() => {
    cache.prune(stacks);
    return stacks.map((stack) => cache.rowOf(stack));
  }, [cache, stacks]);
  const filtered = useMemo(
    () =>
      sortRows(
        filterRows(all, { name: state.name, statuses: state.statuses }),
        state.sort,
        state.direction,
      ),
    [all, state.name, state.statuses, state.sort, state.direction],
  );
  const lastPage = Math.max(1, Math.ceil(filtered.length / state.perPage));
  const pageNumber = Math.min(state.page, lastPage);
  const page = useMemo(
    () => filtered.slice((pageNumber - 1) * state.perPage, pageNumber * state.perPage),
    [filtered, pageNumber, state.perPage],
  );
  return { all, filtered, page, pageNumber };
};
