import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';
import type { PluginSource } from '../../dev/console/server/plugin-assets';

export const ROOT = path.resolve(__dirname, '../..');
export const MAIN_PLUGIN: PluginSource = {
  name: 'tempo-console-plugin',
  dir: path.join(ROOT, 'dist'),
};
export const FIXTURE_PLUGIN: PluginSource = {
  name: 'dev-console-fixture',
  dir: path.join(ROOT, 'dev/console/dist/fixture-plugin'),
};
export const SCREENSHOTS = path.join(ROOT, 'integration-tests/screenshots');

/** The running simulator and host (in a child process: the simulator is ESM-only TypeScript). */
export interface DevWorld {
  host: string;
  api: string;
  stacks: string[];
}

const startWorld = (plugins: PluginSource[], scenario: string | false) =>
  new Promise<{ world: DevWorld; stop: () => Promise<void> }>((resolve, reject) => {
    const args = [
      path.join(ROOT, 'dev/console/world-cli.ts'),
      '--exit-with-stdin',
      '--scenario',
      scenario === false ? 'none' : scenario,
      ...plugins.flatMap((p) => ['--plugin', `${p.name}=${p.url ?? p.dir ?? ''}`]),
    ];
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), args, {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.once('exit', (code) =>
      reject(new Error(`the dev world exited early (${code ?? 'signal'})`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('DEV_WORLD ')) return;
      resolve({
        world: JSON.parse(line.slice('DEV_WORLD '.length)) as DevWorld,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });

interface WorkerFixtures {
  /** The plugins the host serves (set per test file with `test.use`). */
  hostPlugins: PluginSource[];
  /**
   * Files with the same options share one simulated cluster (one Playwright worker); a file that
   * asserts on the whole cluster sets its own `worldId` to get a fresh one.
   */
  worldId: string;
  /** The `dev/scenarios` scenario loaded into the simulator, or `false` for an empty cluster. */
  scenario: string | false;
  /** The simulator and the dev console host, on free ports, for the test file. */
  devWorld: DevWorld;
}

interface TestFixtures {
  /** Console errors, page errors and failed requests of the page, collected as the test runs. */
  consoleErrors: string[];
}

/**
 * Starts the simulator and the dev console host in the Playwright worker (nothing is built
 * here: `npm test` builds `dist/` and the host first) and points `baseURL` at the host.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  hostPlugins: [[MAIN_PLUGIN], { option: true, scope: 'worker' }],
  scenario: ['demo', { option: true, scope: 'worker' }],
  worldId: ['shared', { option: true, scope: 'worker' }],
  devWorld: [
    // worldId only keys the worker: a different value starts a separate cluster.
    async ({ hostPlugins, scenario, worldId: _worldId }, use) => {
      const { world, stop } = await startWorld(hostPlugins, scenario);
      await use(world);
      await stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ devWorld }, use) => {
    await use(devWorld.host);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await use(errors);
  },
});

export { expect };

/** Waits until the host has loaded its plugins and the page has no spinner left. */
export const waitForPage = async (page: Page) => {
  await expect(page.getByRole('navigation', { name: 'Navigation', exact: true })).toBeVisible();
  // PatternFly spinners (not progress bars, which pages may show as data).
  await expect(page.locator('main .pf-v6-c-spinner')).toHaveCount(0, { timeout: 15_000 });
};

/** Asserts the console's own health checks: no uncaught error recorded, no error shown. */
export const expectHealthyPage = async (page: Page, consoleErrors: string[]) => {
  expect(
    await page.evaluate(() => (window as { windowError?: string }).windowError),
  ).toBeUndefined();
  await expect(
    page.locator(
      '[data-test="code-ref-error"], [data-test="render-error"], [data-test="plugin-load-error"]',
    ),
  ).toHaveCount(0);
  await expect(page.locator('[data-test="not-found"]')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
};

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

export const setTheme = async (page: Page, theme: 'light' | 'dark') => {
  await page.getByRole('button', { name: theme === 'dark' ? 'Dark' : 'Light' }).click();
  await expect(page.locator('html')).toHaveClass(
    theme === 'dark' ? /pf-v6-theme-dark/ : /^(?!.*pf-v6-theme-dark)/,
  );
};
