import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export const ROOT = path.resolve(__dirname, '../..');
const CHART = path.join(ROOT, 'charts/tempo-console-plugin');

/** Debian's nginx serving `dist/` over TLS with the chart's own nginx.conf. */
export interface ChartNginx {
  url: string;
  /** PEM of the self-signed certificate nginx serves (trust it with NODE_EXTRA_CA_CERTS). */
  caFile: string;
  /** The lines nginx wrote to its access log so far. */
  accessLog(): string[];
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * Renders the chart with real helm, takes its nginx.conf from the ConfigMap, and runs it with
 * Debian's nginx on loopback. Only the paths that a pod gets from its mounts are rewritten to local
 * ones (the certificate directory, the web root, temp and log files); everything else is the
 * chart's configuration.
 */
export async function startChartNginx(distDir = path.join(ROOT, 'dist')): Promise<ChartNginx> {
  const port = await freePort();
  const { helm } = JSON.parse(
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/kube-tools.mjs')]).toString(),
  ) as { helm: string };
  const rendered = execFileSync(helm, [
    'template',
    'tempo-console-plugin',
    CHART,
    '--set',
    'plugin.image=example/plugin:test',
    '--set',
    `plugin.port=${port}`,
  ]).toString();
  const configMap = parseAllDocuments(rendered)
    .map((d) => d.toJS() as { kind?: string; data?: Record<string, string> } | null)
    .find((o) => o?.kind === 'ConfigMap');
  const chartConf = configMap?.data?.['nginx.conf'];
  if (!chartConf) throw new Error('the chart rendered no nginx.conf');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-chart-nginx-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      path.join(dir, 'tls.key'),
      '-out',
      path.join(dir, 'tls.crt'),
    ],
    { stdio: 'ignore' },
  );
  const conf = chartConf
    .replaceAll('/tmp/', `${dir}/`)
    .replaceAll('/var/cert/', `${dir}/`)
    .replaceAll('/usr/share/nginx/html', distDir)
    // Node gives a child process sockets, not pipes, and nginx cannot open /dev/std* on those.
    .replaceAll('/dev/stderr', path.join(dir, 'error.log'))
    .replaceAll('/dev/stdout', path.join(dir, 'access.log'))
    // Loopback only: the chart listens on all interfaces of the pod.
    .replace(`listen ${port} ssl;`, `listen 127.0.0.1:${port} ssl;`)
    .replace(`listen [::]:${port} ssl;`, '');
  writeFileSync(path.join(dir, 'nginx.conf'), conf);

  const nginx: ChildProcess = spawn(
    process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    [
      '-c',
      path.join(dir, 'nginx.conf'),
      '-p',
      dir,
      '-e',
      path.join(dir, 'error.log'),
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `https://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    caFile: path.join(dir, 'tls.crt'),
    accessLog: () => readFileSync(path.join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean),
    stop: async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
