/** Columns of server-side printing, and the helpers the printers of built-in kinds share. */
import type { KubeObject } from './api';
import { getPath, getRecord, getString, isRecord, type JsonObject, text } from './json-util';
import { formatLabelSelector, fromLabelSelectorObject } from './label-selector';

/** A column: name, type, priority (1 = `-o wide` only) and the cell of an object. */
export interface Column {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  priority?: number;
  format?: string;
  description?: string;
  cell(object: KubeObject, age: (timestamp: string | undefined) => string): unknown;
}

/** The Name column. */
export const name: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
  cell: (o) => o.metadata.name,
};
/** The Age column. */
export const age: Column = {
  name: 'Age',
  type: 'string',
  description:
    'CreationTimestamp is a timestamp representing the server time when this object was created.',
  cell: (o, a) => a(o.metadata.creationTimestamp),
};

export function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(object: unknown, path: string): string {
  const v = getPath(object, path);
  return text(v);
}

export function count(value: unknown): number {
  return isRecord(value) ? Object.keys(value).length : 0;
}

export function podStatus(pod: KubeObject): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const status = getRecord(pod, 'status') ?? {};
  let reason = getString(status, 'reason') ?? getString(status, 'phase') ?? 'Pending';
  for (const cs of list(status.containerStatuses)) {
    const waiting = getString(getPath(cs, 'state.waiting'), 'reason');
    const terminated = getString(getPath(cs, 'state.terminated'), 'reason');
    if (waiting) reason = waiting;
    else if (terminated) reason = terminated;
  }
  return reason;
}

export function selectorText(value: unknown): string {
  const selector =
    isRecord(value) && !('matchLabels' in value) && !('matchExpressions' in value)
      ? Object.entries(value).map(([key, v]) => ({
          key,
          operator: '=' as const,
          values: [String(v)],
        }))
      : fromLabelSelectorObject(value);
  return selector && selector.length ? formatLabelSelector(selector) : '<none>';
}

export function servicePorts(spec: JsonObject | undefined): string {
  const ports = list(spec?.ports).map((p) => {
    const node = getPath(p, 'nodePort');
    return `${str(p, 'port')}${node ? `:${text(node)}` : ''}/${str(p, 'protocol') || 'TCP'}`;
  });
  return ports.length ? ports.join(',') : '<none>';
}

export function condition(object: unknown, type: string): string | undefined {
  const found = list(getPath(object, 'status.conditions')).find(
    (c) => getString(c, 'type') === type,
  );
  return getString(found, 'status');
}
