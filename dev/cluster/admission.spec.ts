import { describe, expect, it } from 'vitest';
import type { AdmissionRequest, KubeObject } from './api';
import { invalid } from './errors';
import { refs, statusOf, tempoStack, testCluster } from './test-support';

describe('admission', () => {
  it('runs mutating hooks after defaulting, then schema validation, then validating hooks, with warnings', async () => {
    const { api } = testCluster();
    const seen: string[] = [];
    api.registerAdmission({
      name: 'tempo-webhook',
      match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
      operations: ['CREATE', 'UPDATE'],
      mutate: (req: AdmissionRequest) => {
        const spec = req.object.spec as Record<string, unknown>;
        seen.push(
          `mutate ${req.operation} managementState=${String(spec.managementState)} dryRun=${String(req.dryRun)}`,
        );
        return {
          ...req.object,
          spec: { ...spec, timeout: '30s', injected: 'pruned after mutation' },
        };
      },
      validate: (req: AdmissionRequest) => {
        const spec = req.object.spec as Record<string, unknown>;
        seen.push(
          `validate ${req.operation} timeout=${String(spec.timeout)} injected=${String(spec.injected)} old=${String(req.oldObject?.metadata.name)}`,
        );
        if (spec.storageSize === '0') {
          throw invalid('tempo.grafana.com', 'TempoStack', req.object.metadata.name, [
            {
              type: 'FieldValueInvalid',
              field: 'spec.storageSize',
              value: '0',
              detail: 'must be positive',
            },
          ]);
        }
        return ['the storage secret minio does not exist'];
      },
    });
    const created = await api.create(refs.tempostacks, tempoStack('x'));
    expect(created.warnings).toEqual(['the storage secret minio does not exist']);
    expect(created.object.spec).toMatchObject({ timeout: '30s' });
    expect(created.object.spec).not.toHaveProperty('injected');
    await api.patch(
      refs.tempostacks,
      'x',
      'default',
      'merge',
      { spec: { timeout: '1m' } },
      { dryRun: true },
    );
    expect(seen).toEqual([
      'mutate CREATE managementState=Managed dryRun=false',
      'validate CREATE timeout=30s injected=undefined old=undefined',
      'mutate UPDATE managementState=Managed dryRun=true',
      'validate UPDATE timeout=30s injected=undefined old=x',
    ]);
    const rejected = await statusOf(
      api.create(refs.tempostacks, tempoStack('y', 'default', { storageSize: '0' })),
    );
    expect(rejected).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message:
        'admission webhook "tempo-webhook" denied the request: TempoStack.tempo.grafana.com "y" is invalid: spec.storageSize: Invalid value: "0": must be positive',
      details: { causes: [{ field: 'spec.storageSize', reason: 'FieldValueInvalid' }] },
    });
  });

  it('does not call hooks when the schema rejects, nor for status writes; DELETE hooks can veto', async () => {
    const { api } = testCluster();
    const calls: string[] = [];
    api.registerAdmission({
      name: 'guard',
      match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
      operations: ['UPDATE', 'DELETE', 'CREATE'],
      validate: (req) => {
        calls.push(req.operation);
        if (
          req.operation === 'DELETE' &&
          (req.oldObject as KubeObject).metadata.labels?.protected === 'true'
        ) {
          throw invalid('tempo.grafana.com', 'TempoStack', req.object.metadata.name, [
            { type: 'FieldValueForbidden', field: 'metadata.labels', detail: 'protected' },
          ]);
        }
        return [];
      },
    });
    await statusOf(
      api.create(
        refs.tempostacks,
        tempoStack('bad', 'default', { storage: { secret: { name: 'm', type: 'nope' } } }),
      ),
    );
    expect(calls).toEqual([]);
    await api.create(refs.tempostacks, {
      ...tempoStack('x'),
      metadata: { name: 'x', namespace: 'default', labels: { protected: 'true' } },
    });
    await api.patch(
      refs.tempostacks,
      'x',
      'default',
      'merge',
      { status: { tempoVersion: '1' } },
      { subresource: 'status' },
    );
    expect(calls).toEqual(['CREATE']);
    expect((await statusOf(api.delete(refs.tempostacks, 'x', 'default'))).code).toBe(422);
    api.registerAdmission({
      name: 'broken',
      match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
      operations: ['CREATE'],
      mutate: () => {
        throw new Error('connection refused');
      },
    });
    expect(await statusOf(api.create(refs.tempostacks, tempoStack('z')))).toMatchObject({
      code: 500,
      message: 'Internal error occurred: failed calling webhook "broken": connection refused',
    });
    expect(calls).toEqual(['CREATE', 'DELETE']);
  });
});
