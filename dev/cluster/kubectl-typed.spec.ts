/** Real kubectl (v1.33): typed-client commands (protobuf bodies), scale, logs, explain, dry runs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KubectlWorld, seeds, startKubectlWorld } from './kubectl-test-support';
import { invalid } from './errors';
import { refs } from './test-support';

let world: KubectlWorld;
const kubectl = (args: string[], input?: string) => world.kubectl(args, input);
const inDefault = ['-n', 'default'];

beforeAll(async () => {
  world = await startKubectlWorld();
});
afterAll(async () => {
  await world.stop();
});

describe('kubectl typed-client commands', () => {
  it('creates secrets, config maps, namespaces and service accounts (protobuf bodies)', async () => {
    expect(
      (
        await kubectl([
          'create',
          'secret',
          'generic',
          'minio',
          ...inDefault,
          '--from-literal=bucket=tempo',
        ])
      ).stdout,
    ).toBe('secret/minio created\n');
    expect(
      (await kubectl(['create', 'configmap', 'cfg', ...inDefault, '--from-literal=a=b'])).stdout,
    ).toBe('configmap/cfg created\n');
    expect((await kubectl(['create', 'namespace', 'team-a'])).stdout).toBe(
      'namespace/team-a created\n',
    );
    expect((await kubectl(['create', 'serviceaccount', 'bot', '-n', 'team-a'])).stdout).toBe(
      'serviceaccount/bot created\n',
    );
    const bucket = (
      await kubectl(['get', 'secret', 'minio', ...inDefault, '-o', 'jsonpath={.data.bucket}'])
    ).stdout;
    expect(Buffer.from(bucket, 'base64').toString()).toBe('tempo');
    const cfg = (await kubectl(['get', 'cm', 'cfg', ...inDefault, '-o', 'yaml'])).stdout;
    expect(cfg).not.toMatch(/generateName|generation/);
    expect((await kubectl(['get', 'sa', '-n', 'team-a', '-o', 'name'])).stdout).toBe(
      'serviceaccount/bot\nserviceaccount/default\n',
    );
    expect(
      (await kubectl(['auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username}'])).stdout,
    ).toBe('admin');
  });

  it('creates and scales a deployment with the API defaults', async () => {
    await kubectl([
      'create',
      'deployment',
      'web',
      ...inDefault,
      '--image=nginx:1.25',
      '--replicas=2',
    ]);
    expect((await kubectl(['scale', 'deploy/web', ...inDefault, '--replicas=4'])).stdout).toContain(
      'deployment.apps/web scaled',
    );
    const out = await kubectl([
      'get',
      'deploy',
      'web',
      ...inDefault,
      '-o',
      'jsonpath={.spec.replicas} {.spec.strategy.type} {.spec.template.spec.containers[0].imagePullPolicy}',
    ]);
    expect(out.stdout).toBe('4 RollingUpdate IfNotPresent');
    expect((await kubectl(['get', 'deploy', ...inDefault])).stdout).toMatch(
      /^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s+0\/4\s+0\s+0\s+\d+s\n$/,
    );
  });

  it('prints pod logs stored by the pod simulator', async () => {
    await world.run.cluster.api.create(refs.pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'tempo-0', namespace: 'default' },
      spec: { containers: [{ name: 'tempo', image: 'tempo' }] },
    });
    world.run.cluster.setPodLog('default', 'tempo-0', 'tempo', [
      'level=info msg=starting',
      'level=info msg=ready',
    ]);
    expect((await kubectl(['logs', 'tempo-0', ...inDefault, '--tail=1'])).stdout).toBe(
      'level=info msg=ready\n',
    );
    const missing = await kubectl(['logs', 'nope', ...inDefault]);
    expect(missing.stderr).toContain('pods "nope" not found');
  });

  it('explains TempoStack fields from the CRD schema', async () => {
    const explain = await kubectl(['explain', 'tempostack.spec.storage.secret.type']);
    expect(explain.stdout).toContain('KIND:       TempoStack');
    expect(explain.stdout).toContain('Type of object storage that should be used');
  });

  it('prints admission warnings and webhook denials as kubectl does', async () => {
    world.run.cluster.api.registerAdmission({
      name: 'vtempostack.tempo.grafana.com',
      match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
      operations: ['CREATE'],
      validate: (req) => {
        if (req.object.metadata.name === 'denied') {
          throw invalid('tempo.grafana.com', 'TempoStack', 'denied', [
            {
              type: 'FieldValueInvalid',
              field: 'spec.storageSize',
              value: '1Mi',
              detail: 'too small',
            },
          ]);
        }
        return ['the storage secret "minio" does not exist'];
      },
    });
    const stack = (name: string): string =>
      `{"apiVersion":"tempo.grafana.com/v1alpha1","kind":"TempoStack","metadata":{"name":"${name}","namespace":"default"},"spec":{"storage":{"secret":{"name":"minio","type":"s3"}}}}`;
    const warned = await kubectl(['apply', '-f', '-'], stack('warned'));
    expect(warned.stderr).toBe('Warning: the storage secret "minio" does not exist\n');
    const denied = await kubectl(['create', '-f', '-'], stack('denied'));
    expect(denied.stderr).toContain(
      'The TempoStack "denied" is invalid: spec.storageSize: Invalid value: "1Mi": too small',
    );
  });

  it('validates server-side dry runs fully and stores nothing', async () => {
    const stack =
      readFileSync(path.join(seeds, 'route.yaml'), 'utf8')
        .split('---')
        .find((d) => d.includes('kind: TempoStack')) ?? '';
    const inDefaultNs = stack.replace('namespace: chainsaw-route', 'namespace: default');
    const dry = await kubectl(
      ['create', '-f', '-', '--dry-run=server', '-o', 'jsonpath={.spec.managementState}'],
      inDefaultNs,
    );
    expect(dry.stdout).toBe('Managed');
    expect((await kubectl(['get', 'tempo', 'simplest', ...inDefault])).stderr).toContain(
      'Error from server (NotFound): tempostacks.tempo.grafana.com "simplest" not found',
    );
    const invalid = await kubectl(
      ['create', '-f', '-', '--dry-run=server'],
      inDefaultNs.replace('type: s3', 'type: ceph'),
    );
    expect(invalid.stderr).toContain(
      'spec.storage.secret.type: Unsupported value: "ceph": supported values: "azure", "gcs", "s3"',
    );
  });
});
