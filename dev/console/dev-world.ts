import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createCluster, type Cluster } from '../cluster/cluster';
import { startApiServer, type ApiServer } from '../cluster/server';
import { type HostServer, type HostServerOptions, startHostServer } from './server/host-server';
import type { PluginSource } from './server/plugin-assets';

/** What `dev/scenarios/index.ts` offers (written separately; optional here). */
interface ScenarioModule {
  loadScenario(
    cluster: Cluster,
    name: string,
  ): Promise<{ stacks: string[]; warnings: string[]; world: { stop(): Promise<void> } }>;
}

export interface DevWorldOptions {
  plugins: PluginSource[];
  /** Scenario to load through `dev/scenarios` (default `demo`); `false` for an empty cluster. */
  scenario?: string | false;
  apiPort?: number;
  hostPort?: number;
  host?: string;
  transformManifest?: HostServerOptions['transformManifest'];
  log?: (line: string) => void;
}

export interface DevWorld {
  cluster: Cluster;
  api: ApiServer;
  host: HostServer;
  /** The scenario's TempoStacks (`namespace/name`), when one was loaded. */
  stacks: string[];
  stop(): Promise<void>;
}

const SCENARIOS = path.resolve(__dirname, '../scenarios/index.ts');

/** Loads `dev/scenarios` if it exists; the host itself never seeds data. */
export const loadScenarioIfPresent = async (cluster: Cluster, name: string) => {
  if (!existsSync(SCENARIOS)) return undefined;
  const specifier = '../scenarios/index';
  const scenarios = (await import(specifier)) as ScenarioModule;
  return scenarios.loadScenario(cluster, name);
};

/** The simulator (with a scenario) and the dev console host in front of it, on free ports by default. */
export const startDevWorld = async (options: DevWorldOptions): Promise<DevWorld> => {
  const cluster = createCluster();
  const api = await startApiServer({
    cluster,
    port: options.apiPort ?? 0,
    host: options.host ?? '127.0.0.1',
  });
  const scenario =
    options.scenario === false
      ? undefined
      : await loadScenarioIfPresent(cluster, options.scenario ?? 'demo');
  const host = await startHostServer({
    api: api.url,
    plugins: options.plugins,
    port: options.hostPort ?? 0,
    host: options.host,
    transformManifest: options.transformManifest,
    log: options.log,
  });
  return {
    cluster,
    api,
    host,
    stacks: scenario?.stacks ?? [],
    stop: async () => {
      await host.close();
      await scenario?.world.stop();
      await api.close();
      cluster.close();
    },
  };
};
