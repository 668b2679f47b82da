import type { Browser, Page } from '@playwright/test';
import { recordNetwork, type NetworkRecord } from './recorder';
import type { BenchWorld } from './world';

export const TEMPOSTACK_REF = 'tempo.grafana.com~v1alpha1~TempoStack';

/** A page measured from navigation: its network record and the times to its milestones (ms). */
export interface PageRun {
  network: NetworkRecord;
  times: Record<string, number>;
  /** Time to fetch the page's main data with plain `fetch` in the same page (ms). */
  rawFetchMs?: number;
}

/** Opens `path` in a fresh context (empty cache) and waits for `ready`. */
export async function measurePage(
  browser: Browser,
  world: BenchWorld,
  path: string,
  ready: (page: Page) => Promise<void>,
  extra?: (
    page: Page,
    times: Record<string, number>,
    section: ReturnType<typeof recordNetwork>['section'],
  ) => Promise<void>,
): Promise<PageRun & { page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const recorder = recordNetwork(page);
  const times: Record<string, number> = {};
  const started = Date.now();
  await page.goto(`${world.host}${path}`);
  await ready(page);
  times.ready = Date.now() - started;
  if (extra) await extra(page, times, () => recorder.section());
  // Count what the page asks for until it settles (WebSocket watches do not keep it busy), so that
  // a slow page and a fast one are compared in the same state.
  await page.waitForLoadState('networkidle');
  const network = await recorder.stop();
  return { network, times, page, close: () => context.close() };
}

/** Median time of `runs` plain `fetch` calls of `apiPath` through the host's API proxy (ms). */
export async function rawFetchMs(page: Page, apiPath: string, runs = 3): Promise<number> {
  const samples = await page.evaluate(
    async ({ url, n }) => {
      const out: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const t0 = performance.now();
        const response = await fetch(url, { cache: 'no-store' });
        await response.json();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { url: `/api/kubernetes${apiPath}`, n: runs },
  );
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** Samples the page's used JS heap (bytes) every 100 ms until `stop()`; returns the peak. */
export async function sampleHeap(page: Page): Promise<{ stop(): Promise<number> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await session.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peak = Math.max(peak, used);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}
