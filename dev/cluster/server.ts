/**
 * `startApiServer`: the Kubernetes API over HTTP on 127.0.0.1 (real kubectl works against it),
 * watches over WebSocket, and the simulator's admin endpoints under `/_sim/`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { RequestUser } from './api';
import { authenticate, authorize, forbiddenReason, policyUser } from './authorizer';
import type { Cluster } from './cluster';
import {
  aggregated,
  aggregatedMediaType,
  apiGroup,
  apiGroupList,
  apiVersions,
  resourceList,
  wantsAggregated,
} from './discovery';
import { ApiError, failure, forbidden, unauthorized } from './errors';
import { handleResource } from './http-resource';
import { parseApiPath } from './http-routes';
import { parseBody, readBody, sendError, sendJson } from './http-util';
import { checkWatch, startWatch, webSocketSink } from './http-watch';
import { openApiV2Document, openApiV3Document, openApiV3Index } from './openapi';
import { wantsTable } from './table';
import { generateServingCert, type ServingCert } from './tls-cert';

/** Options of `startApiServer`. */
export interface ApiServerOptions {
  cluster: Cluster;
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** The TLS serving certificate (default: a fresh self-signed one for 127.0.0.1 and localhost). */
  tls?: ServingCert;
}

/**
 * A running API server. HTTP and HTTPS are served on the same port: kubectl (which sends bearer
 * tokens only over TLS) uses `httpsUrl` with `ca`; other clients may use plain `url`.
 */
export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `https://127.0.0.1:<port>` */
  httpsUrl: string;
  /** The serving certificate (PEM), to trust as CA. */
  ca: string;
  port: number;
  close(): Promise<void>;
}

/** The server's version (`/version`). */
export const serverVersion = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.9',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: 'go1.24.9',
  compiler: 'gc',
  platform: 'linux/amd64',
};

const notFoundStatus = (): ApiError =>
  new ApiError(failure(404, 'NotFound', 'the server could not find the requested resource', {}));

const authProtocol = 'base64url.bearer.authorization.k8s.io.';

/** The user of a request: bearer token (header or WebSocket subprotocol), then impersonation. */
function requestUser(req: IncomingMessage, cluster: Cluster): RequestUser {
  const header = req.headers.authorization;
  let token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const protocols = String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim());
  const fromProtocol = protocols.find((p) => p.startsWith(authProtocol));
  if (!token && fromProtocol)
    token = Buffer.from(fromProtocol.slice(authProtocol.length), 'base64url').toString('utf8');
  const user = authenticate(token);
  if (!user) throw unauthorized();
  const as = req.headers['impersonate-user'];
  if (typeof as !== 'string' || !as) return user;
  const attrs = { verb: 'impersonate', group: '', resource: 'users', name: as };
  if (!authorize(user, attrs, cluster.core.policy).allowed)
    throw forbidden({ group: '', resource: 'users' }, as, forbiddenReason(user, attrs));
  const groups = req.headers['impersonate-group'];
  const extra = Array.isArray(groups) ? groups : groups ? [groups] : [];
  return policyUser(as) ?? { name: as, groups: [...extra, 'system:authenticated'] };
}

