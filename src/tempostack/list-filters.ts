/**
 * The TempoStack list page's row model, filters and sort orders. A row is computed from the
 * TempoStack alone (its `status`), never from its pods, so the list stays cheap at 1,000 stacks.
 */
import { enabledComponents } from './effective-spec';
import { componentHealth, componentsReadyCount, stackHealth } from './health';
import type { StackHealth, StackState } from './health';
import { sizingSortKey, stackSizing } from './stack-sizing';
import type { StackSizing } from './stack-sizing';
import type { StorageType, TempoStack } from './types';

/** The states the status filter offers, in the order it lists them. */
export const STATUS_FILTER_VALUES: readonly StackState[] = [
  'Ready',
  'Pending',
  'Degraded',
  'Failed',
  'ConfigurationError',
  'Unknown',
];

/** One row of the list. */
export interface StackListRow {
  /** `namespace/name`: unique in the list. */
  key: string;
  name: string;
  namespace: string;
  health: StackHealth;
  componentsReady: number;
  componentsTotal: number;
  storageType?: StorageType;
  storageSecret?: string;
  sizing: StackSizing;
  creationTimestamp?: string;
  stack: TempoStack;
}

/** The row of a stack: status from its conditions and `status.components`, no pods needed. */
export function toListRow(stack: TempoStack): StackListRow {
  const name = stack.metadata.name ?? '';
  const namespace = stack.metadata.namespace ?? '';
  const components = enabledComponents(stack).map((c) => componentHealth(stack, c, [], []));
  const { ready, total } = componentsReadyCount(stack);
  const secret = stack.spec?.storage?.secret;
  return {
    key: `${namespace}/${name}`,
    name,
    namespace,
    health: stackHealth(stack, components),
    componentsReady: ready,
    componentsTotal: total,
    ...(secret?.type ? { storageType: secret.type } : {}),
    ...(secret?.name ? { storageSecret: secret.name } : {}),
    sizing: stackSizing(stack),
    ...(stack.metadata.creationTimestamp
      ? { creationTimestamp: stack.metadata.creationTimestamp }
      : {}),
    stack,
  };
}

/**
 * A memoising {@link toListRow}: a stack whose `uid` and `resourceVersion` are unchanged keeps its
 * row (watch updates re-send every stack; only changed ones are recomputed). Rows of stacks no
 * longer passed are dropped on the next call to `prune`.
 */
export function createRowCache(): {
  rowOf: (stack: TempoStack) => StackListRow;
  prune: (stacks: readonly TempoStack[]) => void;
} {
  const rows = new Map<string, { version: string; row: StackListRow }>();
  const idOf = (stack: TempoStack) =>
    stack.metadata.uid ?? `${stack.metadata.namespace ?? ''}/${stack.metadata.name ?? ''}`;
  return {
    rowOf(stack) {
      const id = idOf(stack);
      const version = stack.metadata.resourceVersion ?? '';
      const cached = rows.get(id);
      if (cached && version !== '' && cached.version === version) return cached.row;
      const row = toListRow(stack);
      rows.set(id, { version, row });
      return row;
    },
    prune(stacks) {
      const live = new Set(stacks.map(idOf));
      for (const id of rows.keys()) if (!live.has(id)) rows.delete(id);
    },
  };
}

/** The list's filters: a name fragment (case-insensitive) and the states to show (all if empty). */
export interface ListFilters {
  name: string;
  statuses: readonly StackState[];
}

/** Rows that pass the filters. */
export function filterRows(rows: readonly StackListRow[], filters: ListFilters): StackListRow[] {
  const fragment = filters.name.trim().toLowerCase();
  const statuses = new Set(filters.statuses);
  return rows.filter(
    (row) =>
      (fragment === '' || row.name.toLowerCase().includes(fragment)) &&
      (statuses.size === 0 || statuses.has(row.health.state)),
  );
}

/** Keeps the known states of a list of strings (from a URL), in filter order, without duplicates. */
export function parseStatusFilter(values: readonly string[]): StackState[] {
  return STATUS_FILTER_VALUES.filter((state) => values.includes(state));
}

/** Number of rows per state (for the filter's badges). */
export function countByState(rows: readonly StackListRow[]): Record<StackState, number> {
  const counts = Object.fromEntries(STATUS_FILTER_VALUES.map((s) => [s, 0])) as Record<
    StackState,
    number
  >;
  for (const row of rows) counts[row.health.state] += 1;
  return counts;
}

/** Sortable columns. */
export type SortColumn =
  'name' | 'namespace' | 'status' | 'components' | 'storage' | 'sizing' | 'created';
export const SORT_COLUMNS: readonly SortColumn[] = [
  'name',
  'namespace',
  'status',
  'components',
  'storage',
  'sizing',
  'created',
];
export type SortDirection = 'asc' | 'desc';

/** Severity rank of a state: ascending order puts healthy stacks first. */
const STATE_RANK: Record<StackState, number> = {
  Ready: 0,
  Pending: 1,
  Unknown: 2,
  Degraded: 3,
  ConfigurationError: 4,
  Failed: 5,
};

/** One collator for every comparison (`localeCompare` with options builds one per call). */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const compareText = (a: string, b: string): number => collator.compare(a, b);

const compareTuples = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
};

const readyRatio = (row: StackListRow): number =>
  row.componentsTotal === 0 ? 0 : row.componentsReady / row.componentsTotal;

const COMPARATORS: Record<SortColumn, (a: StackListRow, b: StackListRow) => number> = {
  name: (a, b) => compareText(a.name, b.name),
  namespace: (a, b) => compareText(a.namespace, b.namespace),
  status: (a, b) => STATE_RANK[a.health.state] - STATE_RANK[b.health.state],
  components: (a, b) => readyRatio(a) - readyRatio(b) || a.componentsTotal - b.componentsTotal,
  storage: (a, b) =>
    compareText(a.storageType ?? '', b.storageType ?? '') ||
    compareText(a.storageSecret ?? '', b.storageSecret ?? ''),
  sizing: (a, b) => compareTuples(sizingSortKey(a.sizing), sizingSortKey(b.sizing)),
  created: (a, b) => compareText(a.creationTimestamp ?? '', b.creationTimestamp ?? ''),
};

/**
 * Rows sorted by a column; ties fall back to namespace, then name (ascending), so the order is
 * stable across watch updates. ISO timestamps sort as text.
 */
export function sortRows(
  rows: readonly StackListRow[],
  column: SortColumn,
  direction: SortDirection,
): StackListRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = COMPARATORS[column];
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b) || compareText(a.namespace, b.namespace) || compareText(a.name, b.name),
  );
}
