import { expect, expectHealthyPage, setTheme, test } from '../support/dev-host';
import { fullPageScreenshot, waitForConsolePage } from '../pages/console-page';
import { simObjects } from '../pages/sim-objects';
import { TEMPOSTACK_REF, TempoStackListPage } from '../pages/tempostack-list-page';

/**
 * The TempoStack list on the `seeds` scenario: the operator's own test configurations, reconciled by
 * the simulated operator.
 */
// The list shows every stack of the cluster: a cluster of its own, not one other files add to.
test.use({ scenario: 'seeds', worldId: 'list-page' });

/** Sorted by name, then namespace. */
const SEEDS = [
  'chainsaw-compatibility/simplest',
  'chainsaw-ibm-cos/simplest',
  'chainsaw-route/simplest',
  'tracing-system/simplest',
  'chainsaw-tempostack-resources/tmrs',
];
const key = (k: string) => k.replace('/', '-');

test.describe('TempoStack list', () => {
  test('lists every seed stack with its status, components, storage, resources and Jaeger UI', async ({
    page,
    consoleErrors,
  }) => {
    const list = new TempoStackListPage(page);
    await list.open();
    // Other test files on the same worker share this simulated cluster and may add stacks of
    // their own: the seeds must all be listed, in this order (sorted by name, then namespace).
    const seedKeys = SEEDS.map(key);
    await expect
      .poll(async () => (await list.rowKeys()).filter((k) => seedKeys.includes(k)))
      .toEqual(seedKeys);
    for (const stack of SEEDS) {
      await expect(
        list.row(...(stack.split('/') as [string, string])).getByTestId('stack-status'),
      ).toHaveText('Ready', {
        timeout: 30_000,
      });
    }
    const route = list.row('chainsaw-route', 'simplest');
    await expect(route.getByTestId('components-ready')).toHaveText('5/5');
    await expect(route).toContainText('S3');
    await expect(route.getByRole('link', { name: 'minio' })).toBeVisible();
    await expect(route.getByRole('link', { name: 'Jaeger UI of simplest' })).toHaveAttribute(
      'href',
      'https://example.com/',
    );
    const tmrs = list.row('chainsaw-tempostack-resources', 'tmrs');
    await expect(tmrs.getByTestId('components-ready')).toHaveText('6/6');
    await expect(tmrs).toContainText('Total 2 CPU, 2Gi');
    await expect(tmrs.getByRole('link', { name: /for tenant dev/ })).toHaveAttribute(
      'href',
      /^https:\/\/.*\/api\/traces\/v1\/dev\/search$/,
    );
    await expect(list.createButton()).toHaveAttribute(
      'href',
      `/k8s/ns/default/${TEMPOSTACK_REF}/~new`,
    );
    await expectHealthyPage(page, consoleErrors);
  });

  test('shows the reason of a status on hover', async ({ page }) => {
    const list = new TempoStackListPage(page);
    await list.open('chainsaw-route');
    await list.row('chainsaw-route', 'simplest').getByTestId('stack-status').hover();
    await expect(page.getByRole('tooltip')).toHaveText('All components are operational');
  });

  test('filters by name and status, keeps the filters in the URL, and sorts', async ({
    page,
    consoleErrors,
  }) => {
    const list = new TempoStackListPage(page);
    await list.open();
    await list.filterByName('tmr');
    await expect.poll(() => list.rowKeys()).toEqual(['chainsaw-tempostack-resources-tmrs']);
    await expect(page).toHaveURL(/name=tmr/);
    await page.reload();
    await waitForConsolePage(page);
    await expect.poll(() => list.rowKeys()).toEqual(['chainsaw-tempostack-resources-tmrs']);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await list.toggleStatus('Failed');
    await expect(page.getByTestId('no-match')).toBeVisible();
    await list.toggleStatus('Failed');
    await list.toggleStatus('Ready');
    await expect.poll(() => list.rowKeys()).toHaveLength(5);
    await list.sortBy('Namespace');
    await list.sortBy('Namespace');
    await expect.poll(async () => (await list.rowKeys())[0]).toBe('tracing-system-simplest');
    await expectHealthyPage(page, consoleErrors);
  });

  test('one namespace: no namespace column, create in that namespace, a link to the dashboard', async ({
    page,
    consoleErrors,
  }) => {
    const list = new TempoStackListPage(page);
    await list.open('chainsaw-route');
    await expect.poll(() => list.rowKeys()).toEqual(['chainsaw-route-simplest']);
    await expect(page.getByRole('columnheader', { name: 'Namespace' })).toHaveCount(0);
    await expect(list.createButton()).toHaveAttribute(
      'href',
      `/k8s/ns/chainsaw-route/${TEMPOSTACK_REF}/~new`,
    );
    await list
      .row('chainsaw-route', 'simplest')
      .getByRole('link', { name: 'simplest', exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/k8s/ns/chainsaw-route/${TEMPOSTACK_REF}/simplest$`));
    await expect(page.getByTestId('page-heading')).toHaveText('simplest');
    await expectHealthyPage(page, consoleErrors);
  });

  test('explains how to create a stack in a namespace without any', async ({
    page,
    consoleErrors,
  }) => {
    const list = new TempoStackListPage(page);
    await list.open('default');
    await expect(page.getByTestId('no-tempostacks')).toContainText('No TempoStacks yet');
    await expect(
      page.getByTestId('no-tempostacks').getByRole('link', { name: 'Create TempoStack' }),
    ).toHaveAttribute('href', `/k8s/ns/default/${TEMPOSTACK_REF}/~new`);
    await expectHealthyPage(page, consoleErrors);
  });

  test('updates live when a stack is added', async ({ page, devWorld }) => {
    const sim = simObjects(devWorld);
    await sim.namespace('e2e-list-live');
    await sim.tempoStack('e2e-list-live', 'first');
    const list = new TempoStackListPage(page);
    await list.open('e2e-list-live');
    await expect.poll(() => list.rowKeys()).toEqual(['e2e-list-live-first']);
    await sim.tempoStack('e2e-list-live', 'added');
    await expect.poll(() => list.rowKeys()).toEqual(['e2e-list-live-added', 'e2e-list-live-first']);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshot (${theme})`, async ({ page, consoleErrors }) => {
      const list = new TempoStackListPage(page);
      await list.open();
      await setTheme(page, theme);
      await expect(list.row('chainsaw-route', 'simplest').getByTestId('stack-status')).toHaveText(
        'Ready',
        { timeout: 30_000 },
      );
      await fullPageScreenshot(page, `list-${theme}`);
      await expectHealthyPage(page, consoleErrors);
    });
  }
});
