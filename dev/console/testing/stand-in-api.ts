import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A tiny Kubernetes-like API (namespaces, ConfigMaps, access reviews, list + WebSocket/chunked
 * watch) for unit tests of the host server. It records every request it sees, so tests can
 * check what the proxy forwarded. The real simulator lives in `dev/cluster/`.
 */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; resourceVersion?: string; uid?: string };
};

export interface StandInApi {
  url: string;
  requests: RecordedRequest[];
  /** Adds or replaces an object and notifies watchers. */
  put(obj: Obj): void;
  /** Ends every open watch (to test reconnection). */
  dropWatches(): void;
  close(): Promise<void>;
}

const TOKENS: Record<string, string> = {
  'admin-token': 'admin',
  'developer-token': 'developer',
  'viewer-token': 'viewer',
};

export const startStandInApi = async (): Promise<StandInApi> => {
  const requests: RecordedRequest[] = [];
  let rv = 1;
  const store = new Map<string, Obj>();
  const watchers = new Set<{
    kind: string;
    ns?: string;
    send: (event: object) => void;
    end: () => void;
  }>();
  const keyOf = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  const put = (obj: Obj) => {
    const type = store.has(keyOf(obj)) ? 'MODIFIED' : 'ADDED';
    const stored = {
      ...obj,
      metadata: {
        ...obj.metadata,
        resourceVersion: String(++rv),
        uid: obj.metadata.uid ?? `uid-${rv}`,
      },
    };
    store.set(keyOf(stored), stored);
    watchers.forEach(
      (w) =>
        w.kind === obj.kind &&
        (!w.ns || w.ns === obj.metadata.namespace) &&
        w.send({ type, object: stored }),
    );
  };
  put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });

  const route = (url: URL): { kind: string; ns?: string; name?: string } | undefined => {
    const m = /^\/api\/v1\/(?:namespaces\/([^/]+)\/)?(namespaces|configmaps)(?:\/([^/]+))?$/.exec(
      url.pathname,
    );
    if (!m) return undefined;
    return {
      kind: m[2] === 'namespaces' ? 'Namespace' : 'ConfigMap',
      ns: m[2] === 'namespaces' ? undefined : m[1],
      name: m[2] === 'namespaces' ? (m[1] ?? m[3]) : m[3],
    };
  };
  const json = (res: http.ServerResponse, code: number, body: unknown) =>
    res.writeHead(code, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  const status = (res: http.ServerResponse, code: number, reason: string, message: string) =>
    json(res, code, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      reason,
      message,
      code,
    });
  const userOf = (req: http.IncomingMessage) =>
    TOKENS[(req.headers.authorization ?? '').replace(/^Bearer /, '')];

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({
        method: req.method ?? 'GET',
        url: req.url ?? '',
        headers: req.headers,
        body,
      });
      const url = new URL(req.url ?? '/', 'http://x');
      const user = userOf(req);
      if (!user) return status(res, 401, 'Unauthorized', 'Unauthorized');
      if (url.pathname === '/api/v1')
        return json(res, 200, {
          groupVersion: 'v1',
          resources: [
            {
              name: 'namespaces',
              kind: 'Namespace',
              namespaced: false,
              verbs: ['list', 'watch', 'get'],
            },
            {
              name: 'configmaps',
              kind: 'ConfigMap',
              namespaced: true,
              verbs: ['create', 'delete', 'get', 'list', 'watch'],
            },
          ],
        });
      if (url.pathname === '/apis') return json(res, 200, { groups: [] });
      if (url.pathname === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews') {
        const review = JSON.parse(body) as { spec: { resourceAttributes: { verb?: string } } };
        return json(res, 201, {
          ...review,
          status: { allowed: user !== 'viewer' || review.spec.resourceAttributes.verb === 'get' },
        });
      }
      const r = route(url);
      if (!r)
        return status(
          res,
          404,
          'NotFound',
          `the server could not find the requested resource (${url.pathname})`,
        );
      if (req.method === 'POST') {
        if (user === 'viewer')
          return status(
            res,
            403,
            'Forbidden',
            `configmaps is forbidden: User "viewer" cannot create resource "configmaps"`,
          );
        const obj = JSON.parse(body) as Obj;
        if (url.searchParams.get('dryRun') !== 'All')
          put({ ...obj, metadata: { ...obj.metadata, namespace: r.ns } });
        return json(res, 201, obj);
      }
      if (url.searchParams.get('watch') === 'true') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
        const w = {
          kind: r.kind,
          ns: r.ns,
          send: (e: object) => res.write(`${JSON.stringify(e)}\n`),
          end: () => res.end(),
        };
        watchers.add(w);
        res.on('close', () => watchers.delete(w));
        return undefined;
      }
      const items = [...store.values()].filter(
        (o) => o.kind === r.kind && (!r.ns || o.metadata.namespace === r.ns),
      );
      if (r.name) {
        const found = items.find((o) => o.metadata.name === r.name);
        return found
          ? json(res, 200, found)
          : status(res, 404, 'NotFound', `${r.kind.toLowerCase()}s "${r.name}" not found`);
      }
      return json(res, 200, {
        kind: `${r.kind}List`,
        apiVersion: 'v1',
        metadata: { resourceVersion: String(rv) },
        items,
      });
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    requests.push({ method: 'UPGRADE', url: req.url ?? '', headers: req.headers, body: '' });
    const r = route(new URL(req.url ?? '/', 'http://x'));
    if (!userOf(req) || !r) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const w = {
        kind: r.kind,
        ns: r.ns,
        send: (e: object) => ws.send(JSON.stringify(e)),
        end: () => ws.close(1000),
      };
      watchers.add(w);
      ws.on('close', () => watchers.delete(w));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    put,
    dropWatches: () => watchers.forEach((w) => w.end()),
    close: () =>
      new Promise<void>((resolve) => {
        watchers.forEach((w) => w.end());
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
