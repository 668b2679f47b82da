import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WebSocket } from 'ws';
import { type StandInApi, startStandInApi } from '../testing/stand-in-api';
import { type HostServer, startHostServer } from './host-server';

const pluginDir = mkdtempSync(path.join(tmpdir(), 'dev-console-plugin-'));
writeFileSync(
  path.join(pluginDir, 'plugin-manifest.json'),
  JSON.stringify({ name: 'p', extensions: [{ type: 'a', properties: {} }] }),
);
writeFileSync(path.join(pluginDir, 'plugin-entry.js'), 'window.x = 1;');
const staticDir = mkdtempSync(path.join(tmpdir(), 'dev-console-static-'));
mkdirSync(path.join(staticDir, 'assets'));
writeFileSync(path.join(staticDir, 'dev-console.js'), '// host');

let api: StandInApi;
let host: HostServer;

beforeAll(async () => {
  api = await startStandInApi();
  host = await startHostServer({
    api: api.url,
    staticDir,
    plugins: [{ name: 'p', dir: pluginDir }],
    transformManifest: (name, manifest) => ({ ...manifest, transformedFor: name }),
  });
});

afterAll(async () => {
  await host.close();
  await api.close();
});

const request = (
  urlPath: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      `${host.url}${urlPath}`,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });

describe('the page', () => {
  it('answers every console URL with the page, SERVER_FLAGS and a CSRF cookie', async () => {
    const res = await request('/k8s/ns/default/pods', {
      headers: { cookie: 'dev-console-user=viewer' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('"consolePlugins":["p"]');
    expect(res.body).toContain('"i18nNamespaces":["plugin__p"]');
    expect(res.body).toContain('"user":"viewer"');
    expect(res.body).toContain('<script defer src="/static/dev-console.js">');
    expect(String(res.headers['set-cookie'])).toMatch(
      /^csrf-token=[0-9a-f]{64}; Path=\/; SameSite=Strict/,
    );
    const again = await request('/', { headers: { cookie: 'csrf-token=abc' } });
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('"user":"admin"');
  });

  it('serves the host bundle with nosniff, and nothing outside it', async () => {
    const js = await request('/static/dev-console.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('application/javascript');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await request('/static/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await request('/api/unknown')).status).toBe(404);
  });
});

describe('plugin assets', () => {
  it('serves the plugin build under /api/plugins/<name>/ (manifest through the transform)', async () => {
    const manifest = await request('/api/plugins/p/plugin-manifest.json');
    expect(JSON.parse(manifest.body)).toMatchObject({ name: 'p', transformedFor: 'p' });
    const entry = await request('/api/plugins/p/plugin-entry.js');
    expect(entry.headers['content-type']).toBe('application/javascript');
    expect(entry.body).toBe('window.x = 1;');
    expect((await request('/api/plugins/p/missing.js')).status).toBe(404);
    expect((await request('/api/plugins/other/plugin-manifest.json')).status).toBe(404);
  });

  it('proxies a plugin served by another web server (--plugin-url)', async () => {
    const nginx = http.createServer((req, res) => {
      res
        .writeHead(200, { 'Content-Type': 'application/javascript' })
        .end(`served ${req.url ?? ''}`);
    });
    await new Promise<void>((r) => nginx.listen(0, '127.0.0.1', r));
    const port = (nginx.address() as AddressInfo).port;
    const proxied = await startHostServer({
      api: api.url,
      staticDir,
      plugins: [{ name: 'q', url: `http://127.0.0.1:${port}/base/` }],
    });
    try {
      const res = await fetch(`${proxied.url}/api/plugins/q/plugin-entry.abc.min.js`);
      expect(await res.text()).toBe('served /base/plugin-entry.abc.min.js');
    } finally {
      await proxied.close();
      nginx.close();
    }
  });
});

describe('the API proxy', () => {
  it('forwards reads as the chosen user, without the browser cookies or CSRF token', async () => {
    const res = await request('/api/kubernetes/api/v1/namespaces', {
      headers: { cookie: 'dev-console-user=developer; csrf-token=t', 'x-csrftoken': 't' },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ kind: 'NamespaceList' });
    const seen = api.requests.at(-1);
    expect(seen?.url).toBe('/api/v1/namespaces');
    expect(seen?.headers.authorization).toBe('Bearer developer-token');
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers['x-csrftoken']).toBeUndefined();
  });

  it('refuses writes whose X-CSRFToken does not match the csrf-token cookie', async () => {
    const body = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c1' } });
    const count = api.requests.length;
    const missing = await request('/api/kubernetes/api/v1/namespaces/default/configmaps', {
      method: 'POST',
      body,
      headers: { cookie: 'csrf-token=t' },
    });
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body)).toMatchObject({ kind: 'Status', code: 403 });
    const wrong = await request('/api/kubernetes/api/v1/namespaces/default/configmaps', {
      method: 'POST',
      body,
      headers: { cookie: 'csrf-token=t', 'x-csrftoken': 'u' },
    });
    expect(wrong.status).toBe(403);
    expect(api.requests.length).toBe(count);
    const ok = await request('/api/kubernetes/api/v1/namespaces/default/configmaps?dryRun=All', {
      method: 'POST',
      body,
      headers: { cookie: 'csrf-token=t', 'x-csrftoken': 't', 'content-type': 'application/json' },
    });
    expect(ok.status).toBe(201);
    expect(api.requests.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v1/namespaces/default/configmaps?dryRun=All',
      body,
    });
  });

  it('relays API errors unchanged', async () => {
    const res = await request('/api/kubernetes/api/v1/namespaces/default/configmaps', {
      method: 'POST',
      body: '{}',
      headers: { cookie: 'csrf-token=t; dev-console-user=viewer', 'x-csrftoken': 't' },
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({
      message: expect.stringContaining('User "viewer" cannot create') as string,
    });
  });

  it('streams chunked watches', async () => {
    const events: string[] = [];
    const done = new Promise<void>((resolve) => {
      http.get(
        `${host.url}/api/kubernetes/api/v1/namespaces/default/configmaps?watch=true`,
        (res) => {
          res.on('data', (c: Buffer) => {
            events.push(c.toString());
            res.destroy();
            resolve();
          });
        },
      );
    });
    await new Promise((r) => setTimeout(r, 100));
    api.put({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'streamed', namespace: 'default' },
    });
    await done;
    expect(JSON.parse(events[0])).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'streamed' } },
    });
  });

  it('proxies WebSocket watches with the user token, from the same origin only', async () => {
    const url = `${host.url.replace('http', 'ws')}/api/kubernetes/api/v1/namespaces/default/configmaps?watch=true`;
    const origin = host.url;
    const ws = new WebSocket(url, { headers: { cookie: 'dev-console-user=viewer', origin } });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const message = new Promise<string>((resolve) =>
      ws.once('message', (d: Buffer) => resolve(d.toString())),
    );
    api.put({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'over-ws', namespace: 'default' },
    });
    expect(JSON.parse(await message)).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'over-ws' } },
    });
    expect(api.requests.filter((r) => r.method === 'UPGRADE').at(-1)?.headers.authorization).toBe(
      'Bearer viewer-token',
    );
    ws.close();

    const foreign = new WebSocket(url, { headers: { origin: 'http://evil.example' } });
    const status = await new Promise<number>((resolve) =>
      foreign.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });
});
