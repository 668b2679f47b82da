#!/usr/bin/env node
// Regenerates locales/en/plugin__tempo-console-plugin.json from the code (`npm run i18n`).
// With --check, generates a fresh catalog into a temporary folder and fails when the committed
// file differs from it (a key added, removed or changed in the code but not in the catalog).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const file = 'locales/en/plugin__tempo-console-plugin.json';
const check = process.argv.includes('--check');
const parser = ['node_modules/i18next-parser/bin/cli.js', '--config', 'i18next-parser.config.mjs'];

if (!check) {
  execFileSync(process.execPath, [...parser, '--silent'], { stdio: 'inherit' });
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  try {
    execFileSync(
      process.execPath,
      [...parser, '--silent', '--output', path.join(dir, '$LOCALE/$NAMESPACE.json')],
      { stdio: 'inherit' },
    );
    const fresh = readFileSync(path.join(dir, 'en/plugin__tempo-console-plugin.json'), 'utf8');
    if (fresh !== readFileSync(file, 'utf8')) {
      console.error(`${file} is stale: run \`npm run i18n\` and commit the result.`);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
