import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Duplex } from 'node:stream';
import { indexHtml } from './index-html';
import { KUBE_PREFIX, proxyKubeRequest, proxyKubeUpgrade } from './kube-proxy';
import {
  type ManifestTransform,
  type PluginSource,
  pluginPrefix,
  servePluginAsset,
} from './plugin-assets';
import { sendStatus } from './proxy';
import { sendFile } from './static-files';
import { CSRF_COOKIE, DEFAULT_USERS, parseCookies, userOf } from './users';

export interface HostServerOptions {
  /** The Kubernetes API server (the simulator), e.g. `http://127.0.0.1:6443`. */
  api: string;
  plugins: PluginSource[];
  port?: number;
  host?: string;
  /** The built host bundle (default `dev/console/dist/static`). */
  staticDir?: string;
  users?: Record<string, string>;
  transformManifest?: ManifestTransform;
  log?: (line: string) => void;
}

export interface HostServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

const upgradedSockets = new WeakMap<http.Server, Set<Duplex>>();

export const DEFAULT_STATIC_DIR = path.resolve(__dirname, '../dist/static');

/**
 * The dev console's web server, in the bridge's place: the host bundle, every console URL
 * (answered with the page), the plugins' assets, and the API proxy with CSRF check and the
 * chosen user's token (HTTP and WebSocket).
 */
export const createHostServer = (options: HostServerOptions): http.Server => {
  const users = options.users ?? DEFAULT_USERS;
  const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
  const kube = { api: new URL(options.api), users };
  const log = options.log ?? (() => undefined);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const pathname = url.pathname;
    log(`${req.method ?? 'GET'} ${req.url ?? ''}`);
    if (pathname.startsWith(KUBE_PREFIX)) {
      proxyKubeRequest(req, res, kube);
      return;
    }
    if (pathname.startsWith('/api/plugins/')) {
      const plugin = options.plugins.find((p) => pathname.startsWith(pluginPrefix(p.name)));
      if (!plugin) {
        sendStatus(res, 404, 'NotFound', `No plugin is served at ${pathname}`);
        return;
      }
      servePluginAsset(
        req,
        res,
        plugin,
        pathname.slice(pluginPrefix(plugin.name).length),
        options.transformManifest,
      );
      return;
    }
    if (pathname.startsWith('/api/')) {
      sendStatus(res, 404, 'NotFound', `The dev console host does not serve ${pathname}`);
      return;
    }
    if (pathname.startsWith('/static/')) {
      if (!existsSync(staticDir)) {
        res
          .writeHead(500, { 'Content-Type': 'text/plain' })
          .end('The host is not built: run `npm run host:build`.\n');
        return;
      }
      sendFile(res, staticDir, pathname.slice('/static/'.length), 'no-cache');
      return;
    }
    const headers: http.OutgoingHttpHeaders = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
    };
    if (!parseCookies(req.headers.cookie)[CSRF_COOKIE]) {
      headers['Set-Cookie'] =
        `${CSRF_COOKIE}=${randomBytes(32).toString('hex')}; Path=/; SameSite=Strict`;
    }
    res.writeHead(200, headers).end(
      indexHtml({
        plugins: options.plugins.map((p) => p.name),
        users: Object.keys(users),
        user: userOf(req, users),
      }),
    );
  });

  // Upgraded sockets leave the server's bookkeeping: track them so that close() ends them too.
  const upgraded = new Set<Duplex>();
  upgradedSockets.set(server, upgraded);
  server.on('upgrade', (req, socket, head) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    if ((req.url ?? '').startsWith(KUBE_PREFIX)) {
      proxyKubeUpgrade(req, socket, head, kube);
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });
  return server;
};

export const startHostServer = async (options: HostServerOptions): Promise<HostServer> => {
  const server = createHostServer(options);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        upgradedSockets.get(server)?.forEach((socket) => socket.destroy());
      }),
  };
};
