#!/usr/bin/env node
// Regenerates locales/en/plugin__tempo-console-plugin.json from the code (`npm run i18n`).
// With --check, fails when the committed file differs from what the code produces.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const file = 'locales/en/plugin__tempo-console-plugin.json';
const check = process.argv.includes('--check');
const before = check ? readFileSync(file, 'utf8') : '';
const args = [
  'node_modules/i18next-parser/bin/cli.js',
  '--config',
  'i18next-parser.config.mjs',
  '--silent',
];
if (check) args.push('--fail-on-update');
try {
  execFileSync(process.execPath, args, { stdio: 'inherit' });
} catch {
  if (check) {
    console.error(`${file} is stale: run \`npm run i18n\` and commit the result.`);
    process.exit(1);
  }
  throw new Error('i18next-parser failed');
}
if (check && readFileSync(file, 'utf8') !== before) {
  console.error(`${file} is stale: run \`npm run i18n\` and commit the result.`);
  process.exit(1);
}
