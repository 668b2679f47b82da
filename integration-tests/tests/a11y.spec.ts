import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, setTheme, test } from '../support/dev-host';

/**
 * Axe (WCAG 2.x A/AA rules) on the TempoStack list and dashboard tabs, in light and dark themes:
 * no serious or critical violation inside the plugin's content.
 */
test.use({ scenario: 'seeds' });

/** Serious and critical violations in the page's main content, one line each. */
const violations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
};

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${theme})`, () => {
    test('the list', async ({ page }) => {
      const list = new TempoStackListPage(page);
      await list.open();
      await setTheme(page, theme);
      await expect(list.row('chainsaw-route', 'simplest').getByTestId('stack-status')).toHaveText(
        'Ready',
        {
          timeout: 30_000,
        },
      );
      expect(await violations(page)).toEqual([]);
    });

    for (const [namespace, name, tab] of [
      ['chainsaw-route', 'simplest', ''],
      ['chainsaw-tempostack-resources', 'tmrs', ''],
      ['chainsaw-tempostack-resources', 'tmrs', 'resources'],
      ['chainsaw-route', 'simplest', 'events'],
    ] as const) {
      test(`the dashboard of ${namespace}/${name}${tab ? `, ${tab}` : ''}`, async ({ page }) => {
        const dashboard = new TempoStackDetailsPage(page);
        await dashboard.open(namespace, name, tab);
        await setTheme(page, theme);
        if (tab === '')
          await expect(dashboard.components.locator('tbody tr').first()).toBeVisible();
        if (tab === 'resources') await expect(dashboard.allocation).toBeVisible();
        if (tab === 'events') await expect(dashboard.events).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
