import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

const PLUGIN_PATH = '/api/plugins/tempo-console-plugin/';
const API_PATH = '/api/kubernetes/';

/** What a page asked of the network while it was recorded. */
export interface NetworkRecord {
  /** API requests the page made (lists, gets, access reviews), not watches, not the console's own. */
  apiRequests: number;
  /** Of those, the follow-up pages of paginated lists (`continue=`). */
  listContinuations: number;
  /** Watches opened (WebSocket or `watch=` HTTP). */
  watches: number;
  /** The most API requests in flight at once. */
  peakInFlight: number;
  /** The plugin's JavaScript files fetched, with their gzipped sizes. */
  pluginScripts: { file: string; gzipBytes: number }[];
}

/**
 * Requests the console makes for itself on every page, whatever the plugin does: API discovery
 * (`/api/v1`, `/apis`, `/apis/<group>/<version>`) and the namespace list of its namespace bar.
 */
const isConsoleOwn = (pathname: string, search: string): boolean => {
  const rest = pathname.slice(API_PATH.length - 1);
  return (
    rest === '/api/v1' ||
    rest === '/apis' ||
    /^\/apis\/[^/]+\/[^/]+$/.test(rest) ||
    (rest === '/api/v1/namespaces' && !search.includes('watch='))
  );
};

/** Records a page's API requests, watches and plugin scripts until `stop()`. */
export function recordNetwork(page: Page): {
  /** Starts a section: its own request count and peak concurrency, read with the function returned. */
  section(): () => { apiRequests: number; peakInFlight: number };
  stop(): Promise<NetworkRecord>;
} {
  const record: NetworkRecord = {
    apiRequests: 0,
    listContinuations: 0,
    watches: 0,
    peakInFlight: 0,
    pluginScripts: [],
  };
  let inFlight = 0;
  interface Section {
    apiRequests: number;
    inFlight: number;
    peakInFlight: number;
  }
  let current: Section = { apiRequests: 0, inFlight: 0, peakInFlight: 0 };
  const pending: Promise<void>[] = [];
  const counted = new WeakMap<object, Section>();
  const apiUrl = (raw: string) => {
    const url = new URL(raw);
    return url.pathname.startsWith(API_PATH) && !isConsoleOwn(url.pathname, url.search)
      ? url
      : undefined;
  };
  let stopped = false;
  const isWatch = (url: URL) => /(^|&)watch=(1|true)/.test(url.search.slice(1));

  page.on('websocket', (ws) => {
    if (stopped) return;
    const url = apiUrl(ws.url());
    if (url) record.watches += 1;
  });
  page.on('request', (request) => {
    if (stopped) return;
    const url = apiUrl(request.url());
    if (!url) return;
    if (isWatch(url)) {
      record.watches += 1;
      return;
    }
    counted.set(request, current);
    record.apiRequests += 1;
    if (url.searchParams.has('continue')) record.listContinuations += 1;
    inFlight += 1;
    record.peakInFlight = Math.max(record.peakInFlight, inFlight);
    current.apiRequests += 1;
    current.inFlight += 1;
    current.peakInFlight = Math.max(current.peakInFlight, current.inFlight);
  });
  const done = (request: object) => {
    const section = counted.get(request);
    if (!section) return;
    counted.delete(request);
    inFlight -= 1;
    section.inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const pathname = new URL(response.url()).pathname;
    if (!pathname.startsWith(PLUGIN_PATH) || !pathname.endsWith('.js')) return;
    pending.push(
      response.body().then(
        (body) => {
          record.pluginScripts.push({
            file: pathname.slice(PLUGIN_PATH.length),
            gzipBytes: gzipSync(body, { level: 9 }).length,
          });
        },
        () => undefined,
      ),
    );
  });
  return {
    section: () => {
      const section: Section = { apiRequests: 0, inFlight: 0, peakInFlight: 0 };
      current = section;
      return () => ({ apiRequests: section.apiRequests, peakInFlight: section.peakInFlight });
    },
    // What the page did until now; requests made later (e.g. the benchmark's own raw fetches) are not
    // counted.
    stop: async () => {
      stopped = true;
      await Promise.all(pending);
      return { ...record, pluginScripts: [...record.pluginScripts] };
    },
  };
}

export const sumGzip = (scripts: NetworkRecord['pluginScripts'], exclude: RegExp) =>
  scripts.filter((s) => !exclude.test(s.file)).reduce((sum, s) => sum + s.gzipBytes, 0);
