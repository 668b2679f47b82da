import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PLUGIN_BASE_PATH, PLUGIN_NAME, startPluginServer } from '../support/plugin-server';

const distDir = path.resolve(__dirname, '../../dist');

interface PluginManifest {
  name: string;
  version: string;
  baseURL: string;
  loadScripts: string[];
  registrationMethod: string;
  dependencies: Record<string, string>;
  customProperties: { console: { displayName: string } };
  extensions: { type: string }[];
}

let server: Server;
let baseUrl: string;

test.beforeAll(async () => {
  ({ server, url: baseUrl } = await startPluginServer(distDir));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the production build registers its container the way the console loads plugins', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl);

  const manifestResponse = await page.request.get(
    `${baseUrl}${PLUGIN_BASE_PATH}plugin-manifest.json`,
  );
  expect(manifestResponse.ok()).toBe(true);
  const manifest = (await manifestResponse.json()) as PluginManifest;
  expect(manifest.name).toBe(PLUGIN_NAME);
  expect(manifest.baseURL).toBe(PLUGIN_BASE_PATH);
  expect(manifest.registrationMethod).toBe('callback');
  expect(manifest.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
  expect(manifest.customProperties.console.displayName).toBe('Tempo Operator');
  const declared = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../console-extensions.json'), 'utf8'),
  ) as { type: string }[];
  expect(manifest.extensions.map((e) => e.type)).toEqual(declared.map((e) => e.type));
  expect(manifest.loadScripts).toHaveLength(1);
  expect(manifest.loadScripts[0]).toMatch(/^plugin-entry\.[0-9a-f]+\.min\.js$/);

  // The console defines window.__load_plugin_entry__ and then adds the entry script.
  const registered = await page.evaluate(
    async ({ base, script }) => {
      const container = await new Promise<{ init: (scope: object) => Promise<void> | void }>(
        (resolve, reject) => {
          const w = window as unknown as Record<string, unknown>;
          w.__load_plugin_entry__ = (_name: string, entry: { init: () => void }) => {
            w.__registered_name__ = _name;
            resolve(entry);
          };
          const element = document.createElement('script');
          element.src = `${base}${script}`;
          element.onerror = () => reject(new Error(`could not load ${script}`));
          document.head.appendChild(element);
        },
      );
      await container.init({});
      return (window as unknown as Record<string, unknown>).__registered_name__;
    },
    { base: PLUGIN_BASE_PATH, script: manifest.loadScripts[0] },
  );
  expect(registered).toBe(PLUGIN_NAME);

  const entryResponse = await page.request.get(
    `${baseUrl}${PLUGIN_BASE_PATH}${manifest.loadScripts[0]}`,
  );
  expect(entryResponse.headers()['content-type']).toBe('application/javascript');
  expect(errors).toEqual([]);
});
