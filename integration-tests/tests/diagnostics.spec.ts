import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { UPSTREAM_ROUTE_CHECK_FILES } from '../../src/tempostack/must-gather/fixtures';
import {
  expect,
  expectHealthyPage,
  screenshot,
  SCREENSHOTS,
  setTheme,
  test,
  type DevWorld,
} from '../support/dev-host';
import { kubeApi } from '../support/sim-cluster';

/**
 * The Diagnostics tab on the dev console host, `seeds` scenario: the browser bundle of
 * `chainsaw-route/simplest` (upstream layout, no secret value), a partial bundle for a user without
 * pod-log permission, cancel, and the in-cluster must-gather run (create, watch, clean up, refuse).
 */
test.use({ scenario: 'seeds' });

const NS = 'chainsaw-route';
const TAB = `/k8s/ns/${NS}/tempo.grafana.com~v1alpha1~TempoStack/simplest/diagnostics`;

interface Item {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  status?: { conditions?: { type: string; status: string }[] };
}

const waitForReady = async (world: DevWorld) => {
  const api = kubeApi(world);
  await expect
    .poll(
      async () => {
        const stack = await api.call<Item>(
          `/apis/tempo.grafana.com/v1alpha1/namespaces/${NS}/tempostacks/simplest`,
        );
        return stack.status?.conditions?.find((c) => c.status === 'True')?.type;
      },
      { timeout: 60_000 },
    )
    .toBe('Ready');
};

/** A screenshot of one card (the console scrolls inside its main area, not the page). */
const cardShot = (card: Locator, name: string) =>
  card.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

const asUser = async (page: Page, world: DevWorld, user: 'admin' | 'developer' | 'viewer') => {
  await page.context().addCookies([{ name: 'dev-console-user', value: user, url: world.host }]);
};

const openTab = async (page: Page, tab = TAB) => {
  await page.goto(tab);
  await expect(page.getByTestId('diagnostics-tab')).toBeVisible({ timeout: 20_000 });
};

/** Collects, downloads and extracts the bundle; returns the extracted root and its file list. */
const collectAndExtract = async (page: Page, work: string) => {
  await page.getByTestId('collect-bundle').click();
  await expect(page.getByTestId('bundle-summary')).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-bundle').click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^must-gather-tempostack-chainsaw-route-simplest-\d{8}T\d{6}Z\.tar\.gz$/);
  const archive = path.join(work, name);
  await download.saveAs(archive);
  execFileSync('tar', ['-xzf', archive, '-C', work]);
  const root = path.join(work, name.replace(/\.tar\.gz$/, ''));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(path.relative(root, full));
    }
  };
  walk(root);
  return { root, files: files.sort() };
};

/** Every value of every Secret of the namespace that must not appear in a bundle. */
const secretValues = async (world: DevWorld): Promise<{ where: string; value: string }[]> => {
  const secrets = await kubeApi(world).call<{ items: Item[] }>(`/api/v1/namespaces/${NS}/secrets`);
  const values: { where: string; value: string }[] = [];
  for (const secret of secrets.items) {
    for (const [key, encoded] of Object.entries(secret.data ?? {})) {
      const value = Buffer.from(encoded, 'base64').toString('utf8');
      const where = `${secret.metadata.name}/${key}`;
      // Public certificates are not secret (the CA bundle config maps carry them by design).
      if (key.endsWith('.crt') || value.startsWith('-----BEGIN CERTIFICATE')) continue;
      // The operator writes the storage endpoint and bucket into the Tempo config map (upstream too).
      if (secret.metadata.name === 'minio' && (key === 'endpoint' || key === 'bucket')) continue;
      // Shorter values are ordinary words: the seed's access_key_id is `tempo`, the product's name.
      if (value.length >= 6) values.push({ where, value });
      if (encoded.length >= 8) values.push({ where: `${where} (base64)`, value: encoded });
      for (const line of value.split('\n')) {
        if (line.length >= 16 && !line.startsWith('-----'))
          values.push({ where: `${where} (line)`, value: line });
      }
    }
  }
  return values;
};

