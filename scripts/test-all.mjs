#!/usr/bin/env node
// `npm test`: every check of the project, in order, then one line that adds up every test
// runner's counts: `N passed, N failed`. A check that is not a test runner (lint, types, i18n,
// build) counts as one test. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'integration-tests/results';
mkdirSync(results, { recursive: true });

const npx = (args) => ['node_modules/.bin/' + args[0], ...args.slice(1)];

/** @type {{name: string, cmd: string[], env?: Record<string,string>, counts?: () => {passed: number, failed: number}}[]} */
const steps = [
  { name: 'i18n catalog is current', cmd: ['node', 'scripts/i18n.mjs', '--check'] },
  { name: 'eslint', cmd: npx(['eslint', '.', '--max-warnings', '0']) },
  { name: 'stylelint', cmd: npx(['stylelint', 'src/**/*.css', '--allow-empty-input']) },
  { name: 'prettier', cmd: npx(['prettier', '--check', '.', '--log-level', 'warn']) },
  { name: 'typescript', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  {
    name: 'unit tests (vitest)',
    cmd: npx([
      'vitest',
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/vitest.json`,
    ]),
    before: () => rmSync(`${results}/vitest.json`, { force: true }),
    counts: () => {
      const report = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
  { name: 'production build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'dev console host build', cmd: ['npm', 'run', '--silent', 'host:build'] },
  {
    name: 'browser tests (playwright)',
    cmd: ['npm', 'run', '--silent', 'test:e2e'],
    before: () => rmSync(`${results}/playwright.json`, { force: true }),
    counts: () => {
      const { stats } = JSON.parse(readFileSync(`${results}/playwright.json`, 'utf8'));
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}`);
  step.before?.();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const ok = run.status === 0;
  let counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (step.counts) {
    try {
      counts = step.counts();
      if (!ok && counts.failed === 0) counts = { ...counts, failed: 1 };
    } catch {
      // The runner did not get as far as writing its report.
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  summary.push(
    `${ok ? 'ok  ' : 'FAIL'} ${step.name} (${counts.passed} passed, ${counts.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync('dist/plugin-manifest.json') ? 0 : 1);
