import { readFileSync, existsSync } from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { forwardRequest, sendStatus, targetPath } from './proxy';
import { safeJoin, sendFile } from './static-files';

/** Where a plugin's files come from: a build directory, or a web server (e.g. the chart's nginx). */
export interface PluginSource {
  name: string;
  dir?: string;
  url?: string;
}

export type ManifestTransform = (
  pluginName: string,
  manifest: Record<string, unknown>,
) => Record<string, unknown>;

export const pluginPrefix = (name: string) => `/api/plugins/${name}/`;

const fetchText = async (url: string): Promise<{ status: number; body: string }> => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};

const sendManifest = (
  res: http.ServerResponse,
  body: string,
  name: string,
  transform: ManifestTransform,
) => {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch (e) {
    sendStatus(res, 502, 'BadGateway', `plugin-manifest.json of ${name} is not JSON: ${String(e)}`);
    return;
  }
  res
    .writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(JSON.stringify(transform(name, json)));
};

/**
 * `/api/plugins/<name>/<file>`: as the bridge proxies the plugin's service. A manifest transform
 * (tests) rewrites `plugin-manifest.json` on the way.
 */
export const servePluginAsset = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  source: PluginSource,
  rest: string,
  transform?: ManifestTransform,
) => {
  const isManifest = rest === 'plugin-manifest.json';
  if (source.url) {
    const target = new URL(source.url);
    if (isManifest && transform) {
      fetchText(new URL(targetPath(target, rest), target).toString())
        .then(({ status, body }) =>
          status === 200
            ? sendManifest(res, body, source.name, transform)
            : sendStatus(res, status, 'PluginError', body),
        )
        .catch((e: unknown) =>
          sendStatus(res, 502, 'BadGateway', `plugin ${source.name}: ${String(e)}`),
        );
      return;
    }
    forwardRequest(req, res, {
      target,
      path: targetPath(target, rest),
      drop: ['cookie', 'authorization'],
    });
    return;
  }
  const dir = source.dir ?? '';
  if (isManifest && transform) {
    const file = safeJoin(dir, rest);
    if (!file || !existsSync(file)) {
      sendStatus(
        res,
        404,
        'NotFound',
        `${path.join(dir, rest)} does not exist (is the plugin built?)`,
      );
      return;
    }
    sendManifest(res, readFileSync(file, 'utf8'), source.name, transform);
    return;
  }
  sendFile(res, dir, rest);
};
