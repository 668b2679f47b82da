import { consoleFetch, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage } from '../../hooks/api-error';
import { parseWarningHeader } from '../../tempostack/form/warning-header';

/** The console's base path (`SERVER_FLAGS.basePath`, `/` by default). */
const basePath = (): string => {
  const flags = (window as unknown as { SERVER_FLAGS?: { basePath?: string } }).SERVER_FLAGS;
  const path = flags?.basePath || '/';
  return path.endsWith('/') ? path : `${path}/`;
};

/** The console's proxy URL of a namespaced collection or object, as the SDK's helpers build it. */
export const resourceUrl = (
  model: K8sModel,
  namespace: string,
  name?: string,
  query: Record<string, string> = {},
): string => {
  const group = model.apiGroup
    ? `apis/${model.apiGroup}/${model.apiVersion}`
    : `api/${model.apiVersion}`;
  const object = name ? `/${encodeURIComponent(name)}` : '';
  const search = new URLSearchParams(query).toString();
  return `${basePath()}api/kubernetes/${group}/namespaces/${encodeURIComponent(namespace)}/${model.plural}${object}${search ? `?${search}` : ''}`;
};

/** What the API server said about a request: its admission warnings and, if rejected, its error. */
export interface ServerAnswer {
  warnings: string[];
  /** The API server's message when the request was rejected. */
  error?: string;
  /** The HTTP status of a rejection. */
  status?: number;
}

const responseOf = (error: unknown): Response | undefined => {
  const response = (error as { response?: unknown } | null)?.response;
  return response instanceof Response ? response : undefined;
};

/**
 * Sends a write with `consoleFetch` (which adds the console's CSRF and impersonation headers) and
 * returns the warnings from the `Warning` headers, which the SDK's `k8s*` helpers do not expose.
 */
export const sendForWarnings = async (
  method: 'POST' | 'PATCH',
  url: string,
  body: unknown,
  contentType = 'application/json',
): Promise<ServerAnswer> => {
  try {
    const response = await consoleFetch(url, {
      method,
      headers: { 'Content-Type': contentType, Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    return { warnings: parseWarningHeader(response.headers.get('Warning')) };
  } catch (error) {
    const response = responseOf(error);
    return {
      warnings: parseWarningHeader(response?.headers.get('Warning')),
      error: errorMessage(error),
      status: response?.status ?? (error as { code?: number } | null)?.code,
    };
  }
};
