/**
 * Starts the simulator and the host for another process (the Playwright fixture):
 * `tsx dev/console/world-cli.ts [--scenario NAME|none] [--plugin NAME=DIR|URL]...`, then prints one line
 * `DEV_WORLD {"host": …, "api": …, "stacks": […]}` and runs until SIGTERM/SIGINT or, when stdin
 * is a pipe and `--exit-with-stdin` is given, until it closes.
 */
import * as path from 'node:path';
import { startDevWorld } from './dev-world';
import type { PluginSource } from './server/plugin-assets';

const root = path.resolve(__dirname, '../..');

const main = async () => {
  const argv = process.argv.slice(2);
  const plugins: PluginSource[] = [];
  let scenario: string | false = 'demo';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--plugin') {
      const spec = argv[++i] ?? '';
      const name = spec.slice(0, spec.indexOf('='));
      const source = spec.slice(spec.indexOf('=') + 1);
      plugins.push(
        /^https?:\/\//.test(source)
          ? { name, url: source }
          : { name, dir: path.resolve(root, source) },
      );
    } else if (argv[i] === '--scenario') {
      const value = argv[++i];
      scenario = value === 'none' ? false : value;
    }
  }
  const world = await startDevWorld({ plugins, scenario });
  console.log(
    `DEV_WORLD ${JSON.stringify({ host: world.host.url, api: world.api.url, stacks: world.stacks })}`,
  );
  const stop = () => void world.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // `--exit-with-stdin` (the Playwright fixture): end with the parent, even if it is killed.
  if (argv.includes('--exit-with-stdin')) {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
