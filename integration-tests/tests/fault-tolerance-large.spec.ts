import { fullPageScreenshot } from '../pages/console-page';
import { EditFormPage } from '../pages/edit-form-page';
import { shownRowKeys } from '../pages/list-rows';
import { S3_SECRET, simWrites } from '../pages/sim-faults';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * A very large TempoStack — four 40 KB annotations and 50 tenants behind the gateway — renders in
 * the list and the dashboard and can be edited: the form saves one changed field and keeps the
 * tenants and annotations it does not touch.
 */
test.use({ scenario: 'demo' });

const NS = 'ft-large';
const TENANTS = Array.from({ length: 50 }, (_, i) => ({
  tenantName: `tenant-${String(i).padStart(2, '0')}`,
  tenantId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
}));
const ANNOTATIONS = Object.fromEntries(
  [1, 2, 3, 4].map((i) => [`example.com/long-${i}`, `${i}`.repeat(40_000)]),
);

interface StoredStack {
  metadata: { annotations?: Record<string, string> };
  spec: {
    tenants?: { authentication?: unknown[] };
    timeout?: string;
  };
}

test.describe('fault tolerance: a very large TempoStack', () => {
  test('renders in the list and the dashboard, and edits', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    test.setTimeout(90_000);
    const sim = simWrites(devWorld);
    await sim.namespace(NS);
    await sim.secret(NS, 'minio', S3_SECRET);
    await sim.tempoStack(
      NS,
      'huge',
      {
        tenants: { mode: 'openshift', authentication: TENANTS },
        template: {
          gateway: { enabled: true, ingress: { type: 'route' } },
          queryFrontend: { jaegerQuery: { enabled: true } },
        },
      },
      { annotations: ANNOTATIONS },
    );

    const list = new TempoStackListPage(page);
    await list.open(NS);
    await expect.poll(() => shownRowKeys(page)).toEqual([`${NS}-huge`]);
    const row = list.row(NS, 'huge');
    await expect(row.getByTestId('stack-status')).toHaveText('Ready', { timeout: 45_000 });
    // The first tenants' Jaeger UI links, and one link to the dashboard that lists them all:
    // the row stays a table row, not a column of 50 links.
    await expect(row.getByTestId('jaeger-ui-link')).toHaveCount(3);
    await expect(row.getByRole('link', { name: /for tenant tenant-00/ })).toHaveAttribute(
      'href',
      /^https:\/\/[^/]+\/api\/traces\/v1\/tenant-00\/search$/,
    );
    await expect(row.getByRole('link', { name: 'All 50 tenants' })).toHaveAttribute(
      'href',
      `/k8s/ns/${NS}/tempo.grafana.com~v1alpha1~TempoStack/huge`,
    );
    expect((await row.boundingBox())?.height).toBeLessThan(150);
    await fullPageScreenshot(page, 'fault-tolerance-large-list');
    await expectHealthyPage(page, consoleErrors);

    const dashboard = new TempoStackDetailsPage(page);
    const started = Date.now();
    await dashboard.open(NS, 'huge');
    await expect(dashboard.status).toHaveText('Ready');
    await expect(dashboard.component('gateway')).toBeVisible();
    await expect(dashboard.ingestionEndpoints).toContainText('tenant-49');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.getByTestId('jaeger-ui-link')).toHaveCount(50);
    await fullPageScreenshot(page, 'fault-tolerance-large-dashboard');
    await expectHealthyPage(page, consoleErrors);

    const form = new EditFormPage(page);
    await form.open(NS, 'huge');
    await expect(page.getByRole('main')).toContainText('tenant-49');
    await form.fill('limits.timeout', '95s');
    await form.saveAndLeave(NS, 'huge');
    const stored = (await sim.getTempoStack(NS, 'huge')) as unknown as StoredStack;
    expect(stored.spec.timeout).toBe('95s');
    expect(stored.spec.tenants?.authentication).toEqual(TENANTS);
    expect(stored.metadata.annotations).toMatchObject(ANNOTATIONS);
    await expectHealthyPage(page, consoleErrors);
  });
});
