/**
 * The dev console host: `npm run host -- --api URL [--port P] [--plugin-url URL | --plugin-dir DIR]`.
 * Serves the host bundle (`npm run host:build`), the plugin's files at
 * `/api/plugins/<name>/`, and proxies `/api/kubernetes/` to the API server.
 */
import * as path from 'node:path';
import { parseHostArgs } from './server/args';
import { startHostServer } from './server/host-server';

const root = path.resolve(__dirname, '../..');

const main = async () => {
  const args = parseHostArgs(process.argv.slice(2), root);
  const host = await startHostServer({
    api: args.api,
    port: args.port,
    host: args.host,
    plugins: args.plugins,
    log: args.verbose ? (line) => console.log(line) : undefined,
  });
  for (const p of args.plugins) console.log(`plugin ${p.name} from ${p.url ?? p.dir ?? ''}`);
  console.log(`API ${args.api}`);
  console.log(`Dev console: ${host.url}/`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
