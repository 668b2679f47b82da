import { expect, type Locator, type Page } from '@playwright/test';
import { fieldDomId } from './create-wizard-page';
import { TEMPOSTACK_REF } from './tempostack-list-page';

/** The TempoStack edit form (`/k8s/ns/<ns>/tempo.grafana.com~v1alpha1~TempoStack/<name>/form`). */
export class EditFormPage {
  readonly saveButton: Locator;
  readonly conflict: Locator;
  readonly serverChanged: Locator;
  readonly saveError: Locator;
  readonly yamlEditor: Locator;

  constructor(private readonly page: Page) {
    this.saveButton = page.getByTestId('save');
    this.conflict = page.getByTestId('edit-conflict');
    this.serverChanged = page.getByTestId('server-changed');
    this.saveError = page.getByTestId('save-error');
    this.yamlEditor = page.getByTestId('yaml-editor-panel').getByRole('textbox');
  }

  static path(namespace: string, name: string): string {
    return `/k8s/ns/${namespace}/${TEMPOSTACK_REF}/${name}/form`;
  }

  async open(namespace: string, name: string): Promise<void> {
    await this.page.goto(EditFormPage.path(namespace, name));
    // Not `waitForConsolePage`: the allocation preview's bars are progressbars too.
    await expect(
      this.page.getByRole('navigation', { name: 'Navigation', exact: true }),
    ).toBeVisible();
    await expect(
      this.page.getByRole('heading', { name: `Edit TempoStack ${name}`, level: 1 }),
    ).toBeVisible();
    await expect(this.field('name')).toHaveValue(name);
  }

  field(field: string): Locator {
    return this.page.getByTestId(field);
  }

  messages(field: string): Locator {
    return this.page.locator(`#${fieldDomId(field)}-helper [data-test="field-message"]`);
  }

  async fill(field: string, value: string): Promise<void> {
    await this.field(field).fill(value);
    await this.field(field).blur();
  }

  async showYaml(): Promise<void> {
    await this.page.getByRole('button', { name: 'YAML', exact: true }).click();
    await expect(this.yamlEditor).toBeVisible();
  }

  async showForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Form', exact: true }).click();
  }

  async save(): Promise<void> {
    await expect(this.saveButton).toBeEnabled();
    await this.saveButton.click();
  }

  /** Saves and waits for the stack's dashboard. */
  async saveAndLeave(namespace: string, name: string): Promise<void> {
    await this.save();
    await expect(this.page).toHaveURL(
      new RegExp(`/k8s/ns/${namespace}/${TEMPOSTACK_REF}/${name}$`),
      {
        timeout: 15_000,
      },
    );
  }

  async reapply(): Promise<void> {
    await this.page.getByTestId('conflict-reapply').click();
  }

  async reloadFromConflict(): Promise<void> {
    await this.page.getByTestId('conflict-reload').click();
  }
}
