import type { Page } from '@playwright/test';
import { shownRowKeys } from '../pages/list-rows';
import { markPage, simFaults, withoutFailedRequests } from '../pages/sim-faults';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * API errors (5xx, timeouts) injected by the simulator: the pages show a PatternFly error state
 * with the API server's own message, and recover by themselves (no reload) once the API answers
 * again — the console's watches retry (lists every 15 s, sockets with back-off).
 */
test.use({ scenario: 'demo' });

const UNAVAILABLE = 'the server is currently unable to handle the request';
const TIMEOUT =
  'the server was unable to return a response in the time allotted, but may still be processing the request';

test.afterEach(async ({ devWorld }) => {
  await simFaults(devWorld).reset();
});

/** The page-level error: a PatternFly empty state with a heading and the server's message. */
const apiError = (page: Page) => page.getByTestId('api-error');

test.describe('fault tolerance: API errors', () => {
  test('the list shows a 503 with the server message, then recovers by itself', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const faults = simFaults(devWorld);
    await faults.set({ errors: { list: { code: 503, probability: 1 } } });
    const list = new TempoStackListPage(page);
    await list.open('team-b');
    await expect(apiError(page)).toBeVisible();
    await expect(apiError(page)).toHaveClass(/pf-v6-c-empty-state/);
    await expect(apiError(page).getByRole('heading', { level: 2 })).toHaveText(
      /Could not load TempoStacks/,
    );
    await expect(apiError(page)).toContainText(UNAVAILABLE);
    await expect(page.getByTestId('tempostack-table')).toHaveCount(0);
    const mark = await markPage(page);

    await faults.reset();
    await expect
      .poll(() => shownRowKeys(page), { timeout: 20_000 })
      .toEqual(['team-b-analytics', 'team-b-metrics']);
    await expect(apiError(page)).toHaveCount(0);
    expect(await mark.unchanged()).toBe(true);
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [503]));
  });

  test('the dashboard shows a timeout with the server message, then recovers by itself', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const faults = simFaults(devWorld);
    const timeout = { code: 504, probability: 1 };
    await faults.set({ errors: { get: timeout, list: timeout, watch: timeout } });
    await page.goto(TempoStackDetailsPage.path('team-b', 'analytics'));
    await expect(apiError(page)).toBeVisible({ timeout: 15_000 });
    await expect(apiError(page)).toHaveClass(/pf-v6-c-empty-state/);
    await expect(apiError(page).getByRole('heading', { level: 2 })).toHaveText(
      /Could not load TempoStack analytics/,
    );
    await expect(apiError(page)).toContainText(TIMEOUT);
    await expect(page.locator('main .pf-v6-c-spinner')).toHaveCount(0);
    const mark = await markPage(page);

    await faults.reset();
    const dashboard = new TempoStackDetailsPage(page);
    await expect(dashboard.heading).toHaveText('analytics', { timeout: 20_000 });
    await expect(dashboard.status).toHaveText('Ready', { timeout: 20_000 });
    await expect(apiError(page)).toHaveCount(0);
    expect(await mark.unchanged()).toBe(true);
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [504]));
  });

  test('a failing request while the dashboard is open does not take the dashboard away', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    // The console reads a watched single object again every 30 s (here every 2 s, to see it
    // sooner), and a failed read replaces the object with the error: a dashboard built on an
    // object watch loses its stack to one failing GET. The dashboard's stack must survive that.
    await page.addInitScript(() =>
      localStorage.setItem('dev-console/watch-timings', JSON.stringify({ objectPoll: 2000 })),
    );
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('team-b', 'analytics');
    await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });

    const faults = simFaults(devWorld);
    await faults.set({ errors: { get: { code: 503, probability: 1 } } });
    // Several reads fail meanwhile; the dashboard stays.
    await page.waitForTimeout(5000);
    await expect(dashboard.heading).toHaveText('analytics');
    await expect(page.getByTestId('components')).toBeVisible();
    await expect(apiError(page)).toHaveCount(0);
    await faults.reset();
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [503]));
  });
});
