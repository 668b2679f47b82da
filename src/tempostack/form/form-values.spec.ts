import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { applyDefaults } from '../defaults';
import type { TempoStack } from '../types';
import { emptyFormValues, toFormValues } from './form-values';
import { toTempoStack } from './to-tempostack';

/** The repository's copies of /work/shared/reference/seed-configs (dev/scenarios/seeds). */
const SEEDS_DIR = path.resolve(__dirname, '../../../dev/scenarios/seeds');

const seedStacks = (): [string, TempoStack][] =>
  readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(SEEDS_DIR, file), 'utf8'))
        .map((doc) => doc.toJS() as TempoStack)
        .filter((object) => object?.kind === 'TempoStack')
        .map((stack): [string, TempoStack] => [file, stack]),
    );

describe('seed configurations', () => {
  it('has every seed TempoStack', () => {
    expect(seedStacks().map(([file]) => file)).toEqual([
      'compatibility.yaml',
      'ibm-cos.yaml',
      'ossm.yaml',
      'route.yaml',
      'tempostack-resources-update.yaml',
      'tempostack-resources.yaml',
    ]);
  });

  it.each(seedStacks())('%s: the form alone rebuilds the TempoStack', (_file, stack) => {
    expect(toTempoStack(toFormValues(stack))).toEqual(stack);
  });

  it.each(seedStacks())('%s: values → stack → values is stable', (_file, stack) => {
    const values = toFormValues(stack);
    expect(toFormValues(toTempoStack(values))).toEqual(values);
  });

  it.each(seedStacks())(
    '%s: an unchanged stored (defaulted) object comes back identical',
    (_file, stack) => {
      const stored: TempoStack = {
        ...applyDefaults(stack),
        metadata: { ...stack.metadata, resourceVersion: '42', uid: 'u-1', labels: { team: 'a' } },
        status: { conditions: [] },
      };
      expect(toTempoStack(toFormValues(stored), stored)).toEqual(stored);
    },
  );
});

describe('toFormValues', () => {
  it('reads the route seed into the query fields', () => {
    const [, route] = seedStacks().find(([file]) => file === 'route.yaml') ?? [];
    const values = toFormValues(route as TempoStack);
    expect(values).toMatchObject({
      name: 'simplest',
      namespace: 'chainsaw-route',
      storage: { type: 's3', secretName: 'minio', storageSize: '200M' },
      limits: { timeout: '2m' },
      query: {
        jaegerEnabled: true,
        ingressType: 'route',
        host: 'example.com',
        annotations: [{ key: 'example_annotation', value: 'example_value' }],
        authentication: 'default',
      },
      tenancy: { mode: 'none' },
    });
  });

  it('reads openshift tenancy with its tenants and the gateway', () => {
    const [, stack] = seedStacks().find(([file]) => file === 'tempostack-resources.yaml') ?? [];
    const values = toFormValues(stack as TempoStack);
    expect(values.tenancy).toMatchObject({
      mode: 'openshift',
      gatewayEnabled: true,
      tenants: [
        { name: 'dev', id: '1610b0c3-c509-4592-a256-a1871353dbfa' },
        { name: 'prod', id: '1610b0c3-c509-4592-a256-a1871353dbfb' },
      ],
    });
  });

  it('reads an authentication holding only resources as explicitly disabled', () => {
    const [, stack] =
      seedStacks().find(([file]) => file === 'tempostack-resources-update.yaml') ?? [];
    const values = toFormValues(stack as TempoStack);
    expect(values.query.authentication).toBe('disabled');
    expect(values.sizing.components.oauthProxy).toEqual({
      replicas: '',
      cpuRequest: '49m',
      memoryRequest: '29Mi',
      cpuLimit: '161m',
      memoryLimit: '83Mi',
    });
    expect(values.sizing.components.tempoQuery.memoryLimit).toBe('83Mi');
    expect(values.sizing.components.jaegerQuery.memoryLimit).toBe('86Mi');
  });

  it('treats tenants without a mode as static (the CRD default) and unknown enums as unset', () => {
    const values = toFormValues({
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoStack',
      metadata: { name: 'x' },
      spec: {
        storage: { secret: { name: 's', type: 'nope' as 's3' } },
        size: '2x.huge' as '1x.demo',
        tenants: {},
      },
    });
    expect(values.tenancy.mode).toBe('static');
    expect(values.storage.type).toBe('s3');
    expect(values.sizing.size).toBe('');
  });

  it('starts empty for a namespace', () => {
    expect(emptyFormValues('team-a')).toMatchObject({
      name: '',
      namespace: 'team-a',
      tenancy: { mode: 'none' },
    });
  });
});