async function handleAdmin(
  cluster: Cluster,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  const faults = cluster.faults;
  if (pathname === '/_sim/faults') {
    if (req.method === 'GET') return sendJson(res, 200, faults.config);
    if (req.method === 'DELETE') return sendJson(res, 200, faults.reset());
    if (req.method === 'PUT' || req.method === 'PATCH') {
      const value = parseBody(await readBody(req), 'application/json');
      try {
        const config =
          req.method === 'PUT' ? faults.set(value as never) : faults.update(value as never);
        return sendJson(res, 200, config);
      } catch (error) {
        return sendJson(res, 400, {
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }
  if (pathname === '/_sim/faults/drop-watches' && req.method === 'POST')
    return sendJson(res, 200, { dropped: faults.dropWatches() });
  sendJson(res, 404, { error: `no admin endpoint ${req.method ?? ''} ${pathname}` });
}

function handleOther(
  cluster: Cluster,
  res: ServerResponse,
  pathname: string,
  search: URLSearchParams,
): void {
  const registry = cluster.core.registry;
  if (pathname === '/version' || pathname === '/version/') return sendJson(res, 200, serverVersion);
  if (pathname === '/openapi/v2') return sendJson(res, 200, openApiV2Document(registry));
  if (pathname === '/openapi/v3' || pathname === '/openapi/v3/')
    return sendJson(res, 200, openApiV3Index(registry));
  const m = /^\/openapi\/v3\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(pathname);
  if (m) {
    const doc = m[1]
      ? openApiV3Document(registry, '', m[1])
      : openApiV3Document(registry, m[2], m[3]);
    if (!doc) throw notFoundStatus();
    res.setHeader('Cache-Control', search.has('hash') ? 'public, immutable' : 'no-cache, private');
    return sendJson(res, 200, doc);
  }
  throw notFoundStatus();
}

function handleDiscovery(
  cluster: Cluster,
  req: IncomingMessage,
  res: ServerResponse,
  root: 'api' | 'apis',
  group?: string,
  version?: string,
): void {
  const registry = cluster.core.registry;
  if (group === undefined && version === undefined) {
    const aggregatedVersion = wantsAggregated(req.headers.accept);
    if (aggregatedVersion) {
      const type = aggregatedMediaType.replace(';v=v2;', `;v=${aggregatedVersion};`);
      return sendJson(res, 200, aggregated(registry, root, aggregatedVersion), [], type);
    }
    const host = `${req.socket.localAddress ?? '127.0.0.1'}:${req.socket.localPort ?? 0}`;
    return sendJson(res, 200, root === 'api' ? apiVersions(host) : apiGroupList(registry));
  }
  const doc =
    version === undefined
      ? apiGroup(registry, group ?? '')
      : resourceList(registry, group ?? '', version);
  if (!doc) throw notFoundStatus();
  sendJson(res, 200, doc);
}

async function handle(cluster: Cluster, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = url.pathname;
  if (pathname.startsWith('/_sim/')) return handleAdmin(cluster, req, res, pathname);
  if (['/healthz', '/livez', '/readyz'].includes(pathname)) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('ok');
    return;
  }
  const user = requestUser(req, cluster);
  const parsed = parseApiPath(pathname);
  if (parsed.kind === 'resource') {
    await handleResource({ cluster, user, req, res, query: url.searchParams, path: parsed });
    return;
  }
  const attrs = {
    verb: req.method === 'GET' ? 'get' : (req.method ?? '').toLowerCase(),
    path: pathname,
  };
  if (!authorize(user, attrs, cluster.core.policy).allowed)
    throw forbidden({ group: '', resource: '' }, undefined, forbiddenReason(user, attrs));
  if (req.method !== 'GET')
    throw new ApiError(
      failure(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource',
      ),
    );
  if (parsed.kind === 'discovery')
    return handleDiscovery(cluster, req, res, parsed.root, parsed.group, parsed.version);
  handleOther(cluster, res, pathname, url.searchParams);
}

async function handleUpgrade(
  cluster: Cluster,
  wss: WebSocketServer,
  req: IncomingMessage,
  socket: Socket,
  head: Buffer,
): Promise<void> {
  const reject = (error: unknown): void => {
    const status =
      error instanceof ApiError ? error.status : failure(500, 'InternalError', String(error));
    const text = JSON.stringify(status);
    socket.end(
      `HTTP/1.1 ${status.code} ${status.reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  };
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const user = requestUser(req, cluster);
    const parsed = parseApiPath(url.pathname);
    const isWatch =
      parsed.kind === 'resource' &&
      (parsed.watchPrefix ||
        url.searchParams.get('watch') === 'true' ||
        url.searchParams.get('watch') === '1');
    if (parsed.kind !== 'resource' || !isWatch || parsed.name !== undefined)
      throw new ApiError(failure(400, 'BadRequest', 'only watches are served over WebSocket'));
    const ref = { group: parsed.group, version: parsed.version, resource: parsed.resource };
    const { type, version } = cluster.core.registry.resolve(ref);
    const namespace = type.namespaced ? parsed.namespace : undefined;
    const ctx = {
      cluster,
      user,
      ref,
      type,
      version,
      namespace,
      query: url.searchParams,
      table: wantsTable(req.headers.accept),
    };
    // Injected faults (latency, errors) apply to WebSocket watches as to chunked ones.
    await cluster.faults.before('watch');
    // Refusals (RBAC, selectors) are plain HTTP errors, before upgrading.
    checkWatch(ctx);
    wss.handleUpgrade(req, socket, head, (ws) => startWatch(ctx, webSocketSink(ws)));
  } catch (error) {
    reject(error);
  }
}

/** Starts the API server. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { cluster } = options;
  const tls = options.tls ?? generateServingCert();
  const sockets = new Set<Socket>();
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(cluster, req, res).catch((error: unknown) => sendError(res, error));
  };
  const http = createServer(onRequest);
  const https = createHttpsServer({ cert: tls.cert, key: tls.key }, onRequest);
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) =>
      [...protocols].find((p) => !p.startsWith(authProtocol)) ?? false,
  });
  for (const server of [http, https]) {
    server.on(
      'upgrade',
      (req: IncomingMessage, socket: Socket, head: Buffer) =>
        void handleUpgrade(cluster, wss, req, socket, head),
    );
  }
  // One port for both: a TLS handshake starts with byte 0x16.
  const net = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (data: Buffer) => {
      socket.pause();
      socket.unshift(data);
      (data[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    net.once('error', reject);
    net.listen(options.port, host, () => resolve());
  });
  const address = net.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    httpsUrl: `https://${host}:${port}`,
    ca: tls.cert,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        for (const socket of sockets) socket.destroy();
        wss.close();
        http.close();
        https.close();
        net.close(() => resolve());
      }),
  };
}
