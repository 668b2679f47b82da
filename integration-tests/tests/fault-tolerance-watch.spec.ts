import { shownRowKeys } from '../pages/list-rows';
import {
  S3_SECRET,
  markPage,
  simFaults,
  simWrites,
  withoutFailedRequests,
} from '../pages/sim-faults';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * Dropped watches: while the simulator refuses watches, TempoStacks are added, changed and deleted
 * through its API; once watches work again, the open list and dashboard show exactly the cluster's
 * state, without a reload.
 */
test.use({ scenario: 'demo' });

test.afterEach(async ({ devWorld }) => {
  await simFaults(devWorld).reset();
});

test.describe('fault tolerance: dropped watches', () => {
  test('the list shows added, changed and deleted stacks after its watch reconnects', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const ns = 'ft-watch-list';
    const sim = simWrites(devWorld);
    const faults = simFaults(devWorld);
    await sim.namespace(ns);
    await sim.secret(ns, 'minio', S3_SECRET);
    for (const name of ['alpha', 'bravo', 'charlie']) await sim.tempoStack(ns, name);

    const list = new TempoStackListPage(page);
    await list.open(ns);
    await expect
      .poll(() => list.rowKeys())
      .toEqual([`${ns}-alpha`, `${ns}-bravo`, `${ns}-charlie`]);
    await expect(list.row(ns, 'charlie').getByTestId('stack-status')).toHaveText('Ready', {
      timeout: 30_000,
    });
    const mark = await markPage(page);

    // Watches fail from now on, and every open one is closed.
    await faults.set({ errors: { watch: { code: 503, probability: 1 } } });
    expect(await faults.dropWatches()).toBeGreaterThan(0);

    await sim.tempoStack(ns, 'delta');
    await sim.deleteTempoStack(ns, 'bravo');
    await sim.patchTempoStack(ns, 'charlie', {
      spec: { storage: { secret: { name: 'gone-secret', type: 's3' } } },
    });
    // While the watch is down, the page cannot know: it still shows what it had.
    await page.waitForTimeout(1500);
    expect(await list.rowKeys()).toEqual([`${ns}-alpha`, `${ns}-bravo`, `${ns}-charlie`]);

    await faults.reset();
    await expect
      .poll(() => shownRowKeys(page), { timeout: 20_000 })
      .toEqual([`${ns}-alpha`, `${ns}-charlie`, `${ns}-delta`]);
    await expect(list.row(ns, 'charlie').getByRole('link', { name: 'gone-secret' })).toBeVisible();
    await expect(list.row(ns, 'charlie').getByTestId('stack-status')).toHaveText(
      'Configuration error',
      { timeout: 20_000 },
    );
    await expect(list.row(ns, 'delta').getByTestId('stack-status')).toHaveText('Ready', {
      timeout: 30_000,
    });
    expect(await list.rowKeys()).toEqual([`${ns}-alpha`, `${ns}-charlie`, `${ns}-delta`]);
    expect(await mark.unchanged()).toBe(true);
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [503]));
  });

  test('the dashboard shows a change made while its watches were down', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const ns = 'ft-watch-dashboard';
    const sim = simWrites(devWorld);
    const faults = simFaults(devWorld);
    await sim.namespace(ns);
    await sim.secret(ns, 'minio', S3_SECRET);
    await sim.tempoStack(ns, 'echo', { retention: { global: { traces: '48h' } } });

    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open(ns, 'echo');
    await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });
    const retention = page.getByTestId('details-card').getByText('48h');
    await expect(retention).toBeVisible();
    const mark = await markPage(page);

    await faults.set({ errors: { watch: { code: 503, probability: 1 } } });
    expect(await faults.dropWatches()).toBeGreaterThan(0);
    await sim.patchTempoStack(ns, 'echo', { spec: { retention: { global: { traces: '72h' } } } });
    await page.waitForTimeout(1500);
    await expect(retention).toBeVisible();

    await faults.reset();
    await expect(page.getByTestId('details-card').getByText('72h')).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByTestId('details-card').getByText('48h')).toHaveCount(0);
    await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });
    expect(await mark.unchanged()).toBe(true);
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [503]));
  });

  test('a stack deleted while its dashboard is open: the dashboard says it is gone', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const ns = 'ft-watch-delete';
    const sim = simWrites(devWorld);
    await sim.namespace(ns);
    await sim.secret(ns, 'minio', S3_SECRET);
    await sim.tempoStack(ns, 'foxtrot');

    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open(ns, 'foxtrot');
    await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });
    const mark = await markPage(page);

    await sim.deleteTempoStack(ns, 'foxtrot');
    await expect.poll(() => sim.getTempoStack(ns, 'foxtrot'), { timeout: 15_000 }).toBeUndefined();
    // The operator's finalizer is gone and so is the stack: the page says so, within seconds.
    const gone = page.getByTestId('stack-not-found');
    await expect(gone).toBeVisible({ timeout: 5_000 });
    await expect(gone).toContainText('TempoStack not found');
    await expect(gone).toContainText(`There is no TempoStack foxtrot in namespace ${ns}`);
    await expect(gone.getByRole('link', { name: 'Go to TempoStacks' })).toHaveAttribute(
      'href',
      `/k8s/ns/${ns}/tempo.grafana.com~v1alpha1~TempoStack`,
    );
    await expect(page.locator('main .pf-v6-c-spinner')).toHaveCount(0);
    await expect(dashboard.heading).toHaveCount(0);
    expect(await mark.unchanged()).toBe(true);
    await expectHealthyPage(page, consoleErrors);
  });
});
