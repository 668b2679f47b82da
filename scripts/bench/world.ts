import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = path.resolve(__dirname, '../..');

/** A running simulator + dev console host (dev/console/world-cli.ts) for one scenario. */
export interface BenchWorld {
  host: string;
  api: string;
  stacks: string[];
  stop(): Promise<void>;
}

/** Starts the dev world in a child process and waits for its `DEV_WORLD {…}` line. */
export const startWorld = (scenario: string): Promise<BenchWorld> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [
        path.join(ROOT, 'dev/console/world-cli.ts'),
        '--scenario',
        scenario,
        '--plugin',
        `tempo-console-plugin=${path.join(ROOT, 'dist')}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.once('exit', (code) => reject(new Error(`the dev world exited (${code ?? 'signal'})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('DEV_WORLD ')) return;
      const world = JSON.parse(line.slice('DEV_WORLD '.length)) as Omit<BenchWorld, 'stop'>;
      resolve({
        ...world,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });

/** A request to the simulator's API as the admin user. */
export async function adminRequest(
  world: BenchWorld,
  method: string,
  apiPath: string,
  body?: unknown,
  contentType = 'application/merge-patch+json',
): Promise<unknown> {
  const response = await fetch(`${world.api}${apiPath}`, {
    method,
    headers: {
      Authorization: 'Bearer admin-token',
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}
