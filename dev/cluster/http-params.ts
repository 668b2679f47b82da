/** Query parameters and option bodies of write requests: `dryRun`, `fieldValidation`, patch types, DeleteOptions. */
import type { DeleteOptions } from './api';
import { badRequest, unsupportedMediaType } from './errors';
import { boolParam, mediaType } from './http-util';
import { isRecord } from './json-util';
import type { FieldValidation } from './object-pipeline';
import type { AnyPatchType } from './update';

const patchTypes: Record<string, AnyPatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

/** The patch type of a `Content-Type`; 415 for others. */
export function patchTypeOf(contentType: string | undefined): AnyPatchType {
  const type = patchTypes[mediaType(contentType)];
  if (!type) throw unsupportedMediaType(Object.keys(patchTypes));
  return type;
}

/** `dryRun=All` (query, or DeleteOptions body); 400 for other values. */
export function dryRunParam(query: URLSearchParams, body?: unknown): boolean {
  const values = query.getAll('dryRun');
  if (isRecord(body) && Array.isArray(body.dryRun)) values.push(...body.dryRun.map(String));
  for (const v of values) {
    if (v !== 'All')
      throw badRequest(`Invalid dryRun value: ${JSON.stringify(v)}, supported values: All`);
  }
  return values.length > 0;
}

/** `fieldValidation` (Strict, Warn, Ignore). */
export function fieldValidationParam(query: URLSearchParams): FieldValidation | undefined {
  const v = query.get('fieldValidation');
  if (v === null || v === '') return undefined;
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v;
  throw badRequest(
    `fieldValidation must be one of "Ignore", "Warn", or "Strict", got ${JSON.stringify(v)}`,
  );
}

/** DeleteOptions from the query and the body. */
export function deleteOptionsOf(
  query: URLSearchParams,
  body: unknown,
): DeleteOptions & { orphanDependents?: boolean } {
  const b = isRecord(body) ? body : {};
  const policy =
    query.get('propagationPolicy') ??
    (typeof b.propagationPolicy === 'string' ? b.propagationPolicy : undefined);
  if (
    policy !== undefined &&
    policy !== 'Foreground' &&
    policy !== 'Background' &&
    policy !== 'Orphan'
  ) {
    throw badRequest(
      `propagationPolicy: Unsupported value: ${JSON.stringify(policy)}: supported values: "Foreground", "Background", "Orphan"`,
    );
  }
  const pre = isRecord(b.preconditions) ? b.preconditions : {};
  return {
    dryRun: dryRunParam(query, b),
    propagationPolicy: policy,
    orphanDependents: query.has('orphanDependents')
      ? boolParam(query, 'orphanDependents')
      : b.orphanDependents === true,
    preconditions: {
      uid: typeof pre.uid === 'string' ? pre.uid : undefined,
      resourceVersion: typeof pre.resourceVersion === 'string' ? pre.resourceVersion : undefined,
    },
  };
}
