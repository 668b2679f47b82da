import type { Page } from '@playwright/test';
import { waitForConsolePage } from '../pages/console-page';
import { simObjects } from '../pages/sim-objects';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TEMPOSTACK_REF, TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * The TempoStack actions (console.action/resource-provider), in the dashboard's Actions menu and
 * the list's row menus, for the admin and for the restricted `viewer`, on the `seeds` scenario.
 */
test.use({ scenario: 'seeds' });

const ALL_ACTIONS = [
  'Edit TempoStack',
  'Open Jaeger UI',
  'Collect diagnostics',
  'Delete TempoStack',
];

const loginAs = async (page: Page, host: string, user: 'admin' | 'viewer') => {
  await page.context().addCookies([{ name: 'dev-console-user', value: user, url: host }]);
};

test.describe('TempoStack actions', () => {
  test('the admin gets every action, in the dashboard and in the list', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-route', 'simplest');
    expect(await dashboard.actions()).toEqual(ALL_ACTIONS);
    const jaeger = page.getByRole('menuitem', { name: /Open Jaeger UI/ });
    await expect(jaeger).toHaveAttribute('href', 'https://example.com/');
    await expect(jaeger).toHaveAttribute('target', '_blank');
    await expect(jaeger).toHaveAttribute('rel', 'noopener noreferrer');
    await page.keyboard.press('Escape');

    const list = new TempoStackListPage(page);
    await list.open('chainsaw-route');
    expect(await list.rowActions('chainsaw-route', 'simplest')).toEqual(ALL_ACTIONS);
    await expectHealthyPage(page, consoleErrors);
  });

  test('Edit opens the form and Collect diagnostics the Diagnostics tab', async ({ page }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-route', 'simplest');
    await dashboard.actions();
    await dashboard.chooseAction('Collect diagnostics');
    await expect(page).toHaveURL(
      new RegExp(`/k8s/ns/chainsaw-route/${TEMPOSTACK_REF}/simplest/diagnostics$`),
    );
    await expect(page.getByRole('tab', { name: 'Diagnostics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await dashboard.actions();
    await dashboard.chooseAction('Edit TempoStack');
    await expect(page).toHaveURL(
      new RegExp(`/k8s/ns/chainsaw-route/${TEMPOSTACK_REF}/simplest/form$`),
    );
  });

  test('the viewer sees no Edit or Delete and no error page', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await loginAs(page, devWorld.host, 'viewer');
    const list = new TempoStackListPage(page);
    await list.open();
    await expect(page.getByTestId('user-switcher')).toHaveValue('viewer');
    await expect(list.createButton()).toHaveCount(0);
    await expect(list.row('chainsaw-route', 'simplest').getByTestId('stack-status')).toHaveText(
      'Ready',
      {
        timeout: 30_000,
      },
    );
    await expect(page.getByTestId('api-error')).toHaveCount(0);
    const rowActions = await list.rowActions('chainsaw-route', 'simplest');
    expect(rowActions).not.toContain('Edit TempoStack');
    expect(rowActions).not.toContain('Delete TempoStack');
    expect(rowActions).toContain('Open Jaeger UI');
    await page.keyboard.press('Escape');

    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-route', 'simplest');
    await expect(dashboard.components.locator('tbody tr')).toHaveCount(5);
    await expect(page.getByTestId('api-error')).toHaveCount(0);
    const actions = await dashboard.actions();
    expect(actions).not.toContain('Edit TempoStack');
    expect(actions).not.toContain('Delete TempoStack');
    await page.keyboard.press('Escape');
    await dashboard.openTab('Resources');
    await expect(dashboard.allocation).toBeVisible();
    await dashboard.openTab('Events');
    await expect(page.getByTestId('api-error')).toHaveCount(0);
    await expectHealthyPage(page, consoleErrors);
  });

  test('Delete asks for confirmation, deletes, and goes back to the list', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const sim = simObjects(devWorld);
    await sim.namespace('e2e-delete');
    await sim.tempoStack('e2e-delete', 'doomed');
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('e2e-delete', 'doomed');
    await dashboard.actions();
    await dashboard.chooseAction('Delete TempoStack');
    const modal = page.getByRole('dialog');
    await expect(modal).toContainText('doomed');
    await modal.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(new RegExp(`/k8s/ns/e2e-delete/${TEMPOSTACK_REF}$`));
    await waitForConsolePage(page);
    await expect(page.getByTestId('no-tempostacks')).toBeVisible({ timeout: 30_000 });
    await expectHealthyPage(page, consoleErrors);
  });
});
