/**
 * Installs the rendered chart into the Kubernetes API simulator with real kubectl and reads back
 * what the console would read: the ConsolePlugin's backend must point at the chart's Service and port.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../dev/cluster/cluster';
import { writeKubeconfig } from '../../dev/cluster/kubeconfig';
import { startApiServer } from '../../dev/cluster/server';
import { CHART_DIR, helm, tools } from './helm';

let cluster: Cluster;
let server: Awaited<ReturnType<typeof startApiServer>>;
let dir: string;

const kubectl = (args: string[], input?: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      tools().kubectl,
      [
        '--kubeconfig',
        path.join(dir, 'kubeconfig'),
        '--cache-dir',
        path.join(dir, 'cache'),
        ...args,
      ],
      { timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });

beforeAll(async () => {
  cluster = createCluster();
  server = await startApiServer({ cluster, port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-chart-install-'));
  writeKubeconfig(path.join(dir, 'kubeconfig'), server.httpsUrl, 'admin', server.ca);
});

afterAll(async () => {
  await server.close();
  cluster.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the chart installed into the simulator', () => {
  it.each([
    ['default values', 'tempo-console-plugin', [], 'tempo-console-plugin', 9443],
    [
      'a custom name and port',
      'observability',
      ['--set', 'plugin.name=tempo-plugin', '--set', 'plugin.port=8443'],
      'tempo-plugin',
      8443,
    ],
  ])(
    '%s: the ConsolePlugin backend is the chart Service and its port',
    async (_, namespace, set, name, port) => {
      const rendered = await helm([
        'template',
        'tempo-console-plugin',
        CHART_DIR,
        '--namespace',
        namespace,
        '--set',
        'plugin.image=quay.io/example/tempo-console-plugin:1.0.0',
        ...set,
      ]);
      expect((await kubectl(['create', 'namespace', namespace])).code).toBe(0);
      const applied = await kubectl(['apply', '-f', '-'], rendered);
      expect(applied.stderr).toBe('');
      expect(applied.stdout).toContain(`consoleplugin.console.openshift.io/${name} created`);

      const backend = await kubectl([
        'get',
        'consoleplugin',
        name,
        '-o',
        'jsonpath={.spec.backend.type} {.spec.backend.service.name} {.spec.backend.service.namespace} {.spec.backend.service.port} {.spec.backend.service.basePath} {.spec.i18n.loadType}',
      ]);
      expect(backend.stdout).toBe(`Service ${name} ${namespace} ${port} / Preload`);

      const service = await kubectl([
        'get',
        'service',
        name,
        '-n',
        namespace,
        '-o',
        'jsonpath={.spec.ports[0].port} {.spec.ports[0].targetPort} {.metadata.annotations.service\\.beta\\.openshift\\.io/serving-cert-secret-name}',
      ]);
      expect(service.stdout).toBe(`${port} https ${name}-cert`);

      const containerPort = await kubectl([
        'get',
        'deployment',
        name,
        '-n',
        namespace,
        '-o',
        'jsonpath={.spec.template.spec.containers[0].ports[?(@.name=="https")].containerPort}',
      ]);
      expect(containerPort.stdout).toBe(String(port));
    },
    60_000,
  );
});
