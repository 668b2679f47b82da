/**
 * Server-side printing of built-in kinds (the columns `kubectl get` shows), as the API server's
 * printers define them. Kinds without a printer get Name and Age.
 */
import { age, type Column, name } from './table-cells';
import { otherColumns } from './table-printers-apps';
import { coreColumns } from './table-printers-core';

export type { Column } from './table-cells';

/** The columns of a built-in kind. */
export function builtinColumns(kind: string): Column[] {
  return coreColumns[kind] ?? otherColumns[kind] ?? [name, age];
}
