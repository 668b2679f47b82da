import path from 'node:path';
import { MAIN_PLUGIN } from '../support/dev-host';

/**
 * The plugin build the host serves: `dist/`, or the directory in `PLUGIN_DIST` (to test a copy of
 * a build while `dist/` is being rebuilt).
 */
export const pluginUnderTest = () =>
  process.env.PLUGIN_DIST
    ? { ...MAIN_PLUGIN, dir: path.resolve(process.env.PLUGIN_DIST) }
    : MAIN_PLUGIN;
