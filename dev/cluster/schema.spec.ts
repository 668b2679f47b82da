import { describe, expect, it } from 'vitest';
import { crdToType, loadCrdFiles } from './crd';
import { fieldErrorString } from './errors';
import type { JsonObject } from './json-util';
import { applyDefaults, pruneUnknown } from './schema-prune';
import { validateSchema } from './schema-validate';

const crd = loadCrdFiles().find((c) => c.metadata.name === 'tempostacks.tempo.grafana.com');
if (!crd) throw new Error('TempoStack CRD missing');
const schema = crdToType(crd).versions[0].schema as JsonObject;

const stack = (spec: JsonObject): JsonObject => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'x', namespace: 'ns' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});
const errors = (object: JsonObject): string[] =>
  validateSchema(object, schema).map(fieldErrorString);

describe('CRD schema validation', () => {
  it('accepts a valid TempoStack', () => {
    expect(errors(stack({ replicationFactor: 1, timeout: '2m' }))).toEqual([]);
  });

  it('reports enums, required fields and types in Kubernetes wording', () => {
    expect(errors(stack({ storage: { secret: { name: 'm', type: 'foo' } } }))).toEqual([
      'spec.storage.secret.type: Unsupported value: "foo": supported values: "azure", "gcs", "s3"',
    ]);
    const noStorage = stack({});
    delete (noStorage.spec as JsonObject).storage;
    expect(errors(noStorage)).toEqual(['spec.storage: Required value']);
    expect(errors(stack({ replicationFactor: 'two' }))).toEqual([
      'spec.replicationFactor: Invalid value: "string": spec.replicationFactor in body must be of type integer: "string"',
    ]);
  });

  it('checks patterns of quantities, int-or-string and int32 formats', () => {
    expect(errors(stack({ resources: { total: { limits: { memory: '2Gi', cpu: 2 } } } }))).toEqual(
      [],
    );
    expect(errors(stack({ resources: { total: { limits: { memory: 'lots' } } } }))[0]).toMatch(
      /^spec\.resources\.total\.limits\.memory: Invalid value: "lots": spec\.resources\.total\.limits\.memory in body should match '\^\(\\\+\|-\)\?/,
    );
    expect(errors(stack({ resources: { total: { limits: { memory: true } } } }))[0]).toBe(
      'spec.resources.total.limits.memory: Invalid value: "boolean": spec.resources.total.limits.memory in body must be of type integer,string: "boolean"',
    );
    expect(errors(stack({ template: { compactor: { replicas: 2 ** 40 } } }))).toEqual([
      `spec.template.compactor.replicas: Invalid value: ${2 ** 40}: spec.template.compactor.replicas in body must be of type int32: "${2 ** 40}"`,
    ]);
  });

  it('checks minimum, maximum and minLength with the go-openapi messages', () => {
    const s: JsonObject = {
      type: 'object',
      properties: {
        n: { type: 'integer', minimum: 1, maximum: 5 },
        s: { type: 'string', minLength: 2, maxLength: 3 },
      },
    };
    expect(validateSchema({ n: 0, s: 'a' }, s).map(fieldErrorString)).toEqual([
      'n: Invalid value: 0: n in body should be greater than or equal to 1',
      's: Invalid value: "a": s in body should be at least 2 chars long',
    ]);
    expect(validateSchema({ n: 6, s: 'abcd' }, s).map(fieldErrorString)).toEqual([
      'n: Invalid value: 6: n in body should be less than or equal to 5',
      's: Too long: may not be longer than 3',
    ]);
  });
});

describe('structural pruning and defaulting', () => {
  it('drops unknown fields, keeps preserve-unknown-fields subtrees, and reports the paths', () => {
    const object = stack({
      unknown: 1,
      template: { gateway: { enabled: false, bogus: true } },
      extraConfig: { tempo: { anything: { goes: 1 } } },
    });
    (object.metadata as JsonObject).junk = 'x';
    const pruned = pruneUnknown(object, schema);
    expect(pruned.sort()).toEqual(['metadata.junk', 'spec.template.gateway.bogus', 'spec.unknown']);
    expect(object.spec).toMatchObject({
      template: { gateway: { enabled: false } },
      extraConfig: { tempo: { anything: { goes: 1 } } },
    });
    expect(object.metadata).toEqual({ name: 'x', namespace: 'ns' });
  });

  it('applies defaults top-down and drops non-nullable nulls', () => {
    const object = stack({
      timeout: null,
      template: { queryFrontend: { jaegerQuery: { enabled: true } } },
    });
    applyDefaults(object, schema);
    const spec = object.spec as JsonObject;
    expect(spec.managementState).toBe('Managed');
    expect(spec.storageSize).toBe('10Gi');
    expect(spec).not.toHaveProperty('timeout');
  });
});