test.describe('Diagnostics: the browser bundle', () => {
  let work: string;
  test.beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'diagnostics-e2e-'));
  });
  test.afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('admin: the bundle has the upstream files at the same paths, the additions, and no secret value', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await waitForReady(devWorld);
    await asUser(page, devWorld, 'admin');
    await openTab(page);
    await screenshot(page, 'diagnostics-light-idle');
    const { root, files } = await collectAndExtract(page, work);
    await screenshot(page, 'diagnostics-light-summary');

    await test.step('every per-instance file of the upstream must-gather check', () => {
      for (const file of UPSTREAM_ROUTE_CHECK_FILES) expect(files).toContain(file);
    });
    await test.step('operator files named as upstream names them, and the additions', () => {
      expect(files).toContain('deployment-tempo-operator-controller.yaml');
      expect(files.some((f) => /^tempo-operator-controller-[a-z0-9]+-[a-z0-9]+$/.test(f))).toBe(
        true,
      );
      expect(
        files.some((f) => f.startsWith('olm/clusterserviceversion-tempo-operator-v0-22-0')),
      ).toBe(true);
      expect(files).toEqual(
        expect.arrayContaining([
          'timestamp',
          'collection-report.yaml',
          `namespaces/${NS}/core/pods.yaml`,
          `namespaces/${NS}/core/events.yaml`,
        ]),
      );
      expect(
        files.some((f) =>
          /^namespaces\/chainsaw-route\/pods\/tempo-simplest-ingester-0\/tempo\/tempo\/logs\/current\.log$/.test(
            f,
          ),
        ),
      ).toBe(true);
      const keys = readFileSync(
        path.join(root, `namespaces/${NS}/tempostack/simplest/diagnostics/storage-secret.yaml`),
        'utf8',
      );
      expect(keys).toContain('- access_key_secret');
      expect(readFileSync(path.join(root, 'timestamp'), 'utf8')).toMatch(
        /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC\n\d{4}-.* UTC\n$/,
      );
    });
    await test.step('no secret value of the scenario anywhere in the bundle', async () => {
      const values = await secretValues(devWorld);
      expect(values.map((v) => v.where)).toEqual(
        expect.arrayContaining(['minio/access_key_secret']),
      );
      for (const file of files) {
        const content = readFileSync(path.join(root, file), 'utf8');
        for (const { where, value } of values) {
          expect(content.includes(value), `${where} found in ${file}`).toBe(false);
        }
      }
    });
    await expectHealthyPage(page, consoleErrors);
  });

  test('a user without pod-log permission gets a partial bundle with an explanation', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await waitForReady(devWorld);
    await asUser(page, devWorld, 'viewer');
    // The simulator's viewer may read logs (as Kubernetes' `view` role): take that right away here.
    await page.route('**/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', async (route) => {
      const body = route.request().postDataJSON() as {
        spec?: { resourceAttributes?: { subresource?: string } };
      };
      if (body.spec?.resourceAttributes?.subresource !== 'log') return route.fallback();
      await route.fulfill({
        json: { ...body, status: { allowed: false, reason: 'no pods/log in this role' } },
      });
    });
    let logRequests = 0;
    await page.route('**/log?**', (route) => {
      // The operator's log (other namespace) is still tried: its 403 is listed like any failure.
      if (route.request().url().includes(`/namespaces/${NS}/`)) logRequests += 1;
      return route.fulfill({
        status: 403,
        json: { kind: 'Status', code: 403, message: 'forbidden' },
      });
    });
    await openTab(page);
    const { root, files } = await collectAndExtract(page, work);
    await expect(page.getByTestId('bundle-partial')).toBeVisible();
    await expect(page.getByTestId('bundle-failures')).toContainText(
      'Container logs: you may not read pod logs in namespace chainsaw-route',
    );
    await screenshot(page, 'diagnostics-light-partial');
    await cardShot(page.getByTestId('bundle-card'), 'diagnostics-light-partial-card');
    expect(logRequests).toBe(0);
    for (const file of UPSTREAM_ROUTE_CHECK_FILES) expect(files).toContain(file);
    expect(files.some((f) => f.endsWith('.log'))).toBe(false);
    const report = readFileSync(path.join(root, 'collection-report.yaml'), 'utf8');
    expect(report).toContain('complete: false');
    expect(report).toContain('what: container logs in namespace chainsaw-route');
    expect(report).toContain('status: 403');
    expect(
      readFileSync(
        path.join(root, `namespaces/${NS}/tempostack/simplest/diagnostics/storage-secret.yaml`),
        'utf8',
      ),
    ).toContain('collected: false');
    // The operator log's 403 is expected here; the browser reports every failed request.
    await expectHealthyPage(
      page,
      consoleErrors.filter((e) => !e.includes('status of 403')),
    );
  });

  test('cancel stops the collection and downloads nothing', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await asUser(page, devWorld, 'admin');
    await openTab(page);
    await page.route('**/api/kubernetes/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.fallback();
    });
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByTestId('collect-bundle').click();
    await expect(page.getByTestId('bundle-progress')).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Collecting' })).toBeVisible();
    await screenshot(page, 'diagnostics-light-progress');
    await page.getByTestId('cancel-bundle').click();
    await expect(page.getByText('Collection cancelled. Nothing was downloaded.')).toBeVisible();
    await expect(page.getByTestId('collect-bundle')).toBeVisible();
    expect(downloads).toBe(0);
    await page.unroute('**/api/kubernetes/**');
    await expectHealthyPage(page, consoleErrors);
  });
});

