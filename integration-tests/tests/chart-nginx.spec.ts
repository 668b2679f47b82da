import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:https';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, startChartNginx, type ChartNginx } from '../support/chart-nginx';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let nginx: ChartNginx;
const fetchTls = (pathname: string): Promise<Reply> =>
  new Promise((resolve, reject) => {
    get(
      `${nginx.url}${pathname}`,
      { ca: readFileSync(nginx.caFile), headers: { 'Accept-Encoding': 'identity' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    ).on('error', reject);
  });

test.beforeAll(async () => {
  nginx = await startChartNginx();
});
test.afterAll(async () => {
  await nginx?.stop();
});

test.describe("the chart's nginx configuration, served by Debian's nginx", () => {
  test('serves the manifest as JSON that is never cached', async () => {
    const reply = await fetchTls('/plugin-manifest.json');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect((JSON.parse(reply.body) as { name: string }).name).toBe('tempo-console-plugin');
  });

  test('serves every hashed script as JavaScript, cached for a year', async () => {
    const scripts = readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) {
      const reply = await fetchTls(`/${file}`);
      expect(reply.status, file).toBe(200);
      // The console's bridge sends nosniff: a wrong MIME type would stop the script.
      expect(reply.headers['content-type'], file).toBe('application/javascript');
      expect(reply.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
  });

  test('serves the translations the console preloads, uncached', async () => {
    const reply = await fetchTls('/locales/en/plugin__tempo-console-plugin.json');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(reply.body)).toHaveProperty('TempoStacks', 'TempoStacks');
  });

  test('answers 404 for files that do not exist', async () => {
    expect((await fetchTls('/no-such-file.js')).status).toBe(404);
  });
});
