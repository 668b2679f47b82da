/**
 * `meta.k8s.io/v1` Table responses (server-side printing), for clients that ask with
 * `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`: built-in printers, or a CRD's
 * `additionalPrinterColumns`.
 */
import type { KubeObject } from './api';
import { evaluateJsonPath, printJsonPathValue } from './jsonpath';
import type { ResourceType, VersionSpec } from './resource-type';
import { builtinColumns, type Column } from './table-printers';

/** The Table version the client accepts (`v1`, `v1beta1`), if any. */
export function wantsTable(accept: string | undefined): string | undefined {
  for (const part of (accept ?? '').split(',')) {
    if (/as=Table/.test(part) && /g=meta\.k8s\.io/.test(part))
      return /v=(v1beta1|v1)\b/.exec(part)?.[1] ?? 'v1';
  }
  return undefined;
}

/** `duration.HumanDuration` of Kubernetes. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8)
    return hours % 24 === 0
      ? `${Math.floor(hours / 24)}d`
      : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 365 * 8)
    return days % 365 === 0
      ? `${Math.floor(days / 365)}y`
      : `${Math.floor(days / 365)}y${days % 365}d`;
  return `${Math.floor(days / 365)}y`;
}

function crdColumns(version: VersionSpec): Column[] {
  const columns: Column[] = [
    {
      name: 'Name',
      type: 'string',
      format: 'name',
      description: 'Name must be unique within a namespace.',
      cell: (o) => o.metadata.name,
    },
  ];
  const defined = version.printerColumns ?? [
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ];
  for (const c of defined) {
    columns.push({
      name: c.name,
      type: c.type === 'date' ? 'date' : (c.type as Column['type']),
      priority: c.priority,
      format: c.format,
      description:
        c.description ?? `Custom resource definition column (in JSONPath format): ${c.jsonPath}`,
      cell: (o, age) => {
        const values = evaluateJsonPath(o, c.jsonPath);
        if (!values.length || values[0] === null) return null;
        const v = values[0];
        if (c.type === 'date') return typeof v === 'string' ? age(v) : null;
        if (c.type === 'string') return printJsonPathValue(v);
        if (c.type === 'integer' || c.type === 'number') return typeof v === 'number' ? v : null;
        if (c.type === 'boolean') return typeof v === 'boolean' ? v : null;
        return null;
      },
    });
  }
  return columns;
}

/** Converts objects to a Table. */
export function toTable(
  type: ResourceType,
  version: VersionSpec,
  objects: KubeObject[],
  options: {
    resourceVersion?: string;
    continue?: string;
    remainingItemCount?: number;
    includeObject?: string;
    noHeaders?: boolean;
    now: Date;
    tableVersion?: string;
  },
): Record<string, unknown> {
  const columns = type.crd ? crdColumns(version) : builtinColumns(type.kind);
  const age = (timestamp: string | undefined): string =>
    timestamp ? humanDuration(options.now.getTime() - Date.parse(timestamp)) : '<unknown>';
  const include = options.includeObject ?? 'Metadata';
  const rows = objects.map((o) => ({
    cells: columns.map((c) => c.cell(o, age) ?? null),
    ...(include === 'None'
      ? {}
      : {
          object:
            include === 'Object'
              ? o
              : {
                  kind: 'PartialObjectMetadata',
                  apiVersion: 'meta.k8s.io/v1',
                  metadata: o.metadata,
                },
        }),
  }));
  const metadata: Record<string, unknown> = {};
  if (options.resourceVersion) metadata.resourceVersion = options.resourceVersion;
  if (options.continue) metadata.continue = options.continue;
  if (options.remainingItemCount !== undefined)
    metadata.remainingItemCount = options.remainingItemCount;
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.tableVersion ?? 'v1'}`,
    metadata,
    ...(options.noHeaders
      ? {}
      : {
          columnDefinitions: columns.map((c) => ({
            name: c.name,
            type: c.type,
            format: c.format ?? '',
            description: c.description ?? '',
            priority: c.priority ?? 0,
          })),
        }),
    rows,
  };
}
