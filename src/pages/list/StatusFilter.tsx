import { Badge, MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import FilterIcon from '@patternfly/react-icons/dist/esm/icons/filter-icon';
import { useState } from 'react';
import { useStackStateName } from '../../components/StackStatusLabel';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { StackState } from '../../tempostack/health';
import { STATUS_FILTER_VALUES } from '../../tempostack/list-filters';

export interface StatusFilterProps {
  /** The selected states. */
  selected: readonly StackState[];
  /** How many stacks are in each state (before filtering). */
  counts: Record<StackState, number>;
  /** Called with the new selection. */
  onChange: (selected: StackState[]) => void;
}

/** A checkbox select of stack states, with the number of stacks in each. */
export const StatusFilter = ({ selected, counts, onChange }: StatusFilterProps) => {
  const { t } = useTempoTranslation();
  const stateName = useStackStateName();
  const [isOpen, setOpen] = useState(false);
  const toggle = (state: StackState) =>
    onChange(
      selected.includes(state)
        ? selected.filter((s) => s !== state)
        : STATUS_FILTER_VALUES.filter((s) => s === state || selected.includes(s)),
    );
  return (
    <Select
      role="menu"
      isOpen={isOpen}
      onOpenChange={setOpen}
      onSelect={(_event, value) => toggle(value as StackState)}
      selected={selected}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          icon={<FilterIcon />}
          isExpanded={isOpen}
          onClick={() => setOpen(!isOpen)}
          badge={selected.length > 0 ? <Badge isRead>{selected.length}</Badge> : undefined}
          aria-label={t('Filter by status')}
          data-test="status-filter"
        >
          {t('Status')}
        </MenuToggle>
      )}
    >
      <SelectList aria-label={t('Status')}>
        {STATUS_FILTER_VALUES.map((state) => (
          <SelectOption
            key={state}
            value={state}
            hasCheckbox
            isSelected={selected.includes(state)}
            data-test={`status-filter-${state}`}
          >
            {stateName(state)} <Badge isRead>{counts[state]}</Badge>
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
};
