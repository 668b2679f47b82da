/**
 * Kubernetes `Status` errors, with the API server's exact wording. Everything the simulator rejects
 * is thrown as an `ApiError`, which the HTTP layer sends unchanged.
 */
import type { Status, StatusCause } from './api';
import { quote } from './json-util';

/** An error carrying a Kubernetes `Status`. */
export class ApiError extends Error {
  readonly status: Status;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(status: Status, headers: Record<string, string> = {}) {
    super(status.message);
    this.name = 'ApiError';
    this.status = status;
    this.headers = headers;
  }

  /** The HTTP status code. */
  get code(): number {
    return this.status.code;
  }
}

/** True if the value is an `ApiError` (optionally with the given code). */
export function isApiError(value: unknown, code?: number): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}

/** Builds a failure `Status`. */
export function failure(
  code: number,
  reason: string,
  message: string,
  details?: Status['details'],
): Status {
  const status: Status = {
    apiVersion: 'v1',
    kind: 'Status',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
  if (details) status.details = details;
  return status;
}

/** A group + resource, printed as Kubernetes prints a `GroupResource` (`tempostacks.tempo.grafana.com`). */
export interface GroupResource {
  group: string;
  resource: string;
}

/** `GroupResource.String()`. */
export function qualifiedResource(gr: GroupResource): string {
  return gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
}

/** `GroupKind.String()`: `TempoStack.tempo.grafana.com`, `Pod`. */
export function qualifiedKind(group: string, kind: string): string {
  return group ? `${kind}.${group}` : kind;
}

/** 404 `tempostacks.tempo.grafana.com "x" not found`. */
export function notFound(gr: GroupResource, name: string): ApiError {
  return new ApiError(
    failure(404, 'NotFound', `${qualifiedResource(gr)} ${quote(name)} not found`, {
      name,
      group: gr.group || undefined,
      kind: gr.resource,
    }),
  );
}

/** 409 AlreadyExists. */
export function alreadyExists(gr: GroupResource, name: string): ApiError {
  return new ApiError(
    failure(409, 'AlreadyExists', `${qualifiedResource(gr)} ${quote(name)} already exists`, {
      name,
      group: gr.group || undefined,
      kind: gr.resource,
    }),
  );
}

/** 409 Conflict, the optimistic-concurrency message. */
export function conflict(gr: GroupResource, name: string, detail?: string): ApiError {
  const why =
    detail ??
    'the object has been modified; please apply your changes to the latest version and try again';
  return new ApiError(
    failure(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedResource(gr)} ${quote(name)}: ${why}`,
      { name, group: gr.group || undefined, kind: gr.resource },
    ),
  );
}

/** 403 Forbidden, with the RBAC authorizer's reason. */
export function forbidden(gr: GroupResource, name: string | undefined, reason: string): ApiError {
  const subject = name ? `${qualifiedResource(gr)} ${quote(name)}` : qualifiedResource(gr);
  const message = gr.resource ? `${subject} is forbidden: ${reason}` : `forbidden: ${reason}`;
  return new ApiError(
    failure(403, 'Forbidden', message, {
      name: name || undefined,
      group: gr.group || undefined,
      kind: gr.resource,
    }),
  );
}

/** 401 Unauthorized. */
export function unauthorized(): ApiError {
  return new ApiError(failure(401, 'Unauthorized', 'Unauthorized'));
}

/** 400 BadRequest. */
export function badRequest(message: string): ApiError {
  return new ApiError(failure(400, 'BadRequest', message));
}

/** 405 MethodNotAllowed. */
export function methodNotAllowed(
  message = 'the server does not allow this method on the requested resource',
): ApiError {
  return new ApiError(failure(405, 'MethodNotAllowed', message));
}

/** 410 Gone with reason `Expired` (too old resource version, expired continue token). */
export function expired(message: string): ApiError {
  return new ApiError(failure(410, 'Expired', message));
}

/** 415 UnsupportedMediaType. */
export function unsupportedMediaType(accepted: string[]): ApiError {
  return new ApiError(
    failure(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    ),
  );
}

/** 500 InternalError. */
export function internalError(message: string): ApiError {
  return new ApiError(
    failure(500, 'InternalError', `Internal error occurred: ${message}`, {
      causes: [{ message }],
    }),
  );
}

/** The kinds of field error, as `field.ErrorType`. */
export type FieldErrorType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueDuplicate'
  | 'FieldValueTypeInvalid'
  | 'FieldValueNotFound';

/** One field-level validation error (`field.Error`). */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The offending value; omitted from the message for Required, Forbidden and TooLong. */
  value?: unknown;
  detail?: string;
}

const typeText: Record<FieldErrorType, string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueTypeInvalid: 'Invalid value',
  FieldValueNotFound: 'Not found',
};

/** Formats a value as Go's `%v`/`%q` would in `field.Error.ErrorBody`. */
function goValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[]interface {}{${value.map(goValue).join(', ')}}`;
  return `map[string]interface {}{${Object.entries(value)
    .map(([k, v]) => `${quote(k)}:${goValue(v)}`)
    .join(', ')}}`;
}

/** `field.Error.ErrorBody()`: the message without the field path. */
export function fieldErrorBody(error: FieldError): string {
  const omitValue =
    error.type === 'FieldValueRequired' ||
    error.type === 'FieldValueForbidden' ||
    error.type === 'FieldValueTooLong' ||
    !('value' in error);
  let body = typeText[error.type];
  if (!omitValue) body += `: ${goValue(error.value)}`;
  if (error.detail) body += `: ${error.detail}`;
  return body;
}

/** `field.Error.Error()`: `spec.storage: Required value`. */
export function fieldErrorString(error: FieldError): string {
  return `${error.field}: ${fieldErrorBody(error)}`;
}

/** `field.NotSupported`: `Unsupported value: "foo": supported values: "a", "b"`. */
export function notSupported(field: string, value: unknown, supported: string[]): FieldError {
  const detail = supported.length ? `supported values: ${supported.map(quote).join(', ')}` : '';
  return { type: 'FieldValueNotSupported', field, value, detail };
}

/**
 * 422 Invalid: `TempoStack.tempo.grafana.com "x" is invalid: [a, b]` with one cause per field error.
 * Duplicate messages are dropped, as `ErrorList.ToAggregate` does.
 */
export function invalid(group: string, kind: string, name: string, errors: FieldError[]): ApiError {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const text = fieldErrorString(e);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  const texts = unique.map(fieldErrorString);
  const aggregate = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  const causes: StatusCause[] = unique.map((e) => ({
    reason: e.type,
    message: fieldErrorBody(e),
    field: e.field,
  }));
  return new ApiError(
    failure(
      422,
      'Invalid',
      `${qualifiedKind(group, kind)} ${quote(name)} is invalid: ${aggregate}`,
      {
        name,
        group: group || undefined,
        kind,
        causes,
      },
    ),
  );
}