/** A copy of the route seed in a namespace where `developer` may edit (created once). */
const developerStack = async (world: DevWorld): Promise<string> => {
  const api = kubeApi(world);
  const ns = 'diagnostics-dev';
  const create = (urlPath: string, body: unknown) =>
    api.call(urlPath, { method: 'POST', body: JSON.stringify(body) }).catch((e: Error) => {
      if (!e.message.includes(' 409 ')) throw e;
    });
  await create('/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: ns, labels: { 'tempo-sim/team': 'dev' } },
  });
  await create(`/api/v1/namespaces/${ns}/secrets`, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'minio', namespace: ns },
    stringData: {
      endpoint: 'http://minio:9000',
      bucket: 'tempo',
      access_key_id: 'tempo',
      access_key_secret: 'supersecret',
    },
  });
  await create(`/apis/tempo.grafana.com/v1alpha1/namespaces/${ns}/tempostacks`, {
    apiVersion: 'tempo.grafana.com/v1alpha1',
    kind: 'TempoStack',
    metadata: { name: 'simplest', namespace: ns },
    spec: { storage: { secret: { name: 'minio', type: 's3' } }, storageSize: '200M' },
  });
  return `/k8s/ns/${ns}/tempo.grafana.com~v1alpha1~TempoStack/simplest/diagnostics`;
};

