import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { CSRF_HEADER, csrfToken } from './cookies';
import { HttpError, TimeoutError, messageForErrorBody } from './http-error';

const DEFAULT_TIMEOUT = 60_000;
const MAX_ATTEMPTS_ON_429 = 3;

const headersToRecord = (headers: HeadersInit | undefined): Record<string, string> => {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  return { ...headers };
};

/** Throws an `HttpError` carrying the server's message for a non-OK response. */
export const validateStatus = async (response: Response): Promise<Response> => {
  if (response.ok || response.status === 304) return response;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    const text = await response.text().catch(() => '');
    throw new HttpError(
      text.trim() || response.statusText || `HTTP ${response.status}`,
      response.status,
      response,
    );
  }
  const json: unknown = await response.json().catch(() => undefined);
  throw new HttpError(
    messageForErrorBody(response.status, response.statusText, json),
    response.status,
    response,
    json,
  );
};

/**
 * `fetch` as the console wraps it: same-origin credentials, the CSRF header from the
 * `csrf-token` cookie (the bridge checks it on writes), a timeout, 429s retried (three attempts),
 * and an `HttpError` for any other non-OK status.
 */
export const consoleFetch: SDK.ConsoleFetch = async (
  url,
  options = {},
  timeout = DEFAULT_TIMEOUT,
) => {
  const headers = headersToRecord(options.headers);
  const token = csrfToken();
  if (token && !Object.keys(headers).some((h) => h.toLowerCase() === 'x-csrftoken')) {
    headers[CSRF_HEADER] = token;
  }
  const controller = new AbortController();
  const upstreamSignal = options.signal;
  upstreamSignal?.addEventListener('abort', () => controller.abort(upstreamSignal.reason));
  let timedOut = false;
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    // As the console (`appInternalFetch`): a 429 is sent again, up to three attempts in all.
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, {
        credentials: 'same-origin',
        ...options,
        headers,
        signal: controller.signal,
      });
      if (response.status === 429 && attempt < MAX_ATTEMPTS_ON_429) continue;
      return await validateStatus(response);
    }
  } catch (e) {
    if (timedOut) throw new TimeoutError(url, timeout);
    throw e;
  } finally {
    clearTimeout(timer);
  }
};

const parseBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  // As the console: only an exact `text/plain` is text; anything else that is not JSON falls back to text.
  const isPlainText = response.headers.get('content-type') === 'text/plain';
  if (!text) return isPlainText ? '' : {};
  if (isPlainText) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const fetchJSON = async (
  url: string,
  method = 'GET',
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => {
  const headers = { Accept: 'application/json', ...headersToRecord(options.headers) };
  const response = await consoleFetch(url, { ...options, method, headers }, timeout ?? undefined);
  return parseBody(response);
};

const sendJSON =
  (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE') =>
  (url: string, json: unknown = null, options: RequestInit = {}, timeout?: number) => {
    const headers = {
      Accept: 'application/json',
      'Content-Type': `application/${method === 'PATCH' ? 'json-patch+' : ''}json`,
      ...headersToRecord(options?.headers),
    };
    return fetchJSON(
      url,
      method,
      {
        ...options,
        headers,
        ...(json !== null && json !== undefined ? { body: JSON.stringify(json) } : {}),
      },
      timeout,
    );
  };

export const consoleFetchJSON: SDK.ConsoleFetchJSON = Object.assign(
  (url: string, method?: string, options?: RequestInit, timeout?: number) =>
    fetchJSON(url, method, options ?? {}, timeout),
  {
    delete: (url: string, json?: unknown, options?: RequestInit, timeout?: number) =>
      sendJSON('DELETE')(url, json, options ?? {}, timeout),
    post: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      sendJSON('POST')(url, json, options ?? {}, timeout),
    put: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      sendJSON('PUT')(url, json, options ?? {}, timeout),
    patch: (url: string, json: unknown, options?: RequestInit, timeout?: number) =>
      sendJSON('PATCH')(url, json, options ?? {}, timeout),
  },
);

export const consoleFetchText: SDK.ConsoleFetchText = async (url, options, timeout) => {
  const response = await consoleFetch(url, options, timeout);
  return response.text();
};
