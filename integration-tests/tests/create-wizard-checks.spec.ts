import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fullPageScreenshot } from '../pages/console-page';
import { CreateWizardPage, type WizardStepName } from '../pages/create-wizard-page';
import { Kubectl } from '../pages/kubectl';
import { pluginUnderTest } from '../pages/plugin-under-test';
import { expect, expectHealthyPage, setTheme, test } from '../support/dev-host';

/**
 * The create wizard's checks before anything is sent (field-level messages from the domain core),
 * the server's answer when it still rejects, the clean-up of a Secret it created, the draft, and
 * accessibility, on the `seeds` scenario.
 */
test.use({ scenario: 'seeds', hostPlugins: [pluginUnderTest()] });

const NS = 'chainsaw-route';

test.describe('create wizard: field-level messages before submit', () => {
  test('a bad name', async ({ page }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    await wizard.fill('name', 'Bad_Name');
    await expect(wizard.messages('name')).toContainText([
      'Use lower case letters, digits and "-"; start with a letter and end with a letter or digit.',
    ]);
    await wizard.fill('name', 'a-name-that-is-longer-than-thirty-two-characters');
    await expect(wizard.messages('name')).toContainText([
      /Service tempo-a-name-that-is-longer-than-thirty-two-characters-query-frontend-discovery exceed 63 characters/,
    ]);
    await wizard.fill('name', 'good');
    await expect(wizard.messages('name')).toHaveCount(0);
  });

  test('a bad quantity', async ({ page }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    await wizard.goTo('Sizing');
    await wizard.fill('sizing.totalCpu', '2 cores');
    await expect(wizard.messages('sizing.totalCpu')).toContainText([
      'Enter a Kubernetes quantity, such as 500m or 2 for CPU and 512Mi or 2Gi for memory.',
    ]);
    await wizard.fill('sizing.components.ingester.memoryLimit', '1GB');
    await expect(page.getByTestId('component-resources')).toContainText(
      'Enter a Kubernetes quantity',
    );
    await expect(wizard.field('sizing.components.ingester.memoryLimit')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test('the gateway together with a Jaeger UI ingress', async ({ page }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    await wizard.goTo('Query and Jaeger UI');
    await wizard.setSwitch('query.jaegerEnabled', true);
    await wizard.choose('query.ingressType-route');
    await wizard.goTo('Multi-tenancy');
    await wizard.setSwitch('tenancy.gatewayEnabled', true);
    await expect(wizard.messages('tenancy.gatewayEnabled')).toContainText([
      'cannot enable gateway and jaeger query ingress at the same time, please use the Jaeger UI from the gateway',
    ]);
    await wizard.goTo('Query and Jaeger UI');
    await expect(page.getByTestId('query.ingressType-ingress')).toBeDisabled();
    await wizard.choose('query.ingressType-none');
    await wizard.goTo('Multi-tenancy');
    await expect(wizard.messages('tenancy.gatewayEnabled')).not.toContainText([
      'jaeger query ingress',
    ]);
  });

  test('OpenShift tenancy without the gateway', async ({ page }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    await wizard.goTo('Query and Jaeger UI');
    await wizard.setSwitch('query.jaegerEnabled', true);
    await wizard.choose('query.ingressType-route');
    await wizard.goTo('Multi-tenancy');
    await wizard.choose('tenancy.mode-openshift');
    await expect(wizard.field('tenancy.gatewayEnabled')).toBeChecked();
    await wizard.goTo('Query and Jaeger UI');
    await expect(page.getByTestId('jaeger-ingress-off')).toBeVisible();
    await expect(wizard.field('query.ingressType-none')).toBeChecked();
    await wizard.goTo('Multi-tenancy');
    await wizard.addTenant('dev', '1610b0c3-c509-4592-a256-a1871353dbfa');
    await wizard.setSwitch('tenancy.gatewayEnabled', false);
    await expect(wizard.messages('tenancy.mode')).toContainText([
      'openshift mode requires gateway enabled',
    ]);
  });

  test('a Secret missing a key, checked live, without showing a value', async ({
    page,
    devWorld,
  }) => {
    const kubectl = new Kubectl(devWorld.api);
    await kubectl.apply([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'half-minio', namespace: NS },
        stringData: {
          bucket: 'tempo',
          access_key_id: 'tempo',
          access_key_secret: 'do-not-show-me',
        },
      },
    ]);
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    await wizard.goTo('Storage');
    await wizard.select('storage.secretName', 'half-minio');
    await expect(wizard.messages('storage.secretName')).toContainText([
      'storage secret must contain "endpoint" field',
    ]);
    await expect(page.getByTestId('secret-key-check')).toContainText(
      'Keys in the Secret: access_key_id, access_key_secret, bucket',
    );
    await expect(page.getByTestId('secret-key-check')).toContainText(
      'Static credentials: missing endpoint',
    );
    await expect(page.locator('body')).not.toContainText('do-not-show-me');
    await fullPageScreenshot(page, 'wizard-storage-missing-key');
  });
});

test.describe('create wizard: what the server decides', () => {
  test('shows the server’s rejection and removes the Secret it created', async ({
    page,
    devWorld,
  }) => {
    const kubectl = new Kubectl(devWorld.api);
    const wizard = new CreateWizardPage(page);
    await wizard.open(NS);
    // `simplest` exists in chainsaw-route: only the API server knows.
    await wizard.fill('name', 'simplest');
    await wizard.goTo('Storage');
    await wizard.choose('storage.secretSource-new');
    await wizard.fill('storage.secretName', 'wizard-minio');
    await wizard.fill('newSecret.data.bucket', 'tempo');
    await wizard.fill('newSecret.data.endpoint', 'http://minio:9000');
    await wizard.fill('newSecret.data.access_key_id', 'tempo');
    await wizard.fill('newSecret.data.access_key_secret', 'wizard-secret-value');
    await fullPageScreenshot(page, 'wizard-storage-inline-secret');
    await wizard.goTo('Review');
    await expect(page.getByTestId('finding-error')).toHaveCount(0);
    await expect(wizard.dryRun.getByTestId('dry-run-error')).toContainText(
      'tempostacks.tempo.grafana.com "simplest" already exists',
    );
    await wizard.createButton.click();
    await expect(wizard.createError).toContainText(
      'tempostacks.tempo.grafana.com "simplest" already exists',
    );
    await expect(wizard.createError.getByTestId('secret-removed')).toContainText('wizard-minio');
    const lookup = await kubectl.run(['get', 'secret', 'wizard-minio', '-n', NS]);
    expect(lookup.code).not.toBe(0);
    expect(lookup.stderr).toContain('not found');
    await expect(wizard.createError).not.toContainText('wizard-secret-value');
  });
});

test.describe('create wizard: draft', () => {
  test('survives a reload, without the Secret values', async ({ page, consoleErrors }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open('chainsaw-compatibility');
    await wizard.fill('name', 'drafted');
    await wizard.goTo('Storage');
    await wizard.choose('storage.secretSource-new');
    await wizard.fill('storage.secretName', 'drafted-minio');
    await wizard.fill('newSecret.data.access_key_secret', 'never-in-storage');
    await wizard.goTo('Sizing');
    await wizard.fill('sizing.totalMemory', '3Gi');
    await page.waitForTimeout(600); // the draft is saved shortly after the last change
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(stored).toContain('drafted-minio');
    expect(stored).not.toContain('never-in-storage');

    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(wizard.field('name')).toHaveValue('drafted');
    await wizard.goTo('Storage');
    await expect(wizard.field('storage.secretName')).toHaveValue('drafted-minio');
    await expect(wizard.field('newSecret.data.access_key_secret')).toHaveValue('');
    await expect(page.getByText('enter access_key_secret again')).toBeVisible();
    await wizard.goTo('Sizing');
    await expect(wizard.field('sizing.totalMemory')).toHaveValue('3Gi');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(
      await page.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => k.includes('draft')),
      ),
    ).toEqual([]);
    await expectHealthyPage(page, consoleErrors);
  });
});

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

