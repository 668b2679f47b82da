import type { Page } from '@playwright/test';
import { S3_SECRET, simWrites } from '../pages/sim-faults';
import { shownRowKeys } from '../pages/list-rows';
import { TempoStackDetailsPage } from '../pages/tempostack-details-page';
import { TempoStackListPage } from '../pages/tempostack-list-page';
import { expect, expectHealthyPage, test } from '../support/dev-host';

/**
 * Values from the cluster that carry markup or `javascript:` URLs — annotations, route and
 * ingress hosts, a storage secret name that ends up in the operator's status message, event
 * reasons, messages and object names — are text: no live link, no element, no script, no dialog.
 */
test.use({ scenario: 'demo' });

const NS = 'ft-markup';
/** Every payload sets `window.ftInjected` (or opens a dialog) if it ever runs. */
const IMG = '<img src=x onerror="window.ftInjected=1">';
const SCRIPT = '<script>window.ftInjected=2</script>';
const JS_URL = 'javascript:window.ftInjected=3';
const LINK = '<a href="javascript:alert(4)">click</a>';
const SVG = '<svg onload=alert(5)>';

/** Fails the test if anything injected ran, rendered as an element or became a link. */
const expectNothingInjected = async (page: Page, dialogs: string[]) => {
  const found = await page.evaluate(() => ({
    ran: (window as { ftInjected?: number }).ftInjected,
    javascriptLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\s*javascript:/i.test(href)),
    handlers: document.querySelectorAll('main [onerror], main [onload], main [onclick]').length,
    injected: document.querySelectorAll('main img[src="x"], main script, main svg[onload]').length,
  }));
  expect(found).toEqual({ ran: undefined, javascriptLinks: [], handlers: 0, injected: 0 });
  expect(dialogs).toEqual([]);
};

test.describe('fault tolerance: markup from the cluster', () => {
  test('annotations, hosts, status messages and events with markup render as text', async ({
    page,
    devWorld,
    consoleErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const sim = simWrites(devWorld);
    await sim.namespace(NS);
    await sim.secret(NS, 'minio', S3_SECRET);
    const annotations = {
      'example.com/note': `${IMG}${SCRIPT}`,
      'example.com/link': JS_URL,
      'example.com/html': `${LINK}${SVG}`,
    };
    // A Jaeger UI Ingress whose host is a javascript: URL with markup.
    await sim.tempoStack(
      NS,
      'ingress',
      {
        template: {
          queryFrontend: {
            jaegerQuery: {
              enabled: true,
              ingress: { type: 'ingress', host: `javascript:alert(6)//${IMG}` },
            },
          },
        },
      },
      { annotations },
    );
    // A Route whose admitted host carries markup.
    await sim.tempoStack(NS, 'route', {
      template: {
        queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } },
      },
    });
    // A storage secret whose name is markup: the operator's status message quotes it.
    await sim.tempoStack(NS, 'secret', {
      storage: { secret: { name: `${IMG}${LINK}`, type: 's3' } },
    });
    const routePath = `/apis/route.openshift.io/v1/namespaces/${NS}/routes/tempo-route-query-frontend`;
    await expect
      .poll(
        () =>
          sim.get(routePath).then(
            () => true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    const evilHost = `x.example.com"><img src=x onerror="window.ftInjected=7">`;
    await sim.patch(routePath, { spec: { host: evilHost } });
    await sim.patch(`${routePath}/status`, {
      status: {
        ingress: [
          {
            host: evilHost,
            routerName: 'default',
            conditions: [{ type: 'Admitted', status: 'True' }],
          },
        ],
      },
    });
    for (const [i, event] of [
      {
        kind: 'TempoStack',
        apiVersion: 'tempo.grafana.com/v1alpha1',
        name: 'ingress',
        reason: `<b>${SVG}</b>`,
        message: `${IMG} ${LINK} ${JS_URL}`,
      },
      {
        kind: 'Pod',
        apiVersion: 'v1',
        name: `tempo-ingress-distributor-${IMG}`,
        reason: 'Unhealthy',
        message: SCRIPT,
      },
    ].entries()) {
      await sim.create('events', {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `ft-markup-${i}`, namespace: NS },
        involvedObject: {
          kind: event.kind,
          apiVersion: event.apiVersion,
          name: event.name,
          namespace: NS,
        },
        reason: event.reason,
        message: event.message,
        type: 'Warning',
        count: 1,
        lastTimestamp: new Date().toISOString(),
      });
    }

    const list = new TempoStackListPage(page);
    await list.open(NS);
    await expect
      .poll(() => shownRowKeys(page))
      .toEqual([`${NS}-ingress`, `${NS}-route`, `${NS}-secret`]);
    await expect(list.row(NS, 'secret').getByTestId('stack-status')).toHaveText(
      'Configuration error',
      { timeout: 30_000 },
    );
    await expect(list.row(NS, 'secret')).toContainText(`${IMG}${LINK}`);
    for (const name of ['route', 'ingress']) {
      await expect(list.row(NS, name).getByRole('link', { name: /Jaeger UI/ })).toHaveCount(0);
    }
    await expectNothingInjected(page, dialogs);

    const dashboard = new TempoStackDetailsPage(page);
    await dashboard.open(NS, 'secret');
    // The operator quotes the name Go-style (`\"`); the page shows that text as it is.
    const configurationError = page.getByTestId('configuration-error');
    await expect(configurationError).toContainText('secrets "<img src=x onerror=', {
      timeout: 30_000,
    });
    await expect(configurationError).toContainText('<a href=\\"javascript:alert(4)\\">click</a>');
    await expectNothingInjected(page, dialogs);

    // The Route exists and is admitted with the host; the page links neither it nor its markup.
    await expect
      .poll(async () => JSON.stringify(await sim.get(routePath)))
      .toContain('onerror=\\"window.ftInjected=7\\"');
    await dashboard.open(NS, 'route');
    await expect(dashboard.routeLink).toContainText('tempo-route-query-frontend');
    await expect(dashboard.jaegerUi).toHaveText(
      'The Route or Ingress has no usable host name yet.',
    );
    await expect(page.getByTestId('jaeger-ui-link')).toHaveCount(0);
    await expectNothingInjected(page, dialogs);

    expect(
      JSON.stringify(
        await sim.get(
          `/apis/networking.k8s.io/v1/namespaces/${NS}/ingresses/tempo-ingress-query-frontend`,
        ),
      ),
    ).toContain('"host":"javascript:alert(6)//<img src=x');
    await dashboard.open(NS, 'ingress');
    await expect(dashboard.routeLink).toContainText('tempo-ingress-query-frontend');
    await expect(dashboard.jaegerUi).toHaveText(
      'The Route or Ingress has no usable host name yet.',
    );
    await expect(page.getByTestId('jaeger-ui-link')).toHaveCount(0);
    await expectNothingInjected(page, dialogs);
    await dashboard.openTab('Events');
    await expect(dashboard.events).toContainText(`${IMG} ${LINK} ${JS_URL}`);
    await expect(dashboard.events).toContainText(`<b>${SVG}</b>`);
    await expect(dashboard.events).toContainText(`tempo-ingress-distributor-${IMG}`);
    await expect(dashboard.events).toContainText(SCRIPT);
    await expectNothingInjected(page, dialogs);
    await expectHealthyPage(page, consoleErrors);
  });
});
