import {
  expectedNavNames,
  modelFlags,
  pagesFromManifest,
  readLocale,
  readManifest,
} from '../support/manifest-pages';
import {
  MAIN_PLUGIN,
  expect,
  expectHealthyPage,
  screenshot,
  setTheme,
  test,
  waitForPage,
} from '../support/dev-host';
import { simCluster } from '../support/sim-cluster';

/**
 * The plugin's production build in the dev console host, on the `demo` scenario: whatever
 * `console-extensions.json` declares is reachable and renders cleanly, in both themes.
 */
const dir = MAIN_PLUGIN.dir ?? 'dist';
const manifest = readManifest(dir);
const locale = readLocale(dir, manifest.name);

test.describe('the plugin in the dev console host', () => {
  test('loads the plugin and shows every navigation item it declares', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const flags = await modelFlags(manifest, simCluster(devWorld));
    await page.goto('/dev-console');
    await waitForPage(page);
    await expect(
      page.locator(`[data-test="plugin-${manifest.name}"] [data-test="plugin-status"]`),
    ).toHaveText('loaded');
    const nav = page.getByRole('navigation', { name: 'Navigation', exact: true });
    for (const name of expectedNavNames(manifest, flags, locale)) {
      await expect(nav.getByText(name, { exact: true }).first()).toBeVisible();
    }
    await expectHealthyPage(page, consoleErrors);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`renders every page the manifest declares (${theme} theme)`, async ({
      page,
      devWorld,
      consoleErrors,
    }) => {
      const cluster = simCluster(devWorld);
      const pages = await pagesFromManifest(manifest, await modelFlags(manifest, cluster), cluster);
      await page.goto('/dev-console');
      await waitForPage(page);
      await setTheme(page, theme);
      for (const { path, from } of pages) {
        await test.step(`${path} (${from})`, async () => {
          await page.goto(path);
          await waitForPage(page);
          await expect(page.locator('html')).toHaveClass(
            theme === 'dark' ? /pf-v6-theme-dark/ : /^(?!.*pf-v6-theme-dark)/,
          );
          await expectHealthyPage(page, consoleErrors);
          await screenshot(
            page,
            `dev-host-${theme}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
          );
        });
      }
      await page.goto('/dev-console');
      await waitForPage(page);
      await screenshot(page, `dev-host-${theme}-overview`);
    });
  }

  test('names the extension and the $codeRef that does not resolve', async ({
    page,
    consoleErrors,
  }) => {
    await page.route(`**/api/plugins/${manifest.name}/plugin-manifest.json`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as typeof manifest;
      json.extensions.push(
        {
          type: 'console.page/route',
          properties: {
            path: '/broken-code-ref',
            exact: true,
            component: { $codeRef: 'NoSuchModule.BrokenPage' },
          },
        },
        {
          type: 'console.navigation/href',
          properties: { id: 'broken', name: 'Broken page', href: '/broken-code-ref' },
        },
      );
      await route.fulfill({ response, json });
    });
    await page.goto('/broken-code-ref');
    const alerts = page.locator('[data-test="code-ref-error"]');
    await expect(alerts.first()).toBeVisible();
    await expect(alerts.first()).toContainText('NoSuchModule.BrokenPage');
    await expect(alerts.first()).toContainText('console.page/route');
    // Reported above every page too, not only where it is rendered.
    await page
      .getByRole('navigation', { name: 'Navigation', exact: true })
      .getByText('Dev console', { exact: true })
      .click();
    await expect(page.locator('[data-test="host-alerts"]')).toContainText(
      'NoSuchModule.BrokenPage',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('switches user and theme, and remembers them', async ({ page, consoleErrors }) => {
    await page.goto('/dev-console');
    await waitForPage(page);
    await expect(page.locator('[data-test="current-user"]')).toHaveText('admin');
    await page.locator('[data-test="user-switcher"]').selectOption('viewer');
    await expect(page.locator('[data-test="current-user"]')).toHaveText('viewer');
    await setTheme(page, 'dark');
    await page.reload();
    await waitForPage(page);
    await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
    await expect(page.locator('[data-test="current-user"]')).toHaveText('viewer');
    await expectHealthyPage(page, consoleErrors);
  });
});
