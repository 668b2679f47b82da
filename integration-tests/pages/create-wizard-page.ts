import { expect, type Locator, type Page } from '@playwright/test';
import { TEMPOSTACK_REF } from './tempostack-list-page';

export type WizardStepName =
  | 'Basics'
  | 'Storage'
  | 'Sizing'
  | 'Query and Jaeger UI'
  | 'Multi-tenancy'
  | 'Retention and limits'
  | 'Review';

/** The DOM id the form gives a field (`storage.secretName` → `tempostack-form-storage-secretName`). */
export const fieldDomId = (field: string): string =>
  `tempostack-form-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The TempoStack create wizard (`/k8s/ns/<ns>/tempo.grafana.com~v1alpha1~TempoStack/~new`). */
export class CreateWizardPage {
  readonly wizard: Locator;
  readonly createButton: Locator;
  readonly findings: Locator;
  readonly dryRun: Locator;
  readonly yamlEditor: Locator;
  readonly createError: Locator;
  private readonly nav: Locator;

  constructor(private readonly page: Page) {
    this.wizard = page.getByTestId('create-wizard');
    this.nav = page.getByRole('navigation', { name: 'Create TempoStack steps' });
    this.createButton = page.getByRole('button', { name: 'Create', exact: true });
    this.findings = page.getByTestId('findings');
    this.dryRun = page.getByTestId('dry-run');
    this.yamlEditor = page.getByTestId('yaml-editor-panel').getByRole('textbox');
    this.createError = page.getByTestId('create-error');
  }

  static path(namespace: string): string {
    return `/k8s/ns/${namespace}/${TEMPOSTACK_REF}/~new`;
  }

  async open(namespace: string): Promise<void> {
    await this.page.goto(CreateWizardPage.path(namespace));
    // Not `waitForConsolePage`: the allocation preview's bars are progressbars too.
    await expect(
      this.page.getByRole('navigation', { name: 'Navigation', exact: true }),
    ).toBeVisible();
    await expect(
      this.page.getByRole('heading', { name: 'Create TempoStack', level: 1 }),
    ).toBeVisible();
  }

  /** A step's button in the wizard's navigation (a step with errors is named ", error <step>"). */
  stepButton(step: WizardStepName): Locator {
    return this.nav.getByRole('button', { name: new RegExp(`(^|, error )${step}$`) });
  }

  async goTo(step: WizardStepName): Promise<void> {
    await this.stepButton(step).click();
  }

  /** The input, select or switch of a form field (its `data-test` is the field's path). */
  field(field: string): Locator {
    return this.page.getByTestId(field);
  }

  /** The messages shown under a field. */
  messages(field: string): Locator {
    return this.page.locator(`#${fieldDomId(field)}-helper [data-test="field-message"]`);
  }

  async fill(field: string, value: string): Promise<void> {
    await this.field(field).fill(value);
    await this.field(field).blur();
  }

  async select(field: string, value: string): Promise<void> {
    await this.field(field).selectOption(value);
  }

  /** Clicks a radio button or switch by its `data-test`. */
  async choose(testId: string): Promise<void> {
    await this.page.getByTestId(testId).check();
  }

  async setSwitch(testId: string, on: boolean): Promise<void> {
    await this.page.getByTestId(testId).setChecked(on, { force: true });
  }

  async addAnnotation(key: string, value: string): Promise<void> {
    const count = await this.page
      .locator('[data-test^="query.annotations."][data-test$=".key"]')
      .count();
    await this.page.getByTestId('query.annotations.add').click();
    await this.fill(`query.annotations.${count}.key`, key);
    await this.fill(`query.annotations.${count}.value`, value);
  }

  async addTenant(name: string, id: string): Promise<void> {
    const index = await this.page
      .locator('[data-test^="tenancy.tenants."][data-test$=".name"]')
      .count();
    await this.page.getByTestId('tenancy.tenants.add').click();
    await this.fill(`tenancy.tenants.${index}.name`, name);
    await this.fill(`tenancy.tenants.${index}.id`, id);
  }

  /** Clicks Create and waits for the dashboard of the new stack. */
  async create(namespace: string, name: string): Promise<void> {
    await expect(this.createButton).toBeEnabled();
    await this.createButton.click();
    await expect(this.page).toHaveURL(
      new RegExp(`/k8s/ns/${namespace}/${TEMPOSTACK_REF}/${name}$`),
      {
        timeout: 20_000,
      },
    );
  }
}
