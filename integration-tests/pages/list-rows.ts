import type { Page } from '@playwright/test';

/**
 * `namespace-name` of every TempoStack row shown now, in order; empty when no table is shown
 * (unlike `TempoStackListPage.rowKeys`, which waits for the table, so it can be polled while the
 * page shows an error or another namespace).
 */
export const shownRowKeys = (page: Page): Promise<string[]> =>
  page
    .locator('[data-test="tempostack-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => (r.getAttribute('data-test') ?? '').replace(/^tempostack-row-/, '')),
    );
