/** Runs real kubectl (v1.33, from `scripts/kube-tools.mjs`) against a simulator started for a test file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kubeTools } from '../../scripts/kube-tools.mjs';
import { type Running, startRunning } from './http-test-support';
import { writeKubeconfig } from './kubeconfig';

/** The Tempo Operator test configurations (shared reference data). */
export const seeds = fileURLToPath(
  new URL('../../../shared/reference/seed-configs', import.meta.url),
);

/** What a kubectl run printed. */
export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A simulator with a kubeconfig and a private discovery cache. */
export interface KubectlWorld {
  run: Running;
  dir: string;
  kubectlPath: string;
  /** The flags that point kubectl at the simulator. */
  flags: string[];
  kubectl(args: string[], input?: string): Promise<KubectlResult>;
  stop(): Promise<void>;
}

/** Starts a simulator and writes its kubeconfig (admin current) into a temporary directory. */
export async function startKubectlWorld(): Promise<KubectlWorld> {
  const kubectlPath = kubeTools().kubectl;
  const run = await startRunning();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-sim-kubectl-'));
  writeKubeconfig(path.join(dir, 'kubeconfig'), run.server.url, 'admin', run.server.ca);
  const flags = [
    '--kubeconfig',
    path.join(dir, 'kubeconfig'),
    '--cache-dir',
    path.join(dir, 'cache'),
  ];
  return {
    run,
    dir,
    kubectlPath,
    flags,
    kubectl: (args, input) =>
      new Promise((resolve) => {
        const child = execFile(
          kubectlPath,
          [...flags, ...args],
          { timeout: 20_000 },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
        if (input !== undefined) child.stdin?.end(input);
      }),
    stop: async () => {
      await run.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
