import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';

/** Headers that describe one hop and must not be forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

export interface ForwardOptions {
  target: URL;
  /** Path (and query) on the target, already joined with the target's own path. */
  path: string;
  /** Headers to drop besides the hop-by-hop ones (lower case). */
  drop?: string[];
  /** Headers to set (override) on the upstream request. */
  set?: Record<string, string>;
  /** Keep `Connection`/`Upgrade` (for WebSocket upgrades). */
  upgrade?: boolean;
}

export const forwardedHeaders = (
  incoming: http.IncomingHttpHeaders,
  { drop = [], set = {}, upgrade = false }: Pick<ForwardOptions, 'drop' | 'set' | 'upgrade'>,
): http.OutgoingHttpHeaders => {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    const lower = name.toLowerCase();
    if (value === undefined || drop.includes(lower)) continue;
    if (HOP_BY_HOP.has(lower) && !(upgrade && (lower === 'connection' || lower === 'upgrade')))
      continue;
    out[lower] = value;
  }
  for (const [name, value] of Object.entries(set)) out[name.toLowerCase()] = value;
  return out;
};

const requestFn = (target: URL) => (target.protocol === 'https:' ? https.request : http.request);

const requestOptions = (
  target: URL,
  path: string,
  method: string,
  headers: http.OutgoingHttpHeaders,
): https.RequestOptions => ({
  protocol: target.protocol,
  hostname: target.hostname,
  port: target.port || (target.protocol === 'https:' ? 443 : 80),
  path,
  method,
  headers: { ...headers, host: target.host },
  // The plugin's nginx serves a service-CA certificate; the simulator may use a self-signed one.
  rejectUnauthorized: false,
});

export const sendStatus = (
  res: http.ServerResponse,
  code: number,
  reason: string,
  message: string,
) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(code, { 'Content-Type': 'application/json' }).end(
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
    }),
  );
};

/** Streams a request to the target and the answer back (chunked watches included). */
export const forwardRequest = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: ForwardOptions,
) => {
  const upstream = requestFn(options.target)(
    requestOptions(
      options.target,
      options.path,
      req.method ?? 'GET',
      forwardedHeaders(req.headers, options),
    ),
    (answer) => {
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
      res.flushHeaders();
      answer.pipe(res);
    },
  );
  upstream.on('error', (e) =>
    sendStatus(res, 502, 'BadGateway', `Upstream ${options.target.origin} failed: ${e.message}`),
  );
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
};

/** Proxies a WebSocket (or any) upgrade: the handshake goes through, then bytes both ways. */
export const forwardUpgrade = (
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  options: ForwardOptions,
) => {
  const upstream = requestFn(options.target)(
    requestOptions(
      options.target,
      options.path,
      req.method ?? 'GET',
      forwardedHeaders(req.headers, { ...options, upgrade: true }),
    ),
  );
  upstream.on('upgrade', (answer, upstreamSocket, upstreamHead) => {
    const lines = [
      `HTTP/1.1 ${answer.statusCode ?? 101} ${answer.statusMessage ?? 'Switching Protocols'}`,
    ];
    for (let i = 0; i < answer.rawHeaders.length; i += 2)
      lines.push(`${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (upstreamHead.length) socket.write(upstreamHead);
    if (head.length) upstreamSocket.write(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
    const close = () => {
      upstreamSocket.destroy();
      socket.destroy();
    };
    upstreamSocket.on('error', close);
    socket.on('error', close);
    upstreamSocket.on('close', close);
    socket.on('close', close);
  });
  upstream.on('response', (answer) => {
    // The target refused the upgrade: relay its answer.
    const lines = [`HTTP/1.1 ${answer.statusCode ?? 502} ${answer.statusMessage ?? ''}`];
    for (let i = 0; i < answer.rawHeaders.length; i += 2) {
      if (!HOP_BY_HOP.has(answer.rawHeaders[i].toLowerCase()))
        lines.push(`${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}`);
    }
    lines.push('Connection: close');
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    answer.pipe(socket);
  });
  upstream.on('error', (e) => {
    socket.end(
      `HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${e.message}\n`,
    );
  });
  socket.on('error', () => upstream.destroy());
  upstream.end();
};

/** Joins the target URL's own path with a request path (`/api` + `/v1/pods?x` → `/api/v1/pods?x`). */
export const targetPath = (target: URL, rest: string): string =>
  `${target.pathname.replace(/\/+$/, '')}/${rest.replace(/^\/+/, '')}`;
