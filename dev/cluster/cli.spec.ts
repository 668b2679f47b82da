import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main, parseArgs } from './cli';
import { kubeconfig } from './kubeconfig';

describe('CLI and kubeconfig', () => {
  it('parses the options', () => {
    expect(
      parseArgs([
        '--port',
        '7443',
        '--kubeconfig=/tmp/k',
        '--scenario',
        'seeds',
        '--developer-namespace',
        'a',
      ]),
    ).toMatchObject({
      port: 7443,
      kubeconfig: '/tmp/k',
      scenario: 'seeds',
      developerNamespaces: ['a'],
    });
    expect(() => parseArgs(['--what'])).toThrow(/unknown argument --what/);
  });

  it('writes contexts for the three users over HTTPS, admin current', () => {
    const config = kubeconfig('http://127.0.0.1:1234', 'admin', 'PEM');
    expect(config).toMatchObject({
      clusters: [
        {
          name: 'tempo-sim',
          cluster: {
            server: 'https://127.0.0.1:1234',
            'certificate-authority-data': Buffer.from('PEM').toString('base64'),
          },
        },
      ],
      'current-context': 'admin',
    });
    expect((config.contexts as { name: string }[]).map((c) => c.name)).toEqual([
      'admin',
      'developer',
      'viewer',
    ]);
    expect(kubeconfig('https://h:1').clusters).toEqual([
      { name: 'tempo-sim', cluster: { server: 'https://h:1', 'insecure-skip-tls-verify': true } },
    ]);
  });

  it('starts the simulator, calls onStart, prints the URL and the kubeconfig path', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-sim-cli-'));
    const file = path.join(dir, 'kubeconfig');
    const lines: string[] = [];
    const namespaces: string[] = [];
    const stop = await main(['--port', '0', '--kubeconfig', file, '--scenario', 'demo'], {
      log: (line) => lines.push(line),
      onStart: async (cluster, options) => {
        expect(options.scenario).toBe('demo');
        namespaces.push(
          ...(
            await cluster.api.list({ group: '', version: 'v1', resource: 'namespaces' })
          ).items.map((n) => n.metadata.name),
        );
      },
    });
    try {
      expect(namespaces).toEqual([
        'default',
        'kube-public',
        'kube-system',
        'openshift-tempo-operator',
      ]);
      expect(lines[0]).toMatch(
        /^Kubernetes API simulator listening on https:\/\/127\.0\.0\.1:\d+ \(and http:\/\/127\.0\.0\.1:\d+\)$/,
      );
      expect(lines[1]).toBe(`kubeconfig: ${file} (contexts: admin, developer, viewer)`);
      const written = parse(readFileSync(file, 'utf8')) as {
        clusters: { cluster: { server: string } }[];
      };
      const response = await fetch(
        written.clusters[0].cluster.server.replace('https:', 'http:') + '/version',
        { headers: { Authorization: 'Bearer viewer-token' } },
      );
      expect(response.status).toBe(200);
    } finally {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
