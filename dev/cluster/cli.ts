/**
 * `npm run cluster -- --port P --kubeconfig FILE --scenario NAME`: starts a simulated cluster and
 * its API server, writes a kubeconfig, prints the URL and the kubeconfig path, and runs until
 * interrupted. `main` takes an `onStart` hook (the operator and the scenarios plug in there).
 */
import os from 'node:os';
import path from 'node:path';
import { type Cluster, createCluster } from './cluster';
import { writeKubeconfig } from './kubeconfig';
import { startApiServer } from './server';

/** Parsed command-line options. */
export interface CliOptions {
  port: number;
  host: string;
  kubeconfig: string;
  scenario?: string;
  developerNamespaces: string[];
}

/** Hooks for `main`. */
export interface MainHooks {
  /** Runs after the cluster exists and before the server accepts requests. */
  onStart?: (cluster: Cluster, options: CliOptions) => Promise<void>;
  /** Where to print (default `console.log`). */
  log?: (line: string) => void;
}

const usage = `Usage: npm run cluster -- [--port 6443] [--host 127.0.0.1] [--kubeconfig FILE]
                          [--scenario NAME] [--developer-namespace NS]...`;

/** Parses the command line. */
export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    port: 6443,
    host: '127.0.0.1',
    kubeconfig: path.join(os.tmpdir(), 'tempo-sim', 'kubeconfig'),
    developerNamespaces: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return v;
    };
    if (flag === '--port') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--kubeconfig') options.kubeconfig = path.resolve(value());
    else if (flag === '--scenario') options.scenario = value();
    else if (flag === '--developer-namespace') options.developerNamespaces.push(value());
    else if (flag === '--help' || flag === '-h') throw new Error(usage);
    else throw new Error(`unknown argument ${arg}\n${usage}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0)
    throw new Error(`invalid --port\n${usage}`);
  return options;
}

/** Starts the simulator; resolves to a function that stops it. */
export async function main(argv: string[], hooks: MainHooks = {}): Promise<() => Promise<void>> {
  const log = hooks.log ?? ((line: string) => console.log(line));
  const options = parseArgs(argv);
  const cluster = createCluster({ developerNamespaces: options.developerNamespaces });
  if (hooks.onStart) await hooks.onStart(cluster, options);
  else if (options.scenario)
    log(`note: --scenario ${options.scenario} ignored: no scenario loader is wired in`);
  const server = await startApiServer({ cluster, port: options.port, host: options.host });
  writeKubeconfig(options.kubeconfig, server.httpsUrl, 'admin', server.ca);
  log(`Kubernetes API simulator listening on ${server.httpsUrl} (and ${server.url})`);
  log(`kubeconfig: ${options.kubeconfig} (contexts: admin, developer, viewer)`);
  log(`try: kubectl --kubeconfig ${options.kubeconfig} get tempostacks -A`);
  return async () => {
    await server.close();
    cluster.close();
  };
}

if (/cli\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).then(
    (stop) => {
      const shutdown = (): void => {
        void stop().then(() => process.exit(0));
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
