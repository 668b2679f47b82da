/**
 * `npm run cluster -- --port P --kubeconfig FILE --scenario NAME`: the Kubernetes API simulator
 * with the built-in controllers and the simulated Tempo Operator, loaded with a scenario
 * (`demo` by default; `seeds`, `scale`, `faults`; `none` for an empty cluster).
 */
import { main } from './cluster/cli';
import { loadScenario, type ScenarioName } from './scenarios';

const argv = process.argv.slice(2);
if (!argv.some((arg) => arg === '--scenario' || arg.startsWith('--scenario='))) {
  argv.push('--scenario', 'demo');
}

main(argv, {
  onStart: async (cluster, options) => {
    if (!options.scenario || options.scenario === 'none') return;
    const loaded = await loadScenario(cluster, options.scenario as ScenarioName);
    for (const warning of loaded.warnings) console.warn(`warning: ${warning}`);
    console.log(`scenario ${options.scenario}: ${loaded.stacks.length} TempoStacks`);
  },
}).then(
  (stop) => {
    const shutdown = (): void => {
      void stop().then(() => process.exit(0));
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
