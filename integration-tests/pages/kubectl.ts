import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** What one kubectl run printed. */
export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Real kubectl (`node scripts/kube-tools.mjs` gives its path) against the simulator of the test
 * file, as `admin`: a kubeconfig (JSON) with the simulator's TLS port and the admin token.
 */
export class Kubectl {
  private readonly flags: string[];
  private readonly binary: string;

  constructor(apiUrl: string) {
    const tools = JSON.parse(
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/kube-tools.mjs')], {
        encoding: 'utf8',
      }),
    ) as { kubectl: string };
    this.binary = tools.kubectl;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-wizard-kubectl-'));
    const kubeconfig = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'sim',
          cluster: { server: apiUrl.replace(/^http:/, 'https:'), 'insecure-skip-tls-verify': true },
        },
      ],
      users: [{ name: 'admin', user: { token: 'admin-token' } }],
      contexts: [{ name: 'admin', context: { cluster: 'sim', user: 'admin' } }],
      'current-context': 'admin',
    };
    writeFileSync(path.join(dir, 'kubeconfig'), JSON.stringify(kubeconfig), { mode: 0o600 });
    this.flags = [
      '--kubeconfig',
      path.join(dir, 'kubeconfig'),
      '--cache-dir',
      path.join(dir, 'cache'),
    ];
  }

  run(args: string[], input?: string): Promise<KubectlResult> {
    return new Promise((resolve) => {
      const child = execFile(
        this.binary,
        [...this.flags, ...args],
        { timeout: 30_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  /** Runs kubectl and fails with its output when it fails. */
  async ok(args: string[], input?: string): Promise<string> {
    const result = await this.run(args, input);
    if (result.code !== 0)
      throw new Error(`kubectl ${args.join(' ')}: ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  /** `kubectl get … -o json`, parsed. */
  async getJson<T>(args: string[]): Promise<T> {
    return JSON.parse(await this.ok(['get', ...args, '-o', 'json'])) as T;
  }

  /** `kubectl apply -f -` of the given objects. */
  async apply(objects: readonly unknown[]): Promise<void> {
    await this.ok(
      ['apply', '--validate=false', '-f', '-'],
      JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }),
    );
  }
}
