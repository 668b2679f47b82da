/**
 * `npm run bench`: performance figures of the production build, measured in headless Chromium on the
 * dev console host against the simulator, each with its budget. Prints one table and writes
 * `.bench/results.json` (the previous run is kept as `.bench/previous.json` and compared).
 *
 * Bundle sizes are counted as on console 4.22: the host provides React, the SDK and PatternFly
 * 6.4.2 through the share scope, so only what the plugin itself fetches counts.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { measureDashboard, measureDiagnostics, measureList, measurePages } from './scenarios';
import { ROOT, startWorld } from './world';

export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: string;
  budget?: string;
  ok?: boolean;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const KiB = 1024;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npm', ['run', '--silent', 'host:build'], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/ensure-system-packages.mjs')], {
    stdio: 'inherit',
  });
  const figures: Figure[] = [];
  const entry = readdirSync(path.join(ROOT, 'dist')).find((f) => /^plugin-entry\..*\.js$/.test(f));
  if (!entry) throw new Error('dist/ has no plugin-entry: the build failed');
  const entryGz = gzipSync(readFileSync(path.join(ROOT, 'dist', entry)), { level: 9 }).length;
  figures.push({
    group: 'bundle',
    name: 'plugin-entry (gzip)',
    value: entryGz / KiB,
    unit: 'KiB',
    budget: '≤ 6 KiB',
    ok: entryGz <= 6 * KiB,
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const scale = await startWorld('scale');
    try {
      figures.push(...(await measurePages(browser, scale)));
      figures.push(...(await measureList(browser, scale, 'scale')));
    } finally {
      await scale.stop();
    }
    const demo = await startWorld('demo');
    try {
      figures.push(...(await measureList(browser, demo, 'demo')));
      figures.push(...(await measureDashboard(browser, demo)));
      figures.push(...(await measureDiagnostics(browser, demo)));
    } finally {
      await demo.stop();
    }
  } finally {
    await browser.close();
  }
  report(figures);
}

function report(figures: Figure[]): void {
  const dir = path.join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'results.json');
  let previous: Figure[] = [];
  if (existsSync(file)) {
    copyFileSync(file, path.join(dir, 'previous.json'));
    previous = (JSON.parse(readFileSync(file, 'utf8')) as { figures: Figure[] }).figures;
  }
  const rows = figures.map((f) => {
    const before = previous.find((p) => p.group === f.group && p.name === f.name);
    const delta = before ? f.value - before.value : undefined;
    return [
      f.group,
      f.name,
      `${round(f.value)} ${f.unit}`,
      f.budget ?? '',
      f.ok === undefined ? '' : f.ok ? 'ok' : 'OVER',
      delta === undefined || delta === 0 ? '' : `${delta > 0 ? '+' : ''}${round(delta)}`,
    ];
  });
  const header = ['group', 'figure', 'value', 'budget', 'met', 'vs last run'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
  const over = figures.filter((f) => f.ok === false);
  console.log(
    `\n${figures.length} figures, ${over.length} over budget${over.length ? `: ${over.map((f) => f.name).join(', ')}` : ''}. JSON: .bench/results.json`,
  );
}

const round = (n: number): string =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
