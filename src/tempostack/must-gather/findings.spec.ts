import { describe, expect, it } from 'vitest';
import {
  allocationReport,
  healthReport,
  inventoryReport,
  storageCredentialValues,
  storageSecretReport,
  validationReport,
  type StorageSecretLookup,
} from './findings';
import { componentPods, ownedItems, routeStack } from './fixtures';
import { OWNED_KINDS, selectOwned } from './selection';

const stack = routeStack();
const owned = OWNED_KINDS.flatMap((k) => selectOwned(stack, k, ownedItems(stack)[k.kind] ?? []));
const minio: StorageSecretLookup = {
  readable: true,
  type: 'Opaque',
  secret: {
    name: 'minio',
    data: {
      endpoint: 'http://minio:9000',
      bucket: 'tempo',
      access_key_id: 'tempo',
      access_key_secret: 'supersecret',
    },
  },
};

describe('storage secret', () => {
  it('reports key names and the required keys, never values', () => {
    const report = storageSecretReport(stack, minio);
    expect(report).toEqual({
      name: 'minio',
      storageType: 's3',
      credentialMode: 'static',
      collected: true,
      secretType: 'Opaque',
      keys: ['access_key_id', 'access_key_secret', 'bucket', 'endpoint'],
      requiredKeys: ['bucket', 'endpoint', 'access_key_id', 'access_key_secret'],
      missingKeys: [],
      note: 'Key names only: the plugin never writes Secret values.',
    });
    expect(JSON.stringify(report)).not.toContain('supersecret');
  });

  it('lists missing keys, and explains when the secret could not be read', () => {
    const partial: StorageSecretLookup = {
      readable: true,
      secret: { name: 'minio', data: { bucket: 'b', endpoint: '' } },
    };
    expect((storageSecretReport(stack, partial) as { missingKeys?: string[] }).missingKeys).toEqual(
      ['endpoint', 'access_key_id', 'access_key_secret'],
    );
    expect(storageSecretReport(stack, { readable: false, reason: 'forbidden' })).toMatchObject({
      collected: false,
      reason: 'forbidden',
    });
    expect(storageSecretReport(stack, undefined)).toMatchObject({
      collected: false,
      reason: 'not requested',
    });
  });

  it('treats every value but the configuration keys as a credential', () => {
    expect(storageCredentialValues(minio)).toEqual(['tempo', 'supersecret']);
    expect(storageCredentialValues({ readable: false, reason: 'x' })).toEqual([]);
    expect(storageCredentialValues(undefined)).toEqual([]);
  });
});

describe('domain-core findings', () => {
  it('reports the allocation per container without bigints', () => {
    const report = allocationReport({
      ...stack,
      spec: { ...stack.spec, resources: { total: { limits: { cpu: '2', memory: '2Gi' } } } },
    });
    expect(report.fractionTable).not.toBeNull();
    const ingester = report.containers.find((c) => c.component === 'ingester');
    expect(ingester).toMatchObject({
      workload: 'StatefulSet/tempo-simplest-ingester',
      container: 'tempo',
      source: 'total',
    });
    expect(ingester?.limits.memory).toMatch(/i$|^\d+$/);
    expect(typeof ingester?.gomemlimitBytes).toBe('string');
    expect(() => JSON.stringify(report)).not.toThrow();
  });

  it('validates the stored stack with the storage secret it read', () => {
    expect(validationReport(stack, minio)).toMatchObject({
      distribution: 'openshift',
      storageSecretChecked: true,
    });
    const missing = validationReport(stack, {
      readable: true,
      secret: { name: 'minio', data: { bucket: 'b' } },
    });
    expect(missing.findings.map((f) => f.code)).toContain('storageSecretMissingKey');
    expect(validationReport(stack, undefined).storageSecretChecked).toBe(false);
  });

  it('reports component health from the workloads and pods', () => {
    const pods = ['distributor', 'ingester', 'querier', 'query-frontend', 'compactor'].flatMap(
      (c) => componentPods(stack, c, 1),
    );
    const report = healthReport(stack, owned, pods);
    expect(report.components.map((c) => [c.component, c.state])).toEqual([
      ['distributor', 'healthy'],
      ['ingester', 'healthy'],
      ['querier', 'healthy'],
      ['query-frontend', 'healthy'],
      ['compactor', 'healthy'],
    ]);
  });

  it('finds the expected objects that are missing, for the kinds that were listed', () => {
    const withoutRoute = owned.filter((o) => o.kind !== 'Route');
    const report = inventoryReport(
      stack,
      withoutRoute,
      OWNED_KINDS.map((k) => k.kind),
    );
    expect(report.missing).toEqual(['Route/tempo-simplest-query-frontend']);
    expect(report.unexpected).toEqual([]);
    expect(report.model).toEqual({ operatorVersion: '0.22.0', distribution: 'openshift' });
    const notListed = inventoryReport(
      stack,
      withoutRoute,
      OWNED_KINDS.map((k) => k.kind).filter((k) => k !== 'Route'),
    );
    expect(notListed.missing).toEqual([]);
    const extra = inventoryReport(
      stack,
      [...owned, { kind: 'ConfigMap', metadata: { name: 'surprise' } }],
      ['ConfigMap'],
    );
    expect(extra.unexpected).toEqual(['ConfigMap/surprise']);
  });
});
