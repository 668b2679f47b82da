/** HTTP plumbing: bodies (JSON or YAML), JSON responses, `Status` errors, `Warning` headers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { ApiError, badRequest, internalError } from './errors';
import { decodeProtobufObject } from './protobuf';

/** Reads a request body (up to 16 MiB). */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 16 * 1024 * 1024)
      throw new ApiError({
        apiVersion: 'v1',
        kind: 'Status',
        metadata: {},
        status: 'Failure',
        message: 'Request entity too large: limit is 3145728',
        reason: 'RequestEntityTooLarge',
        code: 413,
      });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** Parses a JSON, YAML or (some kinds') protobuf body; 400 BadRequest when it cannot be parsed. */
export function parseBody(body: Buffer, contentType: string | undefined): unknown {
  const type = mediaType(contentType);
  if (type === 'application/vnd.kubernetes.protobuf') return decodeProtobufObject(body);
  const text = body.toString('utf8');
  if (!text.trim()) return undefined;
  try {
    if (type.includes('yaml')) return parseYaml(text) as unknown;
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw badRequest(
      `the object provided is unrecognized (must be of type Object): couldn't get version/kind; json parse error: ${why}`,
    );
  }
}

/** `Warning` header values: `299 - "text"`, escaped as the API server does. */
export function warningHeaders(warnings: string[]): string[] {
  return [...new Set(warnings)].map((w) => {
    const clean = w.replace(/[\r\n]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
    return `299 - "${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
}

/** Sends a JSON body. */
export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  warnings: string[] = [],
  contentType = 'application/json',
): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | string[]> = {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-cache, private',
  };
  if (warnings.length) headers.Warning = warningHeaders(warnings);
  res.writeHead(code, headers);
  res.end(text);
}

/** Sends an error as a Kubernetes `Status`. Non-API errors become 500 InternalError. */
export function sendError(res: ServerResponse, error: unknown): void {
  const apiError =
    error instanceof ApiError
      ? error
      : internalError(error instanceof Error ? error.message : String(error));
  if (res.headersSent) {
    res.end();
    return;
  }
  for (const [k, v] of Object.entries(apiError.headers)) res.setHeader(k, v);
  sendJson(res, apiError.code, apiError.status);
}

/** A query parameter as a non-negative integer, or undefined; 400 if malformed. */
export function intParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  if (!/^-?\d+$/.test(value))
    throw badRequest(`invalid ${name} parameter: ${JSON.stringify(value)}`);
  return Number(value);
}

/** A boolean query parameter (`1`, `true`). */
export function boolParam(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  return value === '1' || value === 'true' || value === 'True';
}
