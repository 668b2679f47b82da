import { applyDefaults } from '../../src/tempostack/defaults';
import type { TempoStack } from '../../src/tempostack/types';
import { fullPageScreenshot } from '../pages/console-page';
import { CreateWizardPage } from '../pages/create-wizard-page';
import { enterStack, type SecretEntry } from '../pages/enter-stack';
import { Kubectl } from '../pages/kubectl';
import { pluginUnderTest } from '../pages/plugin-under-test';
import { seedNamespace, seedSecret, seedStack } from '../pages/seed-configs';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * The create wizard against the simulated cluster and operator (`seeds` scenario): each seed
 * configuration's TempoStack is deleted with kubectl, typed in again through the form, created,
 * and read back with real kubectl.
 */
test.use({ scenario: 'seeds', hostPlugins: [pluginUnderTest()] });

interface Case {
  file: string;
  /** How the Secret is provided: picked from the namespace, or created by the wizard. */
  secret: 'existing' | 'new';
  preset?: 'minio' | 'ibm-cos';
  region?: string;
}

const CASES: Case[] = [
  { file: 'route.yaml', secret: 'new', preset: 'minio' },
  { file: 'compatibility.yaml', secret: 'existing' },
  { file: 'ibm-cos.yaml', secret: 'new', preset: 'ibm-cos', region: 'us-east' },
  { file: 'ossm.yaml', secret: 'existing' },
  { file: 'tempostack-resources.yaml', secret: 'existing' },
  { file: 'tempostack-resources-update.yaml', secret: 'existing' },
];

const decode = (data: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );

test.describe('create wizard: seed configurations', () => {
  for (const { file, secret, preset, region } of CASES) {
    test(`creates ${file} through the form`, async ({ page, devWorld, consoleErrors }) => {
      const kubectl = new Kubectl(devWorld.api);
      const seed = seedStack(file);
      const namespace = seed.metadata.namespace ?? '';
      const name = seed.metadata.name ?? '';
      const seedSecretObject = seedSecret(file);
      await test.step('remove the seeded stack (and the Secret the wizard will create)', async () => {
        await kubectl.ok([
          'delete',
          'tempostack',
          name,
          '-n',
          namespace,
          '--ignore-not-found',
          '--wait=true',
        ]);
        if (secret === 'new') {
          await kubectl.ok([
            'delete',
            'secret',
            seedSecretObject.metadata.name,
            '-n',
            namespace,
            '--ignore-not-found',
          ]);
        } else {
          await kubectl.apply([seedNamespace(file), seedSecretObject]);
        }
      });

      const wizard = new CreateWizardPage(page);
      await wizard.open(namespace);
      const entry: SecretEntry =
        secret === 'new'
          ? {
              source: 'new',
              preset: preset ?? 'minio',
              data: seedSecretObject.stringData ?? {},
              region,
            }
          : { source: 'existing' };
      await test.step('enter the stack step by step', async () => {
        await enterStack(wizard, seed, entry);
      });

      await test.step('review: no error, the dry run passes', async () => {
        await wizard.goTo('Review');
        await expect(page.getByTestId('finding-error')).toHaveCount(0);
        await expect(wizard.dryRun.getByTestId('dry-run-ok')).toHaveCount(
          secret === 'new' ? 2 : 1,
          {
            timeout: 15_000,
          },
        );
        await expect(wizard.dryRun.getByTestId('dry-run-error')).toHaveCount(0);
        if (file === 'tempostack-resources-update.yaml')
          await fullPageScreenshot(page, 'wizard-review-tmrs-update');
      });

      await test.step('create and land on the dashboard', async () => {
        await wizard.create(namespace, name);
      });

      await test.step('kubectl reads back the seed plus the operator defaults, field by field', async () => {
        const stored = await kubectl.getJson<TempoStack>(['tempostack', name, '-n', namespace]);
        const expected = applyDefaults(seed);
        expect(stored.spec).toEqual(expected.spec);
        expect(stored.metadata.labels).toEqual(expected.metadata.labels);
        const storedSecret = await kubectl.getJson<{ data?: Record<string, string> }>([
          'secret',
          seed.spec.storage.secret.name,
          '-n',
          namespace,
        ]);
        expect(decode(storedSecret.data)).toEqual(seedSecretObject.stringData);
      });

      await test.step('nothing of the inline Secret is left in the draft', async () => {
        const drafts = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
        expect(drafts).not.toContain('supersecret');
        expect(drafts).not.toContain('placeholder-hmac-secret-access-key');
      });

      await expectHealthyPage(page, consoleErrors);
    });
  }
});
