/**
 * The whole test world through real kubectl (v1.33): the API simulator with its controllers and the
 * simulated Tempo Operator. Expected names, ports and resources are written out here from the
 * operator's facts (components-and-naming.md, resource-distribution.md), not computed with the
 * domain core, so that this test checks the simulation independently of the code it runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeTools } from '../scripts/kube-tools.mjs';
import { writeKubeconfig } from './cluster/kubeconfig';
import { startApiServer } from './cluster/server';
import { startTestWorld, type TestWorld } from './scenarios/testing';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let world: TestWorld;
let server: Awaited<ReturnType<typeof startApiServer>>;
let dir: string;

const kubectl = (args: string[], input?: string, context = 'admin'): Promise<Result> =>
  new Promise((resolve) => {
    const child = execFile(
      kubeTools().kubectl,
      [
        '--kubeconfig',
        path.join(dir, 'kubeconfig'),
        '--cache-dir',
        path.join(dir, 'cache'),
        '--context',
        context,
        ...args,
      ],
      { timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });

const seed = (file: string): string =>
  readFileSync(path.join(__dirname, 'scenarios/seeds', file), 'utf8');
const ns = ['-n', 'chainsaw-compatibility'];
const names = (out: string): string[] => out.trim().split('\n').filter(Boolean).sort();

beforeAll(async () => {
  world = await startTestWorld();
  server = await startApiServer({ cluster: world.cluster, port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'tempo-world-kubectl-'));
  writeKubeconfig(path.join(dir, 'kubeconfig'), server.httpsUrl, 'admin', server.ca);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await world?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the simulated Tempo Operator, seen through kubectl', () => {
  it('applies the compatibility seed and waits for Ready', async () => {
    const applied = await kubectl(['apply', '-f', '-'], seed('compatibility.yaml'));
    expect(applied.stderr).toContain(
      'Warning: spec.template.queryFrontend.jaegerQuery.enabled is deprecated',
    );
    expect(applied.stdout).toContain('tempostack.tempo.grafana.com/simplest created');
    const wait = await kubectl([
      'wait',
      'tempostack/simplest',
      ...ns,
      '--for=condition=Ready',
      '--timeout=45s',
    ]);
    expect(wait.stdout.trim()).toBe('tempostack.tempo.grafana.com/simplest condition met');
    const reason = await kubectl([
      'get',
      'tempostack/simplest',
      ...ns,
      '-o',
      'jsonpath={.status.conditions[?(@.status=="True")].message} {.status.operatorVersion} {.status.tempoVersion}',
    ]);
    expect(reason.stdout).toBe('All components are operational 0.22.0 2.10.8');
  }, 60_000);

  it("creates the operator's objects with its names (components-and-naming.md §2)", async () => {
    const selector = [
      '-l',
      'app.kubernetes.io/instance=simplest,app.kubernetes.io/managed-by=tempo-operator',
    ];
    const get = async (kinds: string) =>
      names((await kubectl(['get', kinds, ...ns, ...selector, '-o', 'name'])).stdout);
    expect(await get('deployments')).toEqual([
      'deployment.apps/tempo-simplest-compactor',
      'deployment.apps/tempo-simplest-distributor',
      'deployment.apps/tempo-simplest-querier',
      'deployment.apps/tempo-simplest-query-frontend',
    ]);
    expect(await get('statefulsets')).toEqual(['statefulset.apps/tempo-simplest-ingester']);
    expect(await get('services')).toEqual([
      'service/tempo-simplest-compactor',
      'service/tempo-simplest-distributor',
      'service/tempo-simplest-gossip-ring',
      'service/tempo-simplest-ingester',
      'service/tempo-simplest-querier',
      'service/tempo-simplest-query-frontend',
      'service/tempo-simplest-query-frontend-discovery',
    ]);
    expect(await get('poddisruptionbudgets')).toEqual([
      'poddisruptionbudget.policy/tempo-simplest-distributor',
      'poddisruptionbudget.policy/tempo-simplest-ingester',
      'poddisruptionbudget.policy/tempo-simplest-querier',
      'poddisruptionbudget.policy/tempo-simplest-query-frontend',
    ]);
    expect(await get('ingresses')).toEqual([
      'ingress.networking.k8s.io/tempo-simplest-query-frontend',
    ]);
    expect(await get('routes')).toEqual([]);
    expect(await get('configmaps')).toContain('configmap/tempo-simplest');
    expect(await get('serviceaccounts')).toEqual(['serviceaccount/tempo-simplest']);
    const pvc = await kubectl([
      'get',
      'pvc',
      ...ns,
      '-o',
      'jsonpath={.items[*].metadata.name} {.items[*].spec.resources.requests.storage}',
    ]);
    expect(pvc.stdout).toBe('data-tempo-simplest-ingester-0 200M');
    const ports = await kubectl([
      'get',
      'service/tempo-simplest-distributor',
      ...ns,
      '-o',
      'jsonpath={range .spec.ports[*]}{.name}={.port}/{.protocol} {end}',
    ]);
    expect(ports.stdout.trim().split(' ').sort()).toEqual(
      [
        'otlp-http=4318/TCP',
        'otlp-grpc=4317/TCP',
        'http=3200/TCP',
        'thrift-http=14268/TCP',
        'thrift-compact=6831/UDP',
        'thrift-binary=6832/UDP',
        'jaeger-grpc=14250/TCP',
        'http-zipkin=9411/TCP',
      ].sort(),
    );
  }, 60_000);

  it('gives each container the split of resources.total 2Gi/2000m (table A, float32, truncated)', async () => {
    const resources = async (workload: string, container: string) =>
      (
        await kubectl([
          'get',
          workload,
          ...ns,
          '-o',
          `jsonpath={.spec.template.spec.containers[?(@.name=="${container}")].resources.limits.cpu} {.spec.template.spec.containers[?(@.name=="${container}")].resources.limits.memory} {.spec.template.spec.containers[?(@.name=="${container}")].resources.requests.cpu} {.spec.template.spec.containers[?(@.name=="${container}")].resources.requests.memory}`,
        ])
      ).stdout;
    // 2000m × 0.27 = 540m, request 30 % = 162m; 2Gi × 0.12 in float32 = 257698032, 30 % = 77309416.
    expect(await resources('deployment/tempo-simplest-distributor', 'tempo')).toBe(
      '540m 257698032 162m 77309416',
    );
    // 2000m × 0.38 = 760m (228m); 2Gi × 0.5 = 1Gi, 30 % in float32 = 322122560.
    expect(await resources('statefulset/tempo-simplest-ingester', 'tempo')).toBe(
      '760m 1Gi 228m 322122560',
    );
    // query-frontend 0.045 / 0.025: 90m (27m); 2Gi × f32(0.025) = 53687092 in float32, and
    // 53687092 × f32(0.3) = 16106128.24 → 16106128 (30 % of the float32 value, not of 2Gi × 0.025).
    expect(await resources('deployment/tempo-simplest-query-frontend', 'tempo')).toBe(
      '90m 53687092 27m 16106128',
    );
  }, 60_000);

  it('rolls a replica change and rejects what the webhook rejects, with its message', async () => {
    const patched = await kubectl([
      'patch',
      'tempostack/simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"spec":{"template":{"querier":{"replicas":2}}}}',
    ]);
    expect(patched.code).toBe(0);
    const rollout = await kubectl([
      'wait',
      'deployment/tempo-simplest-querier',
      ...ns,
      '--for=jsonpath={.status.readyReplicas}=2',
      '--timeout=45s',
    ]);
    expect(rollout.code).toBe(0);

    const invalid = await kubectl([
      'patch',
      'tempostack/simplest',
      ...ns,
      '--type=merge',
      '-p',
      '{"spec":{"template":{"gateway":{"enabled":true}}}}',
    ]);
    expect(invalid.code).not.toBe(0);
    // kubectl prints a 422 with causes as `The <Kind> "<name>" is invalid: <field>: <message>`.
    expect(invalid.stderr).toContain('The TempoStack "simplest" is invalid:');
    expect(invalid.stderr).toContain('spec.template.gateway.enabled: Invalid value: true');
    // Only the first failing gateway rule is reported (#27 before #29: the stack has an Ingress).
    expect(invalid.stderr).toContain(
      'cannot enable gateway and jaeger query ingress at the same time, please use the Jaeger UI from the gateway',
    );

    const forbidden = await kubectl(['delete', 'tempostack/simplest', ...ns], undefined, 'viewer');
    expect(forbidden.stderr).toContain(
      'User "viewer" cannot delete resource "tempostacks" in API group "tempo.grafana.com" in the namespace "chainsaw-compatibility"',
    );
  }, 90_000);

  it('deletes the stack and its objects (finalizer, then owner-reference garbage collection)', async () => {
    const deleted = await kubectl([
      'delete',
      'tempostack/simplest',
      ...ns,
      '--wait=true',
      '--timeout=45s',
    ]);
    expect(deleted.stdout).toContain('tempostack.tempo.grafana.com "simplest" deleted');
    const left = await kubectl(['get', 'deployments,statefulsets,services', ...ns, '-o', 'name']);
    expect(left.stdout.trim()).toBe('');
  }, 60_000);
});
