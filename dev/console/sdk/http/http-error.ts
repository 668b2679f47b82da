/** As the console's `CustomError`: `name` is the constructor's name and `instanceof` works. */
export class CustomError extends Error {
  constructor(message?: string) {
    super(message);
    Object.defineProperty(this, 'name', {
      value: new.target.name,
      enumerable: false,
      configurable: true,
    });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Thrown by `consoleFetch*` (and so by the k8s helpers and watches) on a non-OK response. */
export class HttpError extends CustomError {
  code?: number;
  response?: Response;
  json?: unknown;

  protected static messages = STATUS_TEXT;

  constructor(message: string, code?: number, response?: Response, json?: unknown) {
    super(message);
    this.code = code;
    this.response = response;
    this.json = json;
  }

  static fromCode(code: number): HttpError {
    return new HttpError(STATUS_TEXT[code] ?? `HTTP ${code}`, code);
  }
}

export class TimeoutError extends CustomError {
  constructor(
    public url: string,
    public ms: number,
  ) {
    super(`Call to ${url} timed out after ${ms}ms.`);
  }
}

/** Returned by `useK8sWatchResource` when the kind is not served by the cluster. */
export class NoModelError extends CustomError {
  constructor() {
    super('Model does not exist');
  }
}

interface StatusLike {
  message?: unknown;
  error?: unknown;
  details?: { causes?: { message?: unknown; field?: unknown }[] };
}

/**
 * The message the console shows for an error response body: the first cause with its field, else
 * the Status `message`, else `error`, else the status text. 403s use the message alone.
 */
export const messageForErrorBody = (status: number, statusText: string, body: unknown): string => {
  const json = (body ?? {}) as StatusLike;
  if (status === 403) {
    return typeof json.message === 'string' && json.message
      ? json.message
      : 'Access denied due to cluster policy.';
  }
  const cause = json.details?.causes?.[0];
  if (cause && typeof cause.message === 'string') {
    return typeof cause.field === 'string' && cause.field
      ? `Error "${cause.message}" for field "${cause.field}".`
      : cause.message;
  }
  if (typeof json.message === 'string' && json.message) return json.message;
  if (typeof json.error === 'string' && json.error) return json.error;
  return statusText || STATUS_TEXT[status] || `HTTP ${status}`;
};
