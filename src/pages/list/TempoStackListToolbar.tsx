import {
  Pagination,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarFilter,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { useStackStateName } from '../../components/StackStatusLabel';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { StackState } from '../../tempostack/health';
import { StatusFilter } from './StatusFilter';
import type { ListState } from './useListState';
import { PER_PAGE_OPTIONS } from './useListState';

export interface TempoStackListToolbarProps {
  /** The list's state (filters, page). */
  state: ListState;
  /** The page actually shown. */
  pageNumber: number;
  /** Number of stacks passing the filters. */
  itemCount: number;
  /** Stacks per state, before filtering. */
  counts: Record<StackState, number>;
  /** Changes the state. */
  onChange: (change: Partial<ListState>) => void;
}

/** Name and status filters with their chips, and the pagination. */
export const TempoStackListToolbar = ({
  state,
  pageNumber,
  itemCount,
  counts,
  onChange,
}: TempoStackListToolbarProps) => {
  const { t } = useTempoTranslation();
  const stateName = useStackStateName();
  const statusCategory = t('Status');
  const nameCategory = t('Name');
  return (
    <Toolbar
      id="tempostack-list-toolbar"
      clearAllFilters={() => onChange({ name: '', statuses: [] })}
      clearFiltersButtonText={t('Clear all filters')}
    >
      <ToolbarContent>
        <ToolbarGroup variant="filter-group">
          <ToolbarFilter
            categoryName={nameCategory}
            labels={state.name ? [state.name] : []}
            deleteLabel={() => onChange({ name: '' })}
          >
            <SearchInput
              placeholder={t('Filter by name')}
              aria-label={t('Filter by name')}
              value={state.name}
              onChange={(_event, value) => onChange({ name: value })}
              onClear={() => onChange({ name: '' })}
              data-test="name-filter"
            />
          </ToolbarFilter>
          <ToolbarFilter
            categoryName={statusCategory}
            labels={state.statuses.map((s) => ({ key: s, node: stateName(s) }))}
            deleteLabel={(_category, label) => {
              const key = typeof label === 'string' ? label : label.key;
              onChange({ statuses: state.statuses.filter((s) => s !== key) });
            }}
            deleteLabelGroup={() => onChange({ statuses: [] })}
          >
            <StatusFilter
              selected={state.statuses}
              counts={counts}
              onChange={(statuses) => onChange({ statuses })}
            />
          </ToolbarFilter>
        </ToolbarGroup>
        <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
          <Pagination
            isCompact
            itemCount={itemCount}
            page={pageNumber}
            perPage={state.perPage}
            perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
            onSetPage={(_event, page) => onChange({ page })}
            onPerPageSelect={(_event, perPage) => onChange({ perPage })}
            titles={{ paginationAriaLabel: t('Pagination, top') }}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
