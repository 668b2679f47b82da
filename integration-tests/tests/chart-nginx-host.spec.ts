import { modelFlags, pagesFromManifest, readManifest } from '../support/manifest-pages';
import { startChartNginx, type ChartNginx } from '../support/chart-nginx';
import {
  MAIN_PLUGIN,
  expect,
  expectHealthyPage,
  test as hostTest,
  waitForPage,
} from '../support/dev-host';
import { simCluster } from '../support/sim-cluster';

/**
 * The dev console host loads the plugin from Debian's nginx running the chart's nginx.conf over
 * TLS (as the console's bridge fetches it from the plugin's Service), not from dist/ directly.
 */
const test = hostTest.extend<object, { chartNginx: ChartNginx }>({
  chartNginx: [
    // Playwright reads a fixture's dependencies from its first parameter: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const nginx = await startChartNginx();
      // The host (a child process) fetches the plugin over TLS: trust nginx's certificate.
      process.env.NODE_EXTRA_CA_CERTS = nginx.caFile;
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  hostPlugins: [
    async ({ chartNginx }, use) => {
      await use([{ name: MAIN_PLUGIN.name, url: `${chartNginx.url}/` }]);
    },
    { scope: 'worker' },
  ],
});

const manifest = readManifest(MAIN_PLUGIN.dir ?? 'dist');

test('the host loads every page of the plugin served by the chart’s nginx', async ({
  page,
  devWorld,
  chartNginx,
  consoleErrors,
}) => {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes(`/api/plugins/${manifest.name}/`)) seen.push(response.url());
  });
  const cluster = simCluster(devWorld);
  const pages = await pagesFromManifest(manifest, await modelFlags(manifest, cluster), cluster);
  expect(pages.length).toBeGreaterThan(3);
  for (const { path, from } of pages) {
    await test.step(`${path} (${from})`, async () => {
      await page.goto(path);
      await waitForPage(page);
      await expectHealthyPage(page, consoleErrors);
    });
  }
  expect(seen.some((url) => /plugin-entry\.[0-9a-f]+\.min\.js$/.test(url))).toBe(true);
  // Every file came from nginx: the manifest, the entry and the exposed modules' chunks.
  const served = chartNginx.accessLog().join('\n');
  expect(served).toMatch(/"GET \/plugin-manifest\.json HTTP/);
  expect(served).toMatch(/"GET \/plugin-entry\.[0-9a-f]+\.min\.js HTTP/);
  expect(served).toMatch(/"GET \/[\w-]+-chunk-[0-9a-f]+\.min\.js HTTP/);
});
