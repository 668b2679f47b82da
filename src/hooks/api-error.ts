/**
 * Reads what the console's fetch and watch errors carry: the API server's message and the HTTP
 * status code (the console's `HttpError` has `message`, `code`, `response` and `json`).
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The HTTP status code of an error, if it has one. */
export function errorStatus(error: unknown): number | undefined {
  if (!isRecord(error)) return undefined;
  if (typeof error.code === 'number') return error.code;
  const response = error.response;
  if (isRecord(response) && typeof response.status === 'number') return response.status;
  const json = error.json;
  if (isRecord(json) && typeof json.code === 'number') return json.code;
  return undefined;
}

/** The message to show for an error: the API server's Status message when there is one. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  if (!isRecord(error)) return String(error);
  const json = error.json;
  if (isRecord(json) && typeof json.message === 'string' && json.message) return json.message;
  if (typeof error.message === 'string' && error.message) return error.message;
  return JSON.stringify(error);
}

/** Whether an error says the object or kind does not exist (404, or no model for the kind). */
export function isNotFound(error: unknown): boolean {
  if (errorStatus(error) === 404) return true;
  return isRecord(error) && error.name === 'NoModelError';
}

/**
 * Whether an error means that data loaded earlier must no longer be shown: the object or kind is
 * gone (404, no model) or the user may no longer see it (401, 403). Other errors (5xx, timeouts,
 * 429) leave the last data valid: the console keeps it, and so do the pages, with a warning.
 */
export function invalidatesData(error: unknown): boolean {
  const status = errorStatus(error);
  return isNotFound(error) || status === 401 || status === 403;
}
