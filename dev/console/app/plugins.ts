import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { CodeRefError } from '../sdk/extensions/code-ref';
import {
  extensionStore,
  reportCodeRefError,
  resolveExtension,
} from '../sdk/extensions/extension-store';
import { flagStore, isExtensionInUse, setFlags } from '../sdk/flags/flag-store';
import { modelStore } from '../sdk/models/model-store';
import { createStore } from '../sdk/utils/simple-store';
import { modelFlags, modelMetadata } from './extensions/model-flags';
import { type LoadedPlugin, loadPlugin } from './federation/plugin-loader';
import { createShareScope } from './federation/share-scope';

export type PluginStatus =
  | { name: string; status: 'pending' }
  | { name: string; status: 'loaded'; plugin: LoadedPlugin }
  | { name: string; status: 'failed'; error: string };

export const pluginStatusStore = createStore<PluginStatus[]>([]);

const setStatus = (status: PluginStatus) =>
  pluginStatusStore.set((all) => all.map((s) => (s.name === status.name ? status : s)));

/** Keeps model metadata and `console.flag/model` flags in step with extensions and discovery. */
const syncFlagsAndMetadata = () => {
  const update = () => {
    const extensions = extensionStore.get();
    setFlags(modelFlags(extensions, modelStore.getState()));
  };
  extensionStore.subscribe(() => {
    modelStore.setMetadata(modelMetadata(extensionStore.get()));
    update();
  });
  modelStore.subscribe(update);
};

/**
 * Page components are loaded only when their route renders, as the console does: resolving them
 * here would fetch every page's chunks on every page (and distort what a page costs to load).
 * A broken page `$codeRef` is reported when the page is opened (see `ExtensionComponent`).
 */
const LAZY_TYPES = new Set([
  'console.page/route',
  'console.page/route/standalone',
  'console.page/resource/list',
  'console.page/resource/details',
  'console.resource/create',
  'console.tab/horizontalNav',
  'console.tab',
]);

/**
 * Resolves the code references of the other extensions in use as soon as the plugin loads, so
 * that a broken `$codeRef` is reported early (the console only finds out when it uses it).
 */
const resolveAllInUse = (extensions: LoadedExtension[]) => {
  const flags = flagStore.get();
  for (const e of extensions) {
    if (LAZY_TYPES.has(e.type) || !isExtensionInUse(e.flags, flags)) continue;
    resolveExtension(e).catch((error: unknown) => {
      if (error instanceof CodeRefError) reportCodeRefError(error);
      else console.error(error);
    });
  }
};

/** Loads every enabled plugin, in order, and publishes their extensions. */
export const loadPlugins = async (names: string[]): Promise<void> => {
  syncFlagsAndMetadata();
  flagStore.subscribe(() => resolveAllInUse(extensionStore.get()));
  pluginStatusStore.set(names.map((name) => ({ name, status: 'pending' })));
  const shareScope = createShareScope();
  for (const name of names) {
    try {
      const plugin = await loadPlugin(name, shareScope, names);
      extensionStore.set((current) => [...current, ...plugin.extensions]);
      setStatus({ name, status: 'loaded', plugin });
      resolveAllInUse(plugin.extensions);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      console.error(error);
      setStatus({ name, status: 'failed', error });
    }
  }
};
