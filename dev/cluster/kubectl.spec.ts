/** Real kubectl (v1.33) against the simulator: the TempoStack workflows people and the docs use. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KubectlWorld, seeds, startKubectlWorld } from './kubectl-test-support';
import { eventually, refs } from './test-support';

let world: KubectlWorld;
const kubectl = (args: string[], input?: string) => world.kubectl(args, input);
const ns = ['-n', 'chainsaw-route'];

beforeAll(async () => {
  world = await startKubectlWorld();
});
afterAll(async () => {
  await world.stop();
});

describe('kubectl against the simulator', () => {
  it('discovers the API: api-resources, short names', async () => {
    const resources = await kubectl(['api-resources', '--api-group=tempo.grafana.com']);
    expect(resources.stdout).toMatch(
      /tempostacks\s+tempo,tempos\s+tempo\.grafana\.com\/v1alpha1\s+true\s+TempoStack/,
    );
    const version = await kubectl(['version']);
    expect(version.stdout).toContain('Server Version: v1.33.9');
  });

  it('applies the route seed, reads it back as YAML and JSONPath, by short name', async () => {
    const applied = await kubectl(['apply', '-f', path.join(seeds, 'route.yaml')]);
    expect(applied.stdout.trim().split('\n')).toEqual([
      'namespace/chainsaw-route created',
      'secret/minio created',
      'tempostack.tempo.grafana.com/simplest created',
    ]);
    const yaml = await kubectl(['get', 'tempostack', 'simplest', ...ns, '-o', 'yaml']);
    expect(yaml.stdout).toContain('kubectl.kubernetes.io/last-applied-configuration');
    expect(yaml.stdout).toMatch(/managementState: Managed/);
    expect(yaml.stdout).toMatch(/generation: 1/);
    const jsonpath = await kubectl([
      'get',
      'tempo',
      'simplest',
      ...ns,
      '-o',
      'jsonpath={.spec.storage.secret.type} {.spec.template.queryFrontend.jaegerQuery.ingress.type}',
    ]);
    expect(jsonpath.stdout).toBe('s3 route');
    const table = await kubectl(['get', 'tempo', ...ns]);
    expect(table.stdout).toMatch(
      /^NAME\s+MANAGEMENT\s+TEMPO VERSION\s+READY\s+AGE\nsimplest\s+Managed\s+\d+s\n$/,
    );
    const secret = await kubectl([
      'get',
      'secret',
      'minio',
      ...ns,
      '-o',
      'jsonpath={.data.bucket}',
    ]);
    expect(Buffer.from(secret.stdout, 'base64').toString()).toBe('tempo');
  });

  it('re-applies an edited file with a three-way merge', async () => {
    const edited = readFileSync(path.join(seeds, 'route.yaml'), 'utf8')
      .replace('timeout: 2m', 'timeout: 5m')
      .replace('  storageSize: 200M\n', '');
    const file = path.join(world.dir, 'edited.yaml');
    writeFileSync(file, edited);
    await kubectl([
      'patch',
      'tempo',
      'simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"spec":{"retention":{"global":{"traces":"24h"}}}}',
    ]);
    const applied = await kubectl(['apply', '-f', file]);
    expect(applied.stdout).toContain('tempostack.tempo.grafana.com/simplest configured');
    const spec = JSON.parse(
      (await kubectl(['get', 'tempo', 'simplest', ...ns, '-o', 'jsonpath={.spec}'])).stdout,
    ) as Record<string, unknown>;
    expect(spec.timeout).toBe('5m');
    expect(spec.storageSize).toBe('10Gi');
    expect(spec.retention).toEqual({ global: { traces: '24h' } });
  });

  it('patches with --type=merge and --type=json, and bumps generation', async () => {
    await kubectl([
      'patch',
      'tempo',
      'simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"spec":{"replicationFactor":2}}',
    ]);
    const json = await kubectl([
      'patch',
      'tempo',
      'simplest',
      ...ns,
      '--type=json',
      '-p',
      '[{"op":"replace","path":"/spec/timeout","value":"1m"}]',
    ]);
    expect(json.stdout).toContain('patched');
    const out = await kubectl([
      'get',
      'tempo',
      'simplest',
      ...ns,
      '-o',
      'jsonpath={.spec.replicationFactor} {.spec.timeout} {.metadata.generation}',
    ]);
    expect(out.stdout).toBe('2 1m 5');
  });

  it('rejects a stale replace with 409 and an invalid enum with 422 naming the field', async () => {
    const old = (await kubectl(['get', 'tempo', 'simplest', ...ns, '-o', 'yaml'])).stdout;
    await kubectl(['label', 'tempo', 'simplest', ...ns, 'touched=yes']);
    const conflict = await kubectl(['replace', '-f', '-'], old);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain(
      'Error from server (Conflict): error when replacing "STDIN": Operation cannot be fulfilled on tempostacks.tempo.grafana.com "simplest": the object has been modified; please apply your changes to the latest version and try again',
    );
    const invalid = await kubectl([
      'patch',
      'tempo',
      'simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"spec":{"storage":{"secret":{"type":"foo"}}}}',
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(
      'The TempoStack "simplest" is invalid: spec.storage.secret.type: Unsupported value: "foo": supported values: "azure", "gcs", "s3"',
    );
  });

  it('forbids viewer writes (403) and answers auth can-i', async () => {
    const denied = await kubectl(['--context', 'viewer', 'delete', 'tempo', 'simplest', ...ns]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain(
      'Error from server (Forbidden): tempostacks.tempo.grafana.com "simplest" is forbidden: User "viewer" cannot delete resource "tempostacks" in API group "tempo.grafana.com" in the namespace "chainsaw-route"',
    );
    expect((await kubectl(['auth', 'can-i', 'create', 'tempostacks', ...ns])).stdout.trim()).toBe(
      'yes',
    );
    const no = await kubectl([
      '--context',
      'viewer',
      'auth',
      'can-i',
      'create',
      'tempostacks',
      ...ns,
    ]);
    expect([no.stdout.trim(), no.code]).toEqual(['no', 1]);
    expect(
      (await kubectl(['auth', 'can-i', 'get', 'secrets', '--as', 'viewer', ...ns])).stdout.trim(),
    ).toBe('no');
  });

  it('watches with get -w and prints a line per change', async () => {
    const child: ChildProcess = spawn(world.kubectlPath, [
      ...world.flags,
      'get',
      'tempo',
      'simplest',
      ...ns,
      '-w',
      '--output-watch-events',
    ]);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      await eventually(() => out.includes('ADDED'), 10_000);
      await world.run.cluster.api.patch(
        refs.tempostacks,
        'simplest',
        'chainsaw-route',
        'merge',
        { status: { tempoVersion: '2.8.2' } },
        { subresource: 'status' },
      );
      await eventually(() => /MODIFIED\s+simplest\s+Managed\s+2\.8\.2/.test(out), 10_000);
    } finally {
      child.kill();
    }
  });

  it('waits for a status set through the API, and for deletion past a finalizer', async () => {
    const wait = kubectl([
      'wait',
      '--for=jsonpath={.status.conditions[?(@.type=="Ready")].status}=True',
      'tempo/simplest',
      ...ns,
      '--timeout=15s',
    ]);
    await world.run.cluster.api.patch(
      refs.tempostacks,
      'simplest',
      'chainsaw-route',
      'merge',
      {
        status: {
          conditions: [
            {
              type: 'Ready',
              status: 'True',
              reason: 'Ready',
              message: 'ok',
              lastTransitionTime: '2024-01-01T00:00:00Z',
            },
          ],
        },
      },
      { subresource: 'status' },
    );
    expect((await wait).stdout).toContain('tempostack.tempo.grafana.com/simplest condition met');
    await kubectl([
      'patch',
      'tempo',
      'simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"metadata":{"finalizers":["tempo.grafana.com/hold"]}}',
    ]);
    const deleted = await kubectl(['delete', 'tempo', 'simplest', ...ns, '--wait=false']);
    expect(deleted.stdout).toContain('tempostack.tempo.grafana.com "simplest" deleted');
    const waiting = kubectl(['wait', '--for=delete', 'tempo/simplest', ...ns, '--timeout=15s']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await world.run.cluster.api.patch(refs.tempostacks, 'simplest', 'chainsaw-route', 'merge', {
      metadata: { finalizers: null },
    });
    const result = await waiting;
    expect(result.code).toBe(0);
    expect((await kubectl(['get', 'tempo', ...ns])).stderr).toContain(
      'No resources found in chainsaw-route namespace.',
    );
  });
});
