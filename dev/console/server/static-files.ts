import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import * as path from 'node:path';

const MIME: Record<string, string> = {
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.otf': 'font/otf',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeType = (file: string) =>
  MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Resolves `relative` inside `dir`, refusing anything that escapes it. */
export const safeJoin = (dir: string, relative: string): string | undefined => {
  const root = path.resolve(dir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : undefined;
};

/** Sends a file with its MIME type and `nosniff` (the bridge sends it too); 404 when absent. */
export const sendFile = (
  res: ServerResponse,
  dir: string,
  relative: string,
  cache = 'no-cache',
): void => {
  const file = safeJoin(dir, decodeURIComponent(relative));
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end(`Not found: ${relative}\n`);
    return;
  }
  res.writeHead(200, {
    'Content-Type': mimeType(file),
    'Content-Length': statSync(file).size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cache,
  });
  createReadStream(file).pipe(res);
};