const STEPS: WizardStepName[] = [
  'Basics',
  'Storage',
  'Sizing',
  'Query and Jaeger UI',
  'Multi-tenancy',
  'Retention and limits',
  'Review',
];

for (const theme of ['light', 'dark'] as const) {
  test(`every wizard step passes axe (${theme}), with screenshots`, async ({ page }) => {
    const wizard = new CreateWizardPage(page);
    await wizard.open('chainsaw-tempostack-resources');
    await setTheme(page, theme);
    await wizard.fill('name', 'axe');
    await wizard.goTo('Storage');
    await wizard.select('storage.secretName', 'minio');
    await wizard.goTo('Sizing');
    await wizard.fill('sizing.totalCpu', '2000m');
    await wizard.fill('sizing.totalMemory', '2Gi');
    await wizard.goTo('Query and Jaeger UI');
    await wizard.setSwitch('query.jaegerEnabled', true);
    await wizard.goTo('Multi-tenancy');
    await wizard.choose('tenancy.mode-static');
    await wizard.setSwitch('tenancy.gatewayEnabled', true);
    await wizard.addTenant('dev', '1610b0c3-c509-4592-a256-a1871353dbfa');
    for (const step of STEPS) {
      await wizard.goTo(step);
      if (step === 'Review') await expect(wizard.yamlEditor).toBeVisible();
      await fullPageScreenshot(page, `wizard-${theme}-${step.toLowerCase().replace(/\W+/g, '-')}`);
      expect(await violations(page), `${step} (${theme})`).toEqual([]);
    }
  });
}
