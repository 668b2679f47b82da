import type { Browser, Page } from '@playwright/test';
import { measurePage, rawFetchMs, sampleHeap, TEMPOSTACK_REF } from './measure';
import { sumGzip, type NetworkRecord } from './recorder';
import type { Figure } from './run';
import { adminRequest, type BenchWorld } from './world';

const KiB = 1024;
const ENTRY = /^plugin-entry\./;
const ROWS = '[data-test^="tempostack-row-"]';

const split = (ref: string): [string, string] => {
  const [ns, name] = ref.split('/');
  return [ns, name];
};

/** Initial JS of each exposed page, as the console would fetch it (gzip, entry excluded). */
export async function measurePages(browser: Browser, world: BenchWorld): Promise<Figure[]> {
  const [ns, name] = split(world.stacks[0]);
  const pages: [string, string, number, (p: Page) => Promise<void>][] = [
    [
      'list page',
      `/k8s/all-namespaces/${TEMPOSTACK_REF}`,
      45,
      (p) => p.locator(ROWS).first().waitFor(),
    ],
    [
      'details page',
      `/k8s/ns/${ns}/${TEMPOSTACK_REF}/${name}`,
      45,
      (p) => p.locator('[data-test="components-card"]').waitFor(),
    ],
    [
      'create wizard',
      `/k8s/ns/${ns}/${TEMPOSTACK_REF}/~new`,
      70,
      (p) => p.getByRole('button', { name: /next/i }).first().waitFor(),
    ],
    [
      'edit form',
      `/k8s/ns/${ns}/${TEMPOSTACK_REF}/${name}/form`,
      70,
      (p) => p.getByRole('button', { name: /save/i }).first().waitFor(),
    ],
  ];
  const figures: Figure[] = [];
  for (const [label, url, budget, ready] of pages) {
    const run = await measurePage(browser, world, url, ready);
    const bytes = sumGzip(run.network.pluginScripts, ENTRY);
    figures.push({
      group: 'bundle',
      name: `${label} initial JS (gzip)`,
      value: bytes / KiB,
      unit: 'KiB',
      budget: `≤ ${budget} KiB`,
      ok: bytes <= budget * KiB,
    });
    await run.close();
  }
  return figures;
}

/** The list page: time to rows and to a filtered result, requests and watches, raw fetch ratio. */
export async function measureList(
  browser: Browser,
  world: BenchWorld,
  label: 'scale' | 'demo',
): Promise<Figure[]> {
  const count = world.stacks.length;
  const group = `list (${count} stacks)`;
  const [, lastName] = split(world.stacks[world.stacks.length - 1]);
  const run = await measurePage(
    browser,
    world,
    `/k8s/all-namespaces/${TEMPOSTACK_REF}`,
    (p) => p.locator(ROWS).first().waitFor({ timeout: 60_000 }),
    async (page, times) => {
      const filter = page.getByPlaceholder('Filter by name');
      const t0 = Date.now();
      await filter.fill(lastName);
      await page.waitForFunction(
        ({ selector, name }) => {
          const rows = [...document.querySelectorAll(selector)];
          return (
            rows.length > 0 && rows.every((r) => r.getAttribute('data-test')?.endsWith(`-${name}`))
          );
        },
        { selector: ROWS, name: lastName },
        { timeout: 30_000 },
      );
      times.filter = Date.now() - t0;
    },
  );
  const raw = await rawFetchMs(run.page, '/apis/tempo.grafana.com/v1alpha1/tempostacks');
  await run.close();
  const figures: Figure[] = [
    { group, name: 'navigation → first rows', value: run.times.ready, unit: 'ms' },
    { group, name: 'filter typed → filtered rows', value: run.times.filter, unit: 'ms' },
    { group, name: 'raw fetch of all TempoStacks', value: raw, unit: 'ms' },
    {
      group,
      name: 'first rows ÷ raw fetch',
      value: run.times.ready / Math.max(raw, 1),
      unit: '×',
    },
    { group, name: 'API requests', value: run.network.apiRequests, unit: '' },
    {
      group,
      name: 'of which list pages (continue=)',
      value: run.network.listContinuations,
      unit: '',
    },
    { group, name: 'watches opened', value: run.network.watches, unit: '' },
  ];
  listRuns.set(label, run.network);
  const scale = listRuns.get('scale');
  if (label === 'demo' && scale) {
    // Pagination of the initial list (limit=250) is the only growth allowed.
    const fixed = (n: NetworkRecord) => n.apiRequests - n.listContinuations + n.watches;
    figures.push({
      group: 'list',
      name: 'requests + watches, 1,000 stacks vs demo',
      value: fixed(scale),
      unit: `(demo: ${fixed(run.network)}; list pages not counted)`,
      budget: 'independent of the number of stacks',
      ok: fixed(scale) === fixed(run.network),
    });
  }
  return figures;
}
const listRuns = new Map<string, NetworkRecord>();

const STACK = 'chainsaw-route/simplest';
/** Pods of the stack, and how many of them are ready. */
const podsOf = async (
  world: BenchWorld,
  ns: string,
  name: string,
): Promise<{ total: number; ready: number }> => {
  const list = (await adminRequest(
    world,
    'GET',
    `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`,
  )) as { items: { status?: { conditions?: { type: string; status: string }[] } }[] };
  const ready = list.items.filter((p) =>
    p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
  ).length;
  return { total: list.items.length, ready };
};