test.describe('Diagnostics: must-gather in the cluster', () => {
  const runNamespaces = async (world: DevWorld) =>
    (
      await kubeApi(world).call<{ items: Item[] }>(
        `/api/v1/namespaces?labelSelector=${encodeURIComponent('tempo-console-plugin/must-gather-run')}`,
      )
    ).items;
  const rbacNames = async (world: DevWorld, plural: string) =>
    (
      await kubeApi(world).call<{ items: Item[] }>(`/apis/rbac.authorization.k8s.io/v1/${plural}`)
    ).items
      .map((i) => i.metadata.name)
      .filter((n) => n.startsWith('tempo-must-gather-'));
  const expectAllGone = async (world: DevWorld) => {
    await expect.poll(async () => (await runNamespaces(world)).length, { timeout: 30_000 }).toBe(0);
    expect(await rbacNames(world, 'clusterroles')).toEqual([]);
    expect(await rbacNames(world, 'clusterrolebindings')).toEqual([]);
  };

  test('admin: creates the run, watches it to completion, shows the copy command, cleans up', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await asUser(page, devWorld, 'admin');
    await openTab(page);
    const card = page.getByTestId('in-cluster-card');
    await expect(card.getByLabel('Must-gather image')).toHaveValue(
      'ghcr.io/grafana/tempo-operator/must-gather:v0.22.0',
    );
    await expect(card.getByLabel('Operator namespace')).toHaveValue('openshift-tempo-operator');
    await card.getByTestId('start-run').click();
    await expect(card.getByTestId('run-progress')).toBeVisible();

    await test.step('the objects exist, labelled with the run', async () => {
      await expect.poll(async () => (await runNamespaces(devWorld)).length).toBe(1);
      const [ns] = await runNamespaces(devWorld);
      // The pod is the last object the run creates.
      await expect(card.getByTestId('run-created')).toContainText('Pod');
      const pod = await kubeApi(devWorld).call<{
        spec: { containers: { name: string; image: string; args?: string[] }[] };
      }>(`/api/v1/namespaces/${ns.metadata.name}/pods/must-gather`);
      expect(pod.spec.containers[0]).toMatchObject({
        name: 'gather',
        image: 'ghcr.io/grafana/tempo-operator/must-gather:v0.22.0',
        args: [
          '--operator-namespace',
          'openshift-tempo-operator',
          '--collection-dir',
          '/must-gather',
        ],
      });
      expect(await rbacNames(devWorld, 'clusterrolebindings')).toHaveLength(1);
      await expect(card.getByTestId('run-namespace')).toHaveText(ns.metadata.name);
    });
    await test.step('the run is watched to completion, with its log and the copy command', async () => {
      await expect(card.getByTestId('run-completed')).toBeVisible({ timeout: 30_000 });
      await expect(card.getByTestId('run-phase')).toHaveText('Completed');
      const [ns] = await runNamespaces(devWorld);
      await expect(card.getByTestId('run-rsync-command').getByRole('textbox')).toHaveValue(
        new RegExp(
          `^oc rsync -n ${ns.metadata.name} -c copy must-gather:/must-gather \\./must-gather\\.local\\.[a-z0-9]{5}$`,
        ),
      );
      await expect(card.getByTestId('run-log')).toContainText('gather finished');
      await screenshot(page, 'diagnostics-light-run-completed');
      await cardShot(card, 'diagnostics-light-run-completed-card');
    });
    await test.step('clean up removes namespace, role and binding', async () => {
      await card.getByTestId('run-clean-up').click();
      await expect(card.getByText('The run objects were deleted.')).toBeVisible({
        timeout: 30_000,
      });
      await expectAllGone(devWorld);
    });
    await expectHealthyPage(page, consoleErrors);
  });

  test('admin: cancelling a run removes everything it created', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await asUser(page, devWorld, 'admin');
    await openTab(page);
    const card = page.getByTestId('in-cluster-card');
    await card.getByTestId('start-run').click();
    await expect.poll(async () => (await runNamespaces(devWorld)).length).toBe(1);
    await card.getByTestId('run-cancel').click();
    await expect(card.getByText('The run was cancelled and its objects were deleted.')).toBeVisible(
      { timeout: 30_000 },
    );
    await expectAllGone(devWorld);
    await expectHealthyPage(page, consoleErrors);
  });

  for (const user of ['developer', 'viewer'] as const) {
    test(`${user}: refused with the missing permissions explained`, async ({
      page,
      devWorld,
      consoleErrors,
    }) => {
      await asUser(page, devWorld, user);
      // The developer edits only in namespaces labelled tempo-sim/team=dev: give it a stack there.
      await openTab(page, user === 'developer' ? await developerStack(devWorld) : TAB);
      const card = page.getByTestId('in-cluster-card');
      await expect(card.getByTestId('run-not-allowed')).toBeVisible();
      await expect(card.getByTestId('missing-createNamespaces')).toContainText('Create namespaces');
      await expect(card.getByTestId('missing-createClusterRoles')).toBeVisible();
      await expect(card.getByTestId('start-run')).toHaveCount(0);
      await cardShot(card, `diagnostics-light-run-refused-${user}`);
      await expectHealthyPage(page, consoleErrors);
    });
  }
});

