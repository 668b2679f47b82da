import { expect, type Page } from '@playwright/test';
import { screenshot } from '../support/dev-host';

/**
 * Waits until the host shows its navigation and no spinner is left in the page. (Like the host's
 * `waitForPage`, but matching the navigation's name exactly: the dashboard's tabs are a second
 * navigation named "Horizontal navigation".)
 */
export const waitForConsolePage = async (page: Page): Promise<void> => {
  await expect(page.getByRole('navigation', { name: 'Navigation', exact: true })).toBeVisible();
  await expect(page.locator('main [role="progressbar"]')).toHaveCount(0, { timeout: 15_000 });
};

/**
 * Writes a screenshot of the whole page to `integration-tests/screenshots/<name>.png`: the host
 * scrolls inside `main`, so the viewport is first made as tall as the content.
 */
export const fullPageScreenshot = async (page: Page, name: string): Promise<void> => {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    const hidden = main ? main.scrollHeight - main.clientHeight : 0;
    return document.documentElement.scrollHeight + Math.max(0, hidden);
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.min(Math.max(height, viewport.height), 6000),
  });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
};