const dashboard = async (browser: Browser, world: BenchWorld, ns: string, name: string) =>
  measurePage(browser, world, `/k8s/ns/${ns}/${TEMPOSTACK_REF}/${name}`, (p) =>
    p
      .locator('[data-test="components"] [data-test^="component-"]')
      .first()
      .waitFor({ timeout: 60_000 }),
  );

/** The dashboard of one stack at its seed size and again with about 100 pods. */
export async function measureDashboard(browser: Browser, world: BenchWorld): Promise<Figure[]> {
  const [ns, name] = split(STACK);
  const small = await dashboard(browser, world, ns, name);
  await small.close();
  const smallPods = (await podsOf(world, ns, name)).total;
  await adminRequest(
    world,
    'PATCH',
    `/apis/tempo.grafana.com/v1alpha1/namespaces/${ns}/tempostacks/${name}`,
    {
      spec: {
        template: { querier: { replicas: 48 }, distributor: { component: { replicas: 49 } } },
      },
    },
  );
  // Measure a settled stack: every pod created and ready, no roll-out churn on the watches.
  const deadline = Date.now() + 180_000;
  let pods = await podsOf(world, ns, name);
  while (Date.now() < deadline && (pods.total < 100 || pods.ready < pods.total)) {
    await new Promise((r) => setTimeout(r, 1000));
    pods = await podsOf(world, ns, name);
  }
  await new Promise((r) => setTimeout(r, 3000));
  const big = await dashboard(browser, world, ns, name);
  const raw = await rawFetchMs(
    big.page,
    `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`,
  );
  await big.close();
  const group = `dashboard (${pods.total} pods)`;
  // Pagination of an initial list (limit=250: events grow with pods) is the only growth allowed.
  const fixed = (n: NetworkRecord) => n.apiRequests - n.listContinuations + n.watches;
  return [
    { group, name: 'navigation → component table', value: big.times.ready, unit: 'ms' },
    { group, name: 'raw fetch of its pods', value: raw, unit: 'ms' },
    {
      group,
      name: 'component table ÷ raw fetch',
      value: big.times.ready / Math.max(raw, 1),
      unit: '×',
    },
    { group, name: 'API requests', value: big.network.apiRequests, unit: '' },
    {
      group,
      name: 'of which list pages (continue=)',
      value: big.network.listContinuations,
      unit: '',
    },
    { group, name: 'watches opened', value: big.network.watches, unit: '' },
    {
      group,
      name: `requests + watches vs ${smallPods} pods`,
      value: fixed(big.network),
      unit: `(${smallPods} pods: ${fixed(small.network)}; list pages not counted)`,
      budget: 'independent of the number of pods',
      ok: fixed(big.network) === fixed(small.network),
    },
  ];
}

/** Diagnostics of the ~100-pod stack: wall time, requests, concurrency, heap, chunk size. */
export async function measureDiagnostics(browser: Browser, world: BenchWorld): Promise<Figure[]> {
  const [ns, name] = split(STACK);
  const details = await measurePage(
    browser,
    world,
    `/k8s/ns/${ns}/${TEMPOSTACK_REF}/${name}`,
    (p) => p.locator('[data-test="components-card"]').waitFor(),
  );
  const detailsScripts = new Set(details.network.pluginScripts.map((s) => s.file));
  await details.close();
  const run = await measurePage(
    browser,
    world,
    `/k8s/ns/${ns}/${TEMPOSTACK_REF}/${name}/diagnostics`,
    (p) =>
      p
        .getByRole('button', { name: /collect/i })
        .first()
        .waitFor({ timeout: 60_000 }),
    async (page, times, section) => {
      const heap = await sampleHeap(page);
      const collection = section();
      const t0 = Date.now();
      const download = page.waitForEvent('download', { timeout: 180_000 });
      await page
        .getByRole('button', { name: /collect/i })
        .first()
        .click();
      const prepared = page.getByRole('button', { name: /download/i }).first();
      await Promise.race([
        download,
        prepared.waitFor({ timeout: 180_000 }).then(() => prepared.click()),
      ]);
      await download;
      times.collect = Date.now() - t0;
      times.heap = await heap.stop();
      const counters = collection();
      times.requests = counters.apiRequests;
      times.peakInFlight = counters.peakInFlight;
    },
  );
  await run.close();
  const chunk = run.network.pluginScripts
    .filter((s) => !detailsScripts.has(s.file) && !ENTRY.test(s.file))
    .reduce((sum, s) => sum + s.gzipBytes, 0);
  const group = 'diagnostics (~100 pods)';
  return [
    { group, name: 'collect → download', value: run.times.collect, unit: 'ms' },
    { group, name: 'API requests', value: run.times.requests, unit: '' },
    {
      group,
      name: 'peak requests in flight',
      value: run.times.peakInFlight,
      unit: '',
      budget: '≤ 6',
      ok: run.times.peakInFlight <= 6,
    },
    { group, name: 'peak JS heap', value: run.times.heap / (1024 * 1024), unit: 'MiB' },
    {
      group,
      name: 'diagnostics chunk (gzip)',
      value: chunk / KiB,
      unit: 'KiB',
      budget: '≤ 70 KiB',
      ok: chunk <= 70 * KiB,
    },
  ];
}
