import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { Extension } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { type RemoteContainer, decodeCodeRefs } from '../../sdk/extensions/code-ref';
import { checkPluginDependencies } from './dependencies';
import type { ShareScope } from './share-scope';

/** `plugin-manifest.json` as `ConsoleRemotePlugin` writes it. */
export interface PluginManifest {
  name: string;
  version: string;
  baseURL?: string;
  loadScripts: string[];
  registrationMethod: 'callback' | 'custom';
  dependencies?: Record<string, string>;
  customProperties?: { console?: { displayName?: string; description?: string } };
  extensions: Extension[];
  buildHash?: string;
}

export interface LoadedPlugin {
  name: string;
  manifest: PluginManifest;
  extensions: LoadedExtension[];
}

export class PluginLoadError extends Error {
  constructor(
    readonly pluginName: string,
    message: string,
  ) {
    super(`Plugin ${pluginName} failed to load: ${message}`);
    this.name = 'PluginLoadError';
  }
}

type EntryCallback = (name: string, container: RemoteContainer) => void;

declare global {
  interface Window {
    __load_plugin_entry__?: EntryCallback;
  }
}

const waiting = new Map<string, (container: RemoteContainer) => void>();

/** Installs `window.__load_plugin_entry__`, which plugin entry scripts call with their container. */
const installEntryCallback = () => {
  window.__load_plugin_entry__ ??= (name, container) => {
    const resolve = waiting.get(name);
    if (resolve) {
      waiting.delete(name);
      resolve(container);
    } else {
      console.error(`Plugin entry callback for unknown plugin ${name}`);
    }
  };
};

const loadScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.async = true;
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(`could not load script ${src}`));
    document.head.appendChild(element);
  });

export const pluginBasePath = (name: string) => `/api/plugins/${name}/`;

/**
 * Loads one plugin as the console does: fetch its manifest, add its entry script(s), wait for
 * the entry callback, `container.init(shareScope)`, then decode the extensions' code references
 * (resolved later with `container.get(module)`).
 */
export const loadPlugin = async (
  name: string,
  shareScope: ShareScope,
  enabledPlugins: string[] = [],
): Promise<LoadedPlugin> => {
  installEntryCallback();
  const base = pluginBasePath(name);
  const response = await fetch(`${base}plugin-manifest.json`, { cache: 'no-cache' }).catch(
    (e: unknown) => {
      throw new PluginLoadError(name, `manifest request failed (${String(e)})`);
    },
  );
  if (!response.ok) {
    throw new PluginLoadError(
      name,
      `plugin-manifest.json answered ${response.status} ${response.statusText}`,
    );
  }
  const manifest = (await response.json()) as PluginManifest;
  if (manifest.name !== name) {
    throw new PluginLoadError(name, `its manifest names plugin "${manifest.name}"`);
  }
  const unmet = checkPluginDependencies(manifest.dependencies ?? {}, enabledPlugins);
  if (unmet.length) throw new PluginLoadError(name, `unmet dependencies: ${unmet.join('; ')}`);
  if (manifest.registrationMethod !== 'callback') {
    throw new PluginLoadError(
      name,
      `registration method "${manifest.registrationMethod}" is not supported`,
    );
  }
  const container = new Promise<RemoteContainer>((resolve) => waiting.set(name, resolve));
  try {
    for (const script of manifest.loadScripts) {
      await loadScript(`${manifest.baseURL ?? base}${script}`);
    }
  } catch (e) {
    waiting.delete(name);
    throw new PluginLoadError(name, e instanceof Error ? e.message : String(e));
  }
  const entry = await Promise.race([
    container,
    new Promise<never>((_, reject) =>
      setTimeout(
        () =>
          reject(new PluginLoadError(name, 'the entry script never called __load_plugin_entry__')),
        10_000,
      ),
    ),
  ]);
  await entry.init(shareScope);
  const extensions = manifest.extensions.map((e, index): LoadedExtension => ({
    ...decodeCodeRefs(e, name, entry),
    pluginName: name,
    uid: `${name}[${index}]`,
  }));
  return { name, manifest, extensions };
};
