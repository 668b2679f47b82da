/** Helpers for tests that talk HTTP to a running simulator. */
import { WebSocket } from 'ws';
import type { Cluster } from './cluster';
import { type ApiServer, startApiServer } from './server';
import { testCluster } from './test-support';

/** A cluster with its API server on a free port. */
export interface Running {
  cluster: Cluster;
  server: ApiServer;
  /** `fetch` against the plain-HTTP URL, as `admin` unless a token is given (`null` for none). */
  request(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts a cluster and its server. */
export async function startRunning(
  options: Parameters<typeof testCluster>[0] = {},
): Promise<Running> {
  const cluster = testCluster(options);
  const server = await startApiServer({ cluster, port: 0, host: '127.0.0.1' });
  return {
    cluster,
    server,
    request: (path, init = {}) => {
      const { token = 'admin-token', ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(`${server.url}${path}`, { ...rest, headers });
    },
    stop: async () => {
      await server.close();
      cluster.close();
    },
  };
}

/** Reads newline-delimited JSON events from a streaming response until `count` arrived. */
export async function readEvents(
  response: Response,
  count: number,
  timeoutMs = 3000,
): Promise<{ type: string; object: Record<string, unknown> }[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const events: { type: string; object: Record<string, unknown> }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += Buffer.from(value).toString('utf8');
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      events.push(
        JSON.parse(buffer.slice(0, newline)) as { type: string; object: Record<string, unknown> },
      );
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  }
  void reader.cancel();
  return events;
}

/** Opens a WebSocket watch and collects decoded messages. */
export function openWatchSocket(
  url: string,
  protocols: string[],
  headers: Record<string, string> = {},
): { socket: WebSocket; messages: unknown[]; opened: Promise<void> } {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), protocols, { headers });
  const messages: unknown[] = [];
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    const text = data.toString('utf8');
    messages.push(
      JSON.parse(
        socket.protocol === 'base64.binary.k8s.io' && !isBinary
          ? Buffer.from(text, 'base64').toString('utf8')
          : text,
      ),
    );
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages, opened };
}
