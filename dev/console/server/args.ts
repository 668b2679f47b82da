import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PluginSource } from './plugin-assets';

export interface HostArgs {
  port: number;
  host: string;
  api: string;
  plugins: PluginSource[];
  verbose: boolean;
}

export const USAGE = `Usage: npm run host -- --api URL [--port P] [--host H]
                       [--plugin-dir DIR | --plugin-url URL] [--plugin NAME=DIR|URL]... [--verbose]

  --api URL          the Kubernetes API server (the dev simulator) to proxy /api/kubernetes/ to
  --port P           port to listen on (default 9000; 0 picks a free one)
  --host H           address to listen on (default 127.0.0.1)
  --plugin-dir DIR   serve the plugin's production build from DIR (default dist)
  --plugin-url URL   proxy the plugin's files from a web server instead (e.g. the chart's nginx)
  --plugin N=SRC     serve another plugin N from a directory or URL (repeatable)
  --verbose          log every request`;

/** The project's plugin name, from `package.json` `consolePlugin.name`. */
export const projectPluginName = (root: string): string =>
  (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      consolePlugin: { name: string };
    }
  ).consolePlugin.name;

const isURL = (s: string) => /^https?:\/\//.test(s);

export const parseHostArgs = (argv: string[], root: string): HostArgs => {
  const values = new Map<string, string[]>();
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (!flag.startsWith('--')) throw new Error(`Unexpected argument ${arg}\n\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n\n${USAGE}`);
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  const one = (flag: string) => values.get(flag)?.at(-1);
  const api = one('--api');
  if (!api) throw new Error(`--api is required\n\n${USAGE}`);
  const name = projectPluginName(root);
  const pluginUrl = one('--plugin-url');
  const main: PluginSource = pluginUrl
    ? { name, url: pluginUrl.endsWith('/') ? pluginUrl : `${pluginUrl}/` }
    : { name, dir: path.resolve(root, one('--plugin-dir') ?? 'dist') };
  const extra = (values.get('--plugin') ?? []).map((spec): PluginSource => {
    const [n, src] = spec.split(/=(.*)/s, 2);
    if (!n || !src) throw new Error(`--plugin expects NAME=DIR|URL, got ${spec}`);
    return isURL(src)
      ? { name: n, url: src.endsWith('/') ? src : `${src}/` }
      : { name: n, dir: path.resolve(root, src) };
  });
  return {
    port: Number(one('--port') ?? 9000),
    host: one('--host') ?? '127.0.0.1',
    api,
    plugins: [main, ...extra],
    verbose,
  };
};
