import {
  FIXTURE_PLUGIN,
  expect,
  expectHealthyPage,
  screenshot,
  test,
  waitForPage,
} from '../support/dev-host';
import { kubeApi } from '../support/sim-cluster';

/**
 * The host's SDK end to end, through the fixture plugin (`dev/console/fixture-plugin`, built by
 * `npm run host:build`), on an empty simulated cluster: watches, CRUD through the proxy, access
 * reviews, flags, HorizontalNav, the YAML editor, modals and actions, as each user.
 */
// An array option value must be wrapped, or Playwright reads it as `[value, fixtureOptions]`.
test.use({ hostPlugins: [[FIXTURE_PLUGIN], { scope: 'worker' }], scenario: false });

const configMap = (name: string, data: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default' },
  data,
});

test.describe('the host SDK, through the fixture plugin', () => {
  test('answers every hook on a plugin route', async ({ page, consoleErrors }) => {
    await page.goto('/dev-fixture');
    await waitForPage(page);
    await expect(page.getByTestId('page-heading')).toHaveText('Dev console fixture');
    await expect(page).toHaveTitle('Dev console fixture · Red Hat OpenShift');
    await expect(page.getByTestId('active-namespace')).toHaveText('default');
    await expect(page.getByTestId('perspective')).toHaveText('admin');
    await expect(page.getByTestId('flag')).toHaveText('true');
    await expect(page.getByTestId('can-create')).toHaveText('true');
    const count = page.getByTestId('namespace-count');
    await expect(count).toHaveText(/^\d+$/);
    await expect(page.getByTestId('fetched-count')).toHaveText((await count.textContent()) ?? '');
    await expect(page.getByTestId('status')).toContainText('Succeeded');
    await expect(page.getByTestId('now')).toContainText('5 minutes ago');
    await page.getByRole('button', { name: /Clicked 0 times/ }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: /Clicked 1 times/ })).toBeVisible();
    await page.getByRole('button', { name: 'Open overlay' }).click();
    await expect(page.getByTestId('fixture-overlay-body')).toHaveText('Hello from useOverlay');
    await page.getByRole('button', { name: 'Close' }).click();
    const nav = page.getByRole('navigation', { name: 'Navigation', exact: true });
    await expect(nav.getByText('Fixture page', { exact: true })).toBeVisible();
    await expect(nav.getByText('Hidden by a flag')).toHaveCount(0);
    await expectHealthyPage(page, consoleErrors);
  });

  test('keeps lists live, also across dropped watches', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const api = kubeApi(devWorld);
    await page.goto('/k8s/ns/default/configmaps');
    await waitForPage(page);
    const state = page.getByTestId('fixture-list-state');
    await expect(state).toHaveText(/ConfigMaps$/);
    await api.call('/api/v1/namespaces/default/configmaps', {
      method: 'POST',
      body: JSON.stringify(configMap('live-one')),
    });
    await expect(page.getByRole('link', { name: 'live-one' })).toBeVisible();
    await fetch(`${devWorld.api}/_sim/faults/drop-watches`, { method: 'POST' });
    await api.call('/api/v1/namespaces/default/configmaps', {
      method: 'POST',
      body: JSON.stringify(configMap('after-drop')),
    });
    await expect(page.getByRole('link', { name: 'after-drop' })).toBeVisible({ timeout: 15_000 });
    await api.call('/api/v1/namespaces/default/configmaps/live-one', { method: 'DELETE' });
    await expect(page.getByRole('link', { name: 'live-one' })).toHaveCount(0);
    await expectHealthyPage(page, consoleErrors);
  });

  test('creates (dry run first), shows, edits as YAML and deletes an object', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const api = kubeApi(devWorld);
    await page.goto('/k8s/ns/default/configmaps');
    await page.getByTestId('item-create').click();
    await expect(page).toHaveURL(/\/k8s\/ns\/default\/configmaps\/~new$/);
    await page.getByLabel('Name').fill('made-in-browser');
    await page.getByLabel('Greeting').fill('hello');
    await page.getByRole('button', { name: 'Dry run' }).click();
    await expect(page.getByTestId('fixture-create-message')).toContainText('Dry run passed');
    await expect(api.call('/api/v1/namespaces/default/configmaps/made-in-browser')).rejects.toThrow(
      '404',
    );
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page).toHaveURL(/\/k8s\/ns\/default\/configmaps\/made-in-browser$/);
    await expect(page.getByTestId('configmap-data')).toHaveText('greeting: hello');

    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect(page).toHaveURL(/made-in-browser\/yaml$/);
    const editor = page.getByTestId('yaml-editor');
    await expect(editor).toHaveValue(/greeting: hello/);
    await editor.fill(
      ((await editor.inputValue()) ?? '').replace('greeting: hello', 'greeting: edited'),
    );
    await page.getByTestId('save-changes').click();
    await expect(page.getByTestId('yaml-success')).toContainText('has been updated to version');
    const stored = await api.call<{ data: Record<string, string> }>(
      '/api/v1/namespaces/default/configmaps/made-in-browser',
    );
    expect(stored.data.greeting).toBe('edited');

    await editor.fill(
      'kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: made-in-browser\n  namespace: default\n  resourceVersion: "1"\n',
    );
    await page.getByTestId('save-changes').click();
    await expect(page.getByTestId('yaml-error')).toContainText(
      /modified|conflict|resourceVersion/i,
    );
    // The browser logs the refused request itself; that one is expected.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('409 (Conflict)')]);

    await page.getByRole('tab', { name: 'Events' }).click();
    await expect(page).toHaveURL(/made-in-browser\/events$/);
    await screenshot(page, 'dev-host-sdk-events');

    await page.getByRole('button', { name: 'Delete ConfigMap' }).click();
    await expect(page.getByTestId('delete-modal')).toContainText('made-in-browser');
    await page.getByTestId('confirm-action').click();
    await expect(page).toHaveURL(/\/k8s\/ns\/default\/configmaps$/);
    await expect(api.call('/api/v1/namespaces/default/configmaps/made-in-browser')).rejects.toThrow(
      '404',
    );
    await expectHealthyPage(page, consoleErrors);
  });

  test('runs resource actions from the kebab of the host pages', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await page.goto('/k8s/ns/default/serviceaccounts');
    await waitForPage(page);
    await page.getByTestId('actions-menu').first().click();
    await page.getByRole('menuitem', { name: 'Add fixture annotation' }).click();
    const api = kubeApi(devWorld);
    await expect
      .poll(
        async () =>
          (
            await api.call<{ metadata: { annotations?: Record<string, string> } }>(
              '/api/v1/namespaces/default/serviceaccounts/default',
            )
          ).metadata.annotations?.['fixture/touched'],
      )
      .toBe('yes');
    await page.goto('/k8s/ns/default/serviceaccounts/default');
    await waitForPage(page);
    await expect(page.getByTestId('resource-name')).toHaveText('default');
    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect(page.getByTestId('yaml-editor')).toHaveValue(/fixture\/touched: "?yes"?/);
    await screenshot(page, 'dev-host-sdk-generic-details-yaml');
    await expectHealthyPage(page, consoleErrors);
  });

  test("shows the API server's refusal to a user without rights", async ({
    page,
    context,
    devWorld,
  }) => {
    await context.addCookies([{ name: 'dev-console-user', value: 'viewer', url: devWorld.host }]);
    await page.goto('/dev-fixture');
    await expect(page.getByTestId('can-create')).toHaveText('false');
    await page.goto('/k8s/ns/default/configmaps/~new');
    await page.getByLabel('Name').fill('not-allowed');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByTestId('fixture-create-message')).toContainText(
      /HTTP 403: .*forbidden/i,
    );
  });
});