test.describe('Diagnostics: dark theme', () => {
  test('the tab, the summary and a run read well in the dark theme', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await asUser(page, devWorld, 'admin');
    await page.goto('/dev-console');
    await setTheme(page, 'dark');
    await openTab(page);
    await screenshot(page, 'diagnostics-dark-idle');
    await page.getByTestId('collect-bundle').click();
    await expect(page.getByTestId('bundle-summary')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('in-cluster-card').getByTestId('start-run').click();
    await expect(page.getByTestId('run-completed')).toBeVisible({ timeout: 30_000 });
    await screenshot(page, 'diagnostics-dark-summary-and-run');
    await cardShot(page.getByTestId('bundle-card'), 'diagnostics-dark-bundle-card');
    await cardShot(page.getByTestId('in-cluster-card'), 'diagnostics-dark-run-card');
    await page.getByTestId('run-clean-up').click();
    await expect(page.getByText('The run objects were deleted.')).toBeVisible({ timeout: 30_000 });
    await expectHealthyPage(page, consoleErrors);
  });
});

test.describe('Diagnostics: a 100-pod stack', () => {
  test('is collected with at most 5 requests in flight (the counters are printed)', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    test.setTimeout(180_000);
    const api = kubeApi(devWorld);
    const ns = 'diagnostics-scale';
    const create = (urlPath: string, body: unknown) =>
      api.call(urlPath, { method: 'POST', body: JSON.stringify(body) }).catch((e: Error) => {
        if (!e.message.includes(' 409 ')) throw e;
      });
    await create('/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns },
    });
    await create(`/api/v1/namespaces/${ns}/secrets`, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'minio', namespace: ns },
      stringData: {
        endpoint: 'http://minio:9000',
        bucket: 'tempo',
        access_key_id: 'tempo',
        access_key_secret: 'supersecret',
      },
    });
    const replicas = {
      distributor: 30,
      ingester: 20,
      querier: 30,
      queryFrontend: 10,
      compactor: 10,
    };
    await create(`/apis/tempo.grafana.com/v1alpha1/namespaces/${ns}/tempostacks`, {
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoStack',
      metadata: { name: 'hundred', namespace: ns },
      spec: {
        storage: { secret: { name: 'minio', type: 's3' } },
        template: {
          distributor: { component: { replicas: replicas.distributor } },
          ingester: { replicas: replicas.ingester },
          querier: { replicas: replicas.querier },
          queryFrontend: { component: { replicas: replicas.queryFrontend } },
          compactor: { replicas: replicas.compactor },
        },
      },
    });
    const running = async () =>
      (
        await api.call<{ items: { status?: { phase?: string } }[] }>(
          `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent('app.kubernetes.io/instance=hundred')}`,
        )
      ).items.filter((p) => p.status?.phase === 'Running').length;
    await expect.poll(running, { timeout: 120_000, intervals: [1000] }).toBe(100);

    await asUser(page, devWorld, 'admin');
    await openTab(page, `/k8s/ns/${ns}/tempo.grafana.com~v1alpha1~TempoStack/hundred/diagnostics`);
    await page.getByTestId('collect-bundle').click();
    await expect(page.getByTestId('bundle-summary')).toBeVisible({ timeout: 120_000 });
    const stats = page.getByTestId('bundle-stats');
    const read = async (name: string) => Number(await stats.getAttribute(`data-${name}`));
    const numbers = {
      pods: Number(await page.getByTestId('bundle-pods').textContent()),
      containerLogs: Number(await page.getByTestId('bundle-logs').textContent()),
      requests: await read('requests'),
      peakInFlight: await read('peak-in-flight'),
      bytes: await read('bytes'),
      wallTimeMs: await read('wall-time-ms'),
    };
    console.log(`100-pod collection: ${JSON.stringify(numbers)}`);
    test.info().annotations.push({ type: 'benchmark', description: JSON.stringify(numbers) });
    expect(numbers.pods).toBe(100);
    expect(numbers.containerLogs).toBeGreaterThanOrEqual(100);
    expect(numbers.peakInFlight).toBeGreaterThan(1);
    expect(numbers.peakInFlight).toBeLessThanOrEqual(5);
    expect(numbers.requests).toBeGreaterThanOrEqual(numbers.containerLogs + 15);
    await expectHealthyPage(page, consoleErrors);
  });
});
