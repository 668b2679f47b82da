/**
 * `npm start`: the plugin in the dev console host on the simulated cluster, one URL printed.
 *
 * 1. builds the plugin for production (`npm run build` → `dist/`), and the host (if stale);
 * 2. starts the Kubernetes API simulator and loads the `demo` scenario (`dev/scenarios`, if present);
 * 3. starts the host in front of both, and prints its URL;
 * 4. keeps rebuilding the plugin (webpack watch, development mode) into `dist/`: reload the page
 *    to see a change. `--no-watch` skips it; `--port P` picks the port (default 9000);
 *    `--scenario NAME` another scenario (`--scenario none` for an empty cluster).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { projectPluginName } from './console/server/args';
import { type DevWorld, startDevWorld } from './console/dev-world';

const root = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** Runs a build quietly: its output is shown only if it fails. */
const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => output.push(c));
    child.stderr.on('data', (c: Buffer) => output.push(c));
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      process.stderr.write(Buffer.concat(output));
      reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? 'a signal'}`));
    });
  });

/** Rebuilds the plugin on change (development mode); says when a rebuild is done or failed. */
const watchPlugin = (): ChildProcess => {
  const watcher = spawn(
    process.execPath,
    // `--watch-options-stdin`: webpack stops when our stdin pipe closes, i.e. when we exit.
    [
      '-r',
      'ts-node/register',
      'node_modules/webpack/bin/webpack.js',
      '--watch',
      '--watch-options-stdin',
    ],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'development' },
    },
  );
  let output = '';
  const collect = (c: Buffer) => {
    output += c.toString();
    const done = /compiled (successfully|with \d+ (errors?|warnings?))[^\n]*\n/.exec(output);
    if (!done) return;
    if (done[1] === 'successfully')
      console.log('Plugin rebuilt (development build): reload the page.');
    else process.stderr.write(output);
    output = '';
  };
  watcher.stdout.on('data', collect);
  watcher.stderr.on('data', collect);
  return watcher;
};

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? max : Math.max(max, newest(full));
    return Math.max(max, statSync(full).mtimeMs);
  }, 0);

/** The host bundle is stale when any host source is newer than it. */
const hostIsStale = () => {
  const bundle = path.join(root, 'dev/console/dist/static/dev-console.js');
  return !existsSync(bundle) || newest(path.join(root, 'dev/console')) > statSync(bundle).mtimeMs;
};

const startWorld = async (port: number, scenario: string | false): Promise<DevWorld> => {
  const plugins = [{ name: projectPluginName(root), dir: path.join(root, 'dist') }];
  try {
    return await startDevWorld({ plugins, scenario, hostPort: port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    console.warn(`Port ${port} is busy; using a free one.`);
    return startDevWorld({ plugins, scenario, hostPort: 0 });
  }
};

const main = async () => {
  const port = Number(value('--port') ?? 9000);
  const scenarioArg = value('--scenario') ?? 'demo';
  console.log('Building the plugin (production)…');
  await run('npm', ['run', '--silent', 'build']);
  if (hostIsStale()) {
    console.log('Building the dev console host…');
    await run('npm', ['run', '--silent', 'host:build']);
  }
  console.log('Starting the simulated cluster and the host…');
  const world = await startWorld(port, scenarioArg === 'none' ? false : scenarioArg);
  const watcher = flag('--no-watch') ? undefined : watchPlugin();
  console.log(`\nDev console: ${world.host.url}/\n`);
  const stop = () => {
    watcher?.kill();
    void world.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
