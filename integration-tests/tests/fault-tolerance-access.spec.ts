import type { Page } from '@playwright/test';
import { EditFormPage } from '../pages/edit-form-page';
import { shownRowKeys } from '../pages/list-rows';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TEMPOSTACK_REF, TempoStackListPage } from '../pages/tempostack-list-page';
import { withoutFailedRequests } from '../pages/sim-faults';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * Permissions and scope on the `demo` scenario: a 403 names the permission that is missing, and
 * switching the user or the namespace never shows another namespace's TempoStacks. `developer`
 * edits in `team-a` and `team-b` only; `viewer` reads everything and writes nothing.
 */
test.use({ scenario: 'demo' });

const logInAs = (page: Page, host: string, user: 'admin' | 'developer' | 'viewer') =>
  page.context().addCookies([{ name: 'dev-console-user', value: user, url: host }]);

/**
 * Records, from the first render on, every TempoStack row the list renders next to another
 * namespace than its own (a MutationObserver, so that a single render is caught). The list's own
 * namespace is what it shows: its Create link (`/k8s/ns/<ns>/…/~new`) or its permission error
 * ("… in namespace <ns>."). (The URL changes a moment before the host renders the new page, so
 * it is not the reference.)
 */
const recordForeignRows = (page: Page) =>
  page.addInitScript(() => {
    const foreign = new Set<string>();
    (window as { ftForeignRows?: Set<string> }).ftForeignRows = foreign;
    const pageNamespace = (): string | undefined => {
      const create = document.querySelector('main a[href$="/~new"]')?.getAttribute('href') ?? '';
      const explanation =
        document.querySelector('[data-test="api-error-explanation"]')?.textContent ?? '';
      return (
        /\/k8s\/ns\/([^/]+)\//.exec(create)?.[1] ?? / in namespace (\S+)\.$/.exec(explanation)?.[1]
      );
    };
    new MutationObserver(() => {
      const ns = pageNamespace();
      if (!ns) return;
      document.querySelectorAll('tr[data-test^="tempostack-row-"]').forEach((row) => {
        const key = (row.getAttribute('data-test') ?? '').replace(/^tempostack-row-/, '');
        if (!key.startsWith(`${ns}-`)) foreign.add(`${key} shown in the list of ${ns}`);
      });
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });

/** What `recordForeignRows` caught since the page loaded. */
const foreignRows = (page: Page) =>
  page.evaluate(() => [
    ...((window as { ftForeignRows?: Set<string> }).ftForeignRows ?? new Set<string>()),
  ]);

const chooseProject = (page: Page, project: string) =>
  page.getByRole('combobox', { name: 'Project' }).selectOption(project);

test.describe('fault tolerance: permissions', () => {
  test('a developer who may not list TempoStacks in a namespace is told which permission is missing', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await logInAs(page, devWorld.host, 'developer');
    const list = new TempoStackListPage(page);
    await list.open('observability');
    const error = page.getByTestId('api-error');
    await expect(error.getByRole('heading', { level: 2 })).toHaveText('Could not load TempoStacks');
    await expect(error.getByTestId('api-error-explanation')).toHaveText(
      'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in namespace observability.',
    );
    await expect(error.getByTestId('api-error-message')).toHaveText(
      'tempostacks.tempo.grafana.com is forbidden: User "developer" cannot list resource "tempostacks" in API group "tempo.grafana.com" in the namespace "observability"',
    );
    await expect(page.getByRole('link', { name: 'Create TempoStack' })).toHaveCount(0);

    await page.goto(TempoStackDetailsPage.path('observability', 'multitenant'));
    await expect(error.getByRole('heading', { level: 2 })).toHaveText(
      'Could not load TempoStack multitenant',
    );
    await expect(error.getByTestId('api-error-explanation')).toHaveText(
      'You need permission to list and watch TempoStacks (tempostacks.tempo.grafana.com) in namespace observability.',
    );
    await expect(error.getByTestId('api-error-message')).toContainText(
      'User "developer" cannot list resource "tempostacks"',
    );
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [403]));
  });

  test('the viewer opening the create wizard is told it may not create TempoStacks there', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await logInAs(page, devWorld.host, 'viewer');
    await page.goto(`/k8s/ns/team-a/${TEMPOSTACK_REF}/~new`);
    const forbidden = page.getByTestId('create-forbidden');
    await expect(forbidden).toContainText('You cannot create this in namespace team-a');
    await expect(forbidden).toContainText(
      'Creating TempoStacks in this namespace is not allowed for you.',
    );
    // Chromium reports the wizard's refused reads (the viewer may not list Secrets) as errors.
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [403]));
  });

  test('a save the API server refuses (permission revoked after the page checked it) shows its 403 naming verb, resource and namespace', async ({
    page,
    devWorld,
  }) => {
    // The page checks access when it opens; answer that check as allowed, as if the permission was
    // removed afterwards, so that the save itself meets the API server's 403.
    await page.route('**/selfsubjectaccessreviews', async (route) => {
      const review = route.request().postDataJSON() as Record<string, unknown>;
      await route.fulfill({ json: { ...review, status: { allowed: true } } });
    });
    await logInAs(page, devWorld.host, 'viewer');
    const form = new EditFormPage(page);
    await form.open('team-a', 'platform');
    await form.fill('limits.timeout', '90s');
    await form.save();
    await expect(form.saveError).toContainText(
      'User "viewer" cannot patch resource "tempostacks" in API group "tempo.grafana.com" in the namespace "team-a"',
    );
  });

  test('the viewer opening the edit form is told before editing that it may not save', async ({
    page,
    devWorld,
  }) => {
    await logInAs(page, devWorld.host, 'viewer');
    const form = new EditFormPage(page);
    await form.open('team-a', 'platform');
    await expect(page.getByRole('main')).toContainText(
      /(not allowed|cannot|need permission)[^.]*(edit|update|patch|save)[^.]*team-a/i,
      { timeout: 5_000 },
    );
    await form.fill('limits.timeout', '90s');
    await expect(form.saveButton).toBeDisabled();
  });
});

