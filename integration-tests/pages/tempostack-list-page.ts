import { expect, type Locator, type Page } from '@playwright/test';
import { waitForConsolePage } from './console-page';

export const TEMPOSTACK_REF = 'tempo.grafana.com~v1alpha1~TempoStack';

/** The TempoStack list page (`/k8s/all-namespaces|ns/<ns>/tempo.grafana.com~v1alpha1~TempoStack`). */
export class TempoStackListPage {
  private readonly table: Locator;
  private readonly nameFilter: Locator;
  private readonly statusFilter: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('tempostack-table');
    this.nameFilter = page.getByRole('textbox', { name: 'Filter by name' });
    this.statusFilter = page.getByRole('button', { name: 'Filter by status' });
  }

  async open(namespace?: string, query = ''): Promise<void> {
    const scope = namespace ? `ns/${namespace}` : 'all-namespaces';
    await this.page.goto(`/k8s/${scope}/${TEMPOSTACK_REF}${query}`);
    await waitForConsolePage(this.page);
  }

  /** The row of a stack. */
  row(namespace: string, name: string): Locator {
    return this.page.getByTestId(`tempostack-row-${namespace}-${name}`);
  }

  /** `namespace/name` of every row shown, in order. */
  async rowKeys(): Promise<string[]> {
    await expect(this.table).toBeVisible();
    const ids = await this.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-test') ?? ''));
    return ids.map((id) => id.replace(/^tempostack-row-/, ''));
  }

  async filterByName(text: string): Promise<void> {
    await this.nameFilter.fill(text);
  }

  async toggleStatus(label: string): Promise<void> {
    await this.statusFilter.click();
    await this.page.getByRole('checkbox', { name: new RegExp(label) }).click();
    await this.statusFilter.click();
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('button', { name: column, exact: true }).click();
  }

  /** Opens a row's kebab and returns the labels of its menu items. */
  async rowActions(namespace: string, name: string): Promise<string[]> {
    await this.row(namespace, name).getByTestId('actions-kebab').click();
    const menu = this.page.getByRole('menu');
    await expect(menu.getByText('Loading actions')).toHaveCount(0);
    return menu.getByRole('menuitem').locator('.pf-v6-c-menu__item-text').allInnerTexts();
  }

  createButton(): Locator {
    return this.page.getByRole('link', { name: 'Create TempoStack' }).first();
  }
}
