import { fullPageScreenshot } from '../pages/console-page';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { expect, expectHealthyPage, setTheme, test } from '../support/dev-host';

/**
 * The TempoStack dashboard on the `faults` scenario: a missing storage secret, an OOMKilled
 * (crash-looping) ingester, and a querier of which one replica never gets ready.
 */
test.use({ scenario: 'faults' });

test.describe('dashboard on the faults', () => {
  test('an OOMKilled ingester: which component fails and why', async ({ page, consoleErrors }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('tempo-faults', 'crashloop');
    const ingester = dashboard.component('ingester');
    await expect(ingester.getByTestId('component-state')).toHaveText('Failed', { timeout: 30_000 });
    await expect(ingester.getByTestId('component-reason')).toHaveText(
      /CrashLoopBackOff|OOMKilled|failed/,
    );
    await expect(ingester).toContainText('OOMKilled');
    await expect(ingester.getByTestId('replicas')).toHaveText('0/1');
    await expect(dashboard.status).toHaveText('Degraded');
    await expect(dashboard.statusReason).toContainText('Ingester');
    await expect(page.getByTestId('affected-components')).toContainText(
      'last terminated: OOMKilled',
    );
    for (const component of ['distributor', 'querier', 'compactor']) {
      await expect(dashboard.component(component).getByTestId('component-state')).toHaveText(
        'Healthy',
      );
    }
    await expectHealthyPage(page, consoleErrors);
  });

  test('a missing storage secret: the configuration error in plain words', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('tempo-faults', 'no-secret');
    await expect(dashboard.status).toHaveText('Configuration error', { timeout: 30_000 });
    await expect(page.getByTestId('configuration-error')).toContainText(
      'The storage secret "storage-that-does-not-exist" does not exist in this namespace.',
    );
    await expectHealthyPage(page, consoleErrors);
  });

  test('a querier that never gets ready: degraded with its replicas', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('tempo-faults', 'degraded');
    const querier = dashboard.component('querier');
    await expect(querier.getByTestId('replicas')).toHaveText('1/2', { timeout: 30_000 });
    await expect(querier.getByTestId('component-state')).not.toHaveText('Healthy');
    await expect(querier).toContainText('not ready');
    await expectHealthyPage(page, consoleErrors);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot of a failing stack (${theme})`, async ({ page }) => {
      const dashboard = new TempoStackDetailsPage(page);
      await dashboard.open('tempo-faults', 'crashloop');
      await setTheme(page, theme);
      await expect(dashboard.component('ingester').getByTestId('component-state')).toHaveText(
        'Failed',
        {
          timeout: 30_000,
        },
      );
      await fullPageScreenshot(page, `dashboard-faults-${theme}`);
    });
  }
});