test.describe('fault tolerance: switching user and namespace', () => {
  test('switching the user shows only what the new user may see', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    await recordForeignRows(page);
    await logInAs(page, devWorld.host, 'admin');
    const list = new TempoStackListPage(page);
    await list.open();
    await expect
      .poll(() => shownRowKeys(page))
      .toEqual(
        expect.arrayContaining([
          'observability-multitenant',
          'team-a-platform',
          'tracing-system-simplest',
        ]),
      );

    // The host's user switcher logs in again (a fresh page), as the console does.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('combobox', { name: 'User' }).selectOption('developer'),
    ]);
    await expect(page.getByRole('combobox', { name: 'User' })).toHaveValue('developer');
    await expect(page.getByTestId('api-error-explanation')).toHaveText(
      'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in all namespaces. Select a project you have access to, or ask a cluster administrator for access.',
    );
    expect(await shownRowKeys(page)).toEqual([]);

    await chooseProject(page, 'team-a');
    await expect(page).toHaveURL(new RegExp(`/k8s/ns/team-a/${TEMPOSTACK_REF}$`));
    await expect
      .poll(() => shownRowKeys(page))
      .toEqual(['team-a-broken', 'team-a-payments', 'team-a-platform']);

    await chooseProject(page, 'observability');
    await expect(page.getByTestId('api-error-explanation')).toContainText(
      'in namespace observability',
    );
    expect(await shownRowKeys(page)).toEqual([]);
    expect(await foreignRows(page)).toEqual([]);
    await expectHealthyPage(page, withoutFailedRequests(consoleErrors, [403]));
  });

  test('switching the namespace never shows a row of the namespace before', async ({
    page,
    consoleErrors,
  }) => {
    await recordForeignRows(page);
    const list = new TempoStackListPage(page);
    await list.open('team-a');
    await expect
      .poll(() => shownRowKeys(page))
      .toEqual(['team-a-broken', 'team-a-payments', 'team-a-platform']);
    for (const [project, rows] of [
      ['team-b', ['team-b-analytics', 'team-b-metrics']],
      ['observability', ['observability-bigdata', 'observability-multitenant']],
      ['team-a', ['team-a-broken', 'team-a-payments', 'team-a-platform']],
    ] as const) {
      await chooseProject(page, project);
      await expect(page).toHaveURL(new RegExp(`/k8s/ns/${project}/${TEMPOSTACK_REF}$`));
      await expect.poll(() => shownRowKeys(page)).toEqual(rows);
    }
    expect(await foreignRows(page)).toEqual([]);
    // The dashboard's namespace comes from its URL: another namespace's stack of the same name
    // is not shown for it.
    await page.goto(TempoStackDetailsPage.path('team-b', 'platform'));
    await expect(page.getByTestId('stack-not-found')).toContainText(
      'There is no TempoStack platform in namespace team-b',
    );
    await expectHealthyPage(page, consoleErrors);
  });
});
