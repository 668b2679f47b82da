/**
 * Scenarios of the simulated cluster: `loadScenario(cluster, name)` starts the world (built-in
 * controllers, kubelet, simulated Tempo Operator) and creates the scenario's objects.
 *
 * - `seeds`: every object of the reference seed configurations (`seeds/`).
 * - `demo` (default of `npm start`): the seeds plus realistic stacks (sizes, Azure/GCS, metrics
 *   generator, static tenancy with OIDC, a broken stack), team namespaces for the developer user.
 * - `scale`: 1,000 TempoStacks in 200 namespaces with realistic statuses (see `scale.ts` modes).
 * - `faults`: a missing storage secret, a crash-looping (OOMKilled) ingester, a degraded querier.
 */
import type { SimCluster } from '../controllers';
import { createObjects } from './apply';
import { DEMO_STACKS, demoObjects } from './demo';
import { faultObjects, faultRules, FAULTS_NAMESPACE } from './faults';
import { isScaleNamespace, loadScale, type ScaleOptions } from './scale';
import { SEED_STACKS, seedObjects } from './seed-objects';
import { startWorld, type World, type WorldOptions } from './world';

export { startWorld } from './world';
export type { World, WorldOptions } from './world';
export { waitFor, waitForCondition, waitForReadyStack, readyStack, trueCondition } from './waits';
export { SEED_STACKS } from './seed-objects';
export { DEMO_STACKS } from './demo';
export { FAULTS_NAMESPACE } from './faults';

/** The scenarios. */
export type ScenarioName = 'demo' | 'seeds' | 'scale' | 'faults';

/** Options of {@link loadScenario}: the world's options plus the scale scenario's. */
export interface ScenarioOptions extends WorldOptions {
  scale?: ScaleOptions;
}

/** A loaded scenario. */
export interface LoadedScenario {
  world: World;
  /** The scenario's TempoStacks as `namespace/name`. */
  stacks: string[];
  /** Admission warnings returned while creating the objects. */
  warnings: string[];
}

/** Starts the world and creates the scenario's objects. */
export async function loadScenario(
  cluster: SimCluster,
  name: ScenarioName,
  options: ScenarioOptions = {},
): Promise<LoadedScenario> {
  const scaleMode = options.scale?.mode ?? 'status';
  const worldOptions: WorldOptions = { ...options };
  if (name === 'scale') {
    worldOptions.pods = scaleMode === 'pods' ? options.pods : false;
    if (scaleMode === 'status' && options.operator !== false) {
      const filter = options.operator?.namespaceFilter;
      worldOptions.operator = {
        ...options.operator,
        namespaceFilter: (ns) => !isScaleNamespace(ns) && (filter?.(ns) ?? true),
      };
    }
  }
  if (name === 'faults') worldOptions.faults = [...(options.faults ?? []), ...faultRules()];
  const world = await startWorld(cluster, worldOptions);
  const api = cluster.api;
  switch (name) {
    case 'seeds': {
      const report = await createObjects(api, seedObjects());
      return { world, stacks: [...SEED_STACKS], warnings: report.warnings };
    }
    case 'demo': {
      const report = await createObjects(api, [...seedObjects(), ...demoObjects()]);
      return {
        world,
        stacks: [...SEED_STACKS, ...Object.keys(DEMO_STACKS)],
        warnings: report.warnings,
      };
    }
    case 'faults': {
      const report = await createObjects(api, faultObjects());
      return {
        world,
        stacks: ['no-secret', 'crashloop', 'degraded'].map((s) => `${FAULTS_NAMESPACE}/${s}`),
        warnings: report.warnings,
      };
    }
    case 'scale': {
      const stacks = await loadScale(api, options.scale);
      return { world, stacks, warnings: [] };
    }
  }
}
