import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const PLUGIN_NAME = 'tempo-console-plugin';
export const PLUGIN_BASE_PATH = `/api/plugins/${PLUGIN_NAME}/`;

const MIME_TYPES: Record<string, string> = {
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
};

/**
 * Serves the production build from `dist/` under the console's plugin path
 * (`/api/plugins/<name>/`) and an empty page at `/`, on a free loopback port.
 */
export async function startPluginServer(distDir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (urlPath === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        '<!doctype html><html><head><title>plugin host</title><link rel="icon" href="data:,"></head><body></body></html>',
      );
      return;
    }
    if (!urlPath.startsWith(PLUGIN_BASE_PATH)) {
      res.writeHead(404).end();
      return;
    }
    const file = path.resolve(distDir, urlPath.slice(PLUGIN_BASE_PATH.length));
    if (!file.startsWith(path.resolve(distDir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
