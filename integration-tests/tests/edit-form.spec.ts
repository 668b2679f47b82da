import AxeBuilder from '@axe-core/playwright';
import type { TempoStack } from '../../src/tempostack/types';
import { fullPageScreenshot } from '../pages/console-page';
import { EditFormPage } from '../pages/edit-form-page';
import { Kubectl } from '../pages/kubectl';
import { pluginUnderTest } from '../pages/plugin-under-test';
import { SCREENSHOTS, expect, expectHealthyPage, setTheme, test } from '../support/dev-host';

/**
 * The edit form against the simulated cluster and operator (`seeds` scenario), with changes made by
 * real kubectl while the form is open.
 */
test.use({ scenario: 'seeds', hostPlugins: [pluginUnderTest()] });

const getStack = (kubectl: Kubectl, namespace: string, name: string) =>
  kubectl.getJson<TempoStack & { spec: Record<string, unknown> }>([
    'tempostack',
    name,
    '-n',
    namespace,
  ]);

test.describe('edit form', () => {
  test('keeps fields, labels and annotations it does not show, through form and YAML', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const kubectl = new Kubectl(devWorld.api);
    const [ns, name] = ['chainsaw-ibm-cos', 'simplest'];
    await kubectl.ok([
      'patch',
      'tempostack',
      name,
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({
        metadata: { labels: { team: 'tracing' }, annotations: { 'example.com/owner': 'team-a' } },
        spec: {
          extraConfig: { tempo: { server: { grpc_server_max_recv_msg_size: 8388608 } } },
          template: { querier: { nodeSelector: { 'node-role.kubernetes.io/infra': '' } } },
        },
      }),
    ]);
    const before = await getStack(kubectl, ns, name);

    const form = new EditFormPage(page);
    await form.open(ns, name);
    await expect(form.field('sizing.totalMemory')).toHaveValue('4Gi');
    await form.fill('limits.timeout', '90s');
    await form.showYaml();
    await expect(form.yamlEditor).toHaveValue(/grpc_server_max_recv_msg_size: 8388608/);
    await expect(form.yamlEditor).toHaveValue(/example\.com\/owner: team-a/);
    await expect(form.yamlEditor).toHaveValue(/timeout: 90s/);
    const yaml = await form.yamlEditor.inputValue();
    await form.yamlEditor.fill(yaml.replace('timeout: 90s', 'timeout: 95s'));
    await form.showForm();
    await expect(form.field('limits.timeout')).toHaveValue('95s');
    await fullPageScreenshot(page, 'edit-form-light');
    await form.saveAndLeave(ns, name);

    const after = await getStack(kubectl, ns, name);
    expect(after.spec.timeout).toBe('95s');
    expect(after.spec.extraConfig).toEqual(before.spec.extraConfig);
    expect(after.spec.template?.querier?.nodeSelector).toEqual({
      'node-role.kubernetes.io/infra': '',
    });
    expect(after.metadata.labels).toEqual(before.metadata.labels);
    expect(after.metadata.annotations).toEqual(before.metadata.annotations);
    expect({ ...after.spec, timeout: before.spec.timeout }).toEqual(before.spec);
    // The operator may update the status while the form is open: the guarded patch then gets a 409
    // that the form resolves by itself (nothing editable changed); the browser logs the 409.
    await expectHealthyPage(
      page,
      consoleErrors.filter((e) => !e.includes('status of 409 (Conflict)')),
    );
  });

  test('detects a conflicting kubectl change and re-applies the edit without losing either', async ({
    page,
    devWorld,
  }) => {
    const kubectl = new Kubectl(devWorld.api);
    const [ns, name] = ['chainsaw-compatibility', 'simplest'];
    const form = new EditFormPage(page);
    await form.open(ns, name);
    await form.fill('storage.storageSize', '300M');
    await form.fill('limits.timeout', '1m');

    await kubectl.ok([
      'patch',
      'tempostack',
      name,
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({
        metadata: { annotations: { 'changed-by': 'kubectl' } },
        spec: { timeout: '5m' },
      }),
    ]);
    await expect(form.serverChanged).toBeVisible();

    await form.save();
    await expect(form.conflict).toBeVisible();
    await expect(form.conflict.getByTestId('server-change-conflict')).toContainText('spec.timeout');
    await expect(form.conflict.getByTestId('server-change-conflict')).toContainText('"5m"');
    await expect(form.conflict.getByTestId('server-change')).toContainText([
      'metadata.annotations[changed-by]',
    ]);
    await form.conflict.screenshot({ path: `${SCREENSHOTS}/edit-form-conflict.png` });
    expect((await getStack(kubectl, ns, name)).spec.storageSize).toBe('200M');

    await form.reapply();
    await expect(form.conflict).toHaveCount(0);
    await expect(form.field('storage.storageSize')).toHaveValue('300M');
    await expect(form.field('limits.timeout')).toHaveValue('1m');
    await form.saveAndLeave(ns, name);

    const after = await getStack(kubectl, ns, name);
    expect(after.spec.storageSize).toBe('300M');
    expect(after.spec.timeout).toBe('1m');
    expect(after.metadata.annotations?.['changed-by']).toBe('kubectl');
  });

  test('can drop the edit and take the server’s version instead', async ({ page, devWorld }) => {
    const kubectl = new Kubectl(devWorld.api);
    const [ns, name] = ['tracing-system', 'simplest'];
    const form = new EditFormPage(page);
    await form.open(ns, name);
    await form.fill('limits.timeout', '1m');
    await kubectl.ok([
      'patch',
      'tempostack',
      name,
      '-n',
      ns,
      '--type=merge',
      '-p',
      '{"spec":{"timeout":"5m"}}',
    ]);
    await form.save();
    await expect(form.conflict).toBeVisible();
    await form.reloadFromConflict();
    await expect(form.field('limits.timeout')).toHaveValue('5m');
    await expect(form.saveButton).toBeDisabled();
    expect((await getStack(kubectl, ns, name)).spec.timeout).toBe('5m');
  });

  test('says what a change of the storage Secret will do', async ({ page, devWorld }) => {
    const kubectl = new Kubectl(devWorld.api);
    await kubectl.apply([
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'other-minio', namespace: 'chainsaw-route' },
        stringData: {
          endpoint: 'http://other:9000',
          bucket: 'b',
          access_key_id: 'i',
          access_key_secret: 's',
        },
      },
    ]);
    const form = new EditFormPage(page);
    await form.open('chainsaw-route', 'simplest');
    const warning = page.getByTestId('storage-change-warning');
    await expect(warning).toContainText('moves the stack to another object store');
    await expect(warning).toHaveClass(/pf-m-info/);
    await form.field('storage.secretName').selectOption('other-minio');
    await expect(warning).toHaveClass(/pf-m-warning/);
    await expect(page.getByTestId('secret-key-check')).toContainText(
      'Static credentials: every required key is present',
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe (${theme})`, async ({ page }) => {
      const form = new EditFormPage(page);
      await form.open('chainsaw-tempostack-resources', 'tmrs');
      await setTheme(page, theme);
      await fullPageScreenshot(page, `edit-form-tmrs-${theme}`);
      await page.screenshot({ path: `${SCREENSHOTS}/edit-form-tmrs-${theme}-top.png` });
      const results = await new AxeBuilder({ page })
        .include('main')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      expect(serious).toEqual([]);
      await form.showYaml();
      const yaml = await new AxeBuilder({ page })
        .include('main')
        .withTags(['wcag2a', 'wcag2aa'])
        .analyze();
      expect(
        yaml.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      ).toEqual([]);
    });
  }
});
