import { fullPageScreenshot } from '../pages/console-page';
import { computeAllocation } from '../../src/tempostack/allocation';
import type { TempoStack } from '../../src/tempostack/types';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { expect, expectHealthyPage, setTheme, test } from '../support/dev-host';
import { kubeApi } from '../support/sim-cluster';

/**
 * The TempoStack dashboard on the `seeds` scenario (the operator's own test configurations). The
 * `faults` scenario is in `dashboard-faults.spec.ts` (a scenario is per test file).
 */
const COMPONENTS = ['distributor', 'ingester', 'querier', 'query-frontend', 'compactor'];
const STACKS_API = '/apis/tempo.grafana.com/v1alpha1/namespaces';

test.use({ scenario: 'seeds' });

test.describe('dashboard on the seeds', () => {
  test('chainsaw-route/simplest: Ready, five components, the Jaeger UI on the Route host, the endpoints', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-route', 'simplest');
    await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });
    await expect(dashboard.statusReason).toHaveText('All components are operational');
    await expect(dashboard.components.locator('tbody tr')).toHaveCount(5);
    for (const component of COMPONENTS) {
      const row = dashboard.component(component);
      await expect(row.getByTestId('replicas')).toHaveText('1/1');
      await expect(row.getByTestId('component-state')).toHaveText('Healthy');
      await expect(
        row.getByRole('link', { name: `tempo-simplest-${component}`, exact: true }),
      ).toBeVisible();
    }
    await expect(dashboard.component('ingester')).toContainText('tempo-simplest-ingester-0');
    await expect(dashboard.component('ingester').getByTestId('workload-kind')).toHaveText(
      'StatefulSet',
    );
    await expect(dashboard.component('querier').getByTestId('workload-kind')).toHaveText(
      'Deployment',
    );
    await expect(dashboard.jaegerUi.getByRole('link')).toHaveAttribute(
      'href',
      'https://example.com/',
    );
    await expect(dashboard.routeLink).toContainText('tempo-simplest-query-frontend');
    const host = 'tempo-simplest-distributor.chainsaw-route.svc.cluster.local';
    await expect(dashboard.endpoint(dashboard.ingestionEndpoints, 'otlp-grpc')).toContainText(
      `${host}:4317`,
    );
    await expect(dashboard.endpoint(dashboard.ingestionEndpoints, 'otlp-http')).toContainText(
      `http://${host}:4318`,
    );
    await expect(
      dashboard.endpoint(dashboard.ingestionEndpoints, 'jaeger-thrift-http'),
    ).toContainText(`http://${host}:14268`);
    await expect(dashboard.endpoint(dashboard.ingestionEndpoints, 'zipkin')).toContainText(
      `http://${host}:9411`,
    );
    await expect(dashboard.endpoint(dashboard.queryEndpoints, 'tempo-api')).toContainText(
      'http://tempo-simplest-query-frontend.chainsaw-route.svc.cluster.local:3200',
    );
    await expectHealthyPage(page, consoleErrors);
  });

  test('tmrs: the gateway and the explicit per-component resources of the seed', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-tempostack-resources', 'tmrs');
    await expect(dashboard.components.locator('tbody tr')).toHaveCount(6);
    await expect(
      dashboard.component('gateway').getByRole('link', { name: 'tempo-tmrs-gateway', exact: true }),
    ).toBeVisible();
    await expect(dashboard.component('gateway').getByTestId('replicas')).toHaveText('1/1', {
      timeout: 30_000,
    });
    await dashboard.openTab('Resources');
    const seed: [string, string, string, string][] = [
      ['distributor', 'tempo', 'cpu 521m', 'memory 226Mi'],
      ['ingester', 'tempo', 'cpu 721m', 'memory 1013Mi'],
      ['querier', 'tempo', 'cpu 181m', 'memory 288Mi'],
      ['query-frontend', 'tempo', 'cpu 161m', 'memory 83Mi'],
      ['query-frontend', 'jaeger-query', 'cpu 167m', 'memory 86Mi'],
      ['compactor', 'tempo', 'cpu 301m', 'memory 349Mi'],
      ['gateway', 'tempo-gateway', 'cpu 122m', 'memory 104Mi'],
    ];
    for (const [component, container, cpu, memory] of seed) {
      const row = dashboard.container(component, container);
      await expect(row.getByTestId('source')).toHaveText('Override in the TempoStack');
      await expect(row.getByTestId('allocated-limits')).toContainText(cpu);
      await expect(row.getByTestId('allocated-limits')).toContainText(memory);
      await expect(row.getByTestId('comparison')).toHaveAttribute('data-status', 'match');
    }
    await expect(page.getByTestId('exceeds-total')).toBeVisible();
    await expectHealthyPage(page, consoleErrors);
  });

  test('resources.total: the split matches the domain core, and a changed workload is flagged', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const api = kubeApi(devWorld);
    const stack = await api.call<TempoStack>(
      `${STACKS_API}/chainsaw-compatibility/tempostacks/simplest`,
    );
    const allocation = computeAllocation(stack);
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-compatibility', 'simplest', 'resources');
    await expect(dashboard.allocation.locator('tbody tr')).toHaveCount(
      allocation.containers.length,
    );
    for (const c of allocation.containers) {
      const row = dashboard.container(c.component, c.container);
      await expect(row.getByTestId('source')).toHaveAttribute('data-source', c.source);
      for (const [list, cell] of [
        [c.limits, 'allocated-limits'],
        [c.requests, 'allocated-requests'],
      ] as const) {
        for (const [resource, amount] of Object.entries(list)) {
          await expect(row.getByTestId(cell).getByTestId(`value-${resource}`)).toContainText(
            `${resource} ${amount?.canonical ?? ''}`,
          );
        }
      }
      await expect(row.getByTestId('comparison')).toHaveAttribute('data-status', 'match', {
        timeout: 30_000,
      });
    }
    const distributor = allocation.containers.find((c) => c.component === 'distributor');
    expect(distributor?.source).toBe('total');
    expect(distributor?.percentOfTotal.cpu).toBe(27);
    await expect(dashboard.container('distributor', 'tempo').getByTestId('source')).toContainText(
      '27 % CPU',
    );

    await test.step('patch the distributor Deployment (the stack unmanaged so the operator keeps the change)', async () => {
      await api.call(`${STACKS_API}/chainsaw-compatibility/tempostacks/simplest`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ spec: { managementState: 'Unmanaged' } }),
      });
      await api.call(
        '/apis/apps/v1/namespaces/chainsaw-compatibility/deployments/tempo-simplest-distributor',
        {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json-patch+json' },
          body: JSON.stringify([
            {
              op: 'replace',
              path: '/spec/template/spec/containers/0/resources/limits/cpu',
              value: '1',
            },
          ]),
        },
      );
    });
    const row = dashboard.container('distributor', 'tempo');
    await expect(row.getByTestId('comparison')).toHaveAttribute('data-status', 'differs');
    await expect(row.getByTestId('comparison')).toContainText(
      `limit cpu: 1 instead of ${distributor?.limits.cpu?.canonical ?? ''}`,
    );
    await expect(page.getByTestId('differs-alert')).toBeVisible();
    await expect(
      dashboard.container('ingester', 'tempo').getByTestId('comparison'),
    ).toHaveAttribute('data-status', 'match');
    await expectHealthyPage(page, consoleErrors);
  });

  test('events of the stack and its objects, newest first; YAML and diagnostics tabs', async ({
    page,
    consoleErrors,
  }) => {
    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open('chainsaw-route', 'simplest', 'events');
    await expect(dashboard.events.locator('tbody tr').first()).toBeVisible();
    const objects = await dashboard.events.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(objects.length).toBeGreaterThan(0);
    for (const name of objects) expect(name).toMatch(/simplest/);
    await dashboard.openTab('YAML');
    await expect(page.getByText('kind: TempoStack').first()).toBeVisible();
    await dashboard.openTab('Diagnostics');
    await expect(page.locator('[data-test="render-error"]')).toHaveCount(0);
    await expectHealthyPage(page, consoleErrors);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots (${theme})`, async ({ page, consoleErrors }) => {
      const dashboard = new TempoStackDetailsPage(page);
      await dashboard.open('chainsaw-route', 'simplest');
      await setTheme(page, theme);
      await expect(dashboard.status).toHaveText('Ready', { timeout: 30_000 });
      await fullPageScreenshot(page, `dashboard-overview-${theme}`);
      await dashboard.open('chainsaw-tempostack-resources', 'tmrs', 'resources');
      await expect(dashboard.allocation).toBeVisible();
      await fullPageScreenshot(page, `dashboard-resources-${theme}`);
      await dashboard.open('chainsaw-route', 'simplest', 'events');
      await expect(dashboard.events).toBeVisible();
      await fullPageScreenshot(page, `dashboard-events-${theme}`);
      await expectHealthyPage(page, consoleErrors);
    });
  }
});
