import { expect, type Locator, type Page } from '@playwright/test';
import { waitForConsolePage } from './console-page';
import { TEMPOSTACK_REF } from './tempostack-list-page';

export type DashboardTab = '' | 'resources' | 'yaml' | 'events' | 'diagnostics';

/** The TempoStack dashboard (`/k8s/ns/<ns>/tempo.grafana.com~v1alpha1~TempoStack/<name>[/tab]`). */
export class TempoStackDetailsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly statusReason: Locator;
  readonly components: Locator;
  readonly jaegerUi: Locator;
  readonly routeLink: Locator;
  readonly ingestionEndpoints: Locator;
  readonly queryEndpoints: Locator;
  readonly allocation: Locator;
  readonly events: Locator;
  private readonly actionsToggle: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByTestId('page-heading');
    this.status = page.getByTestId('details-heading').getByTestId('stack-status');
    this.statusReason = page.getByTestId('status-reason');
    this.components = page.getByTestId('components');
    this.jaegerUi = page.getByTestId('jaeger-ui');
    this.routeLink = page.getByTestId('route-link');
    this.ingestionEndpoints = page.getByTestId('ingestion-endpoints');
    this.queryEndpoints = page.getByTestId('query-endpoints');
    this.allocation = page.getByTestId('allocation');
    this.events = page.getByTestId('events');
    this.actionsToggle = page.getByTestId('actions-menu');
  }

  static path(namespace: string, name: string, tab: DashboardTab = ''): string {
    return `/k8s/ns/${namespace}/${TEMPOSTACK_REF}/${name}${tab ? `/${tab}` : ''}`;
  }

  async open(namespace: string, name: string, tab: DashboardTab = ''): Promise<void> {
    await this.page.goto(TempoStackDetailsPage.path(namespace, name, tab));
    await waitForConsolePage(this.page);
    await expect(this.heading).toHaveText(name);
  }

  async openTab(name: 'Overview' | 'Resources' | 'YAML' | 'Events' | 'Diagnostics'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await waitForConsolePage(this.page);
  }

  /** The row of a component in the components table. */
  component(component: string): Locator {
    return this.components.locator(`[data-test="component-${component}"]`);
  }

  /** The row of a container in the resources table. */
  container(component: string, container: string): Locator {
    return this.allocation.locator(`[data-test="allocation-${component}-${container}"]`);
  }

  /** An endpoint row (protocol, copyable address, notes). */
  endpoint(table: Locator, id: string): Locator {
    return table.locator(`[data-test="endpoint-${id}"]`);
  }

  /** Opens the Actions menu and returns its item labels. */
  async actions(): Promise<string[]> {
    await this.actionsToggle.click();
    const menu = this.page.getByRole('menu');
    await expect(menu.getByText('Loading actions')).toHaveCount(0);
    return menu.getByRole('menuitem').locator('.pf-v6-c-menu__item-text').allInnerTexts();
  }

  async chooseAction(label: string | RegExp): Promise<void> {
    await this.page.getByRole('menu').getByRole('menuitem', { name: label }).click();
  }
}
