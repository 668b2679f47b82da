import { describe, expect, it } from 'vitest';
import { resolveAllocationRules, SIZE_PROFILES } from './allocation-tables';
import type { AllocationRules, FractionKey, FractionTable } from './allocation-tables';
import { parseQuantity } from './quantity';
import { TSHIRT_SIZES } from './types';

const sum = (table: FractionTable | undefined, resource: 'cpuPerMille' | 'memoryPerMille') =>
  Object.values(table ?? {}).reduce((total, fraction) => total + fraction[resource], 0);

const share = (table: FractionTable | undefined, key: FractionKey) => {
  const fraction = table?.[key];
  return fraction === undefined ? undefined : [fraction.cpuPerMille, fraction.memoryPerMille];
};

describe('resolveAllocationRules', () => {
  type Flags = Omit<AllocationRules, 'tableA' | 'tableB' | 'tableC' | 'versionAssumed'>;
  it.each<[string, Flags]>([
    [
      '0.1.0',
      {
        version: '0.1.0',
        divideByReplicas: false,
        componentOverrides: false,
        jaegerQueryContainer: false,
        oauthProxy: false,
        sizes: false,
        sizeReplicaProfiles: false,
        metricsGenerator: false,
        gomemlimit: false,
        queryFrontendContainerName: 'query-frontend',
        opaContainerName: 'opa',
      },
    ],
    [
      'v0.7.0',
      {
        version: '0.7.0',
        divideByReplicas: true,
        componentOverrides: false,
        jaegerQueryContainer: false,
        oauthProxy: false,
        sizes: false,
        sizeReplicaProfiles: false,
        metricsGenerator: false,
        gomemlimit: false,
        queryFrontendContainerName: 'tempo',
        opaContainerName: 'opa',
      },
    ],
    [
      '0.11.1',
      {
        version: '0.11.1',
        divideByReplicas: true,
        componentOverrides: true,
        jaegerQueryContainer: false,
        oauthProxy: true,
        sizes: false,
        sizeReplicaProfiles: false,
        metricsGenerator: false,
        gomemlimit: false,
        queryFrontendContainerName: 'tempo',
        opaContainerName: 'tempo-gateway-opa',
      },
    ],
    [
      '0.16.0',
      {
        version: '0.16.0',
        divideByReplicas: true,
        componentOverrides: true,
        jaegerQueryContainer: true,
        oauthProxy: true,
        sizes: false,
        sizeReplicaProfiles: false,
        metricsGenerator: false,
        gomemlimit: true,
        queryFrontendContainerName: 'tempo',
        opaContainerName: 'tempo-gateway-opa',
      },
    ],
    [
      '0.20.0',
      {
        version: '0.20.0',
        divideByReplicas: true,
        componentOverrides: true,
        jaegerQueryContainer: true,
        oauthProxy: true,
        sizes: true,
        sizeReplicaProfiles: false,
        metricsGenerator: false,
        gomemlimit: true,
        queryFrontendContainerName: 'tempo',
        opaContainerName: 'tempo-gateway-opa',
      },
    ],
    [
      '1.0.0',
      {
        version: '1.0.0',
        divideByReplicas: true,
        componentOverrides: true,
        jaegerQueryContainer: true,
        oauthProxy: true,
        sizes: true,
        sizeReplicaProfiles: true,
        metricsGenerator: true,
        gomemlimit: true,
        queryFrontendContainerName: 'tempo',
        opaContainerName: 'tempo-gateway-opa',
      },
    ],
  ])('%s', (version, flags) => {
    const rules = resolveAllocationRules(version);
    expect(rules).toMatchObject({ ...flags, versionAssumed: false });
  });

  it.each<[string | undefined, string, boolean]>([
    ['v0.19.1', '0.19.1', false],
    ['0.22.0-rc1', '0.22.0', false],
    ['0.22.0+build.5', '0.22.0', false],
    [' 0.21 ', '0.21.0', false],
    ['0.22.x', '0.22.0', true],
    ['latest', '0.22.0', true],
    ['', '0.22.0', true],
    [undefined, '0.22.0', true],
  ])('reads %j as %s (assumed: %s)', (input, version, assumed) => {
    const rules = resolveAllocationRules(input);
    expect(rules.version).toBe(version);
    expect(rules.versionAssumed).toBe(assumed);
  });

  it.each<[string, FractionKey, number[] | undefined, number[] | undefined, number[] | undefined]>([
    // version, key, table A, table B, table C (per mille cpu, memory)
    ['0.22.0', 'query-frontend', [45, 25], [40, 20], [45, 25]],
    ['0.22.0', 'jaeger-frontend', [45, 25], [40, 20], [35, 15]],
    ['0.22.0', 'gateway', undefined, [40, 30], undefined],
    ['0.22.0', 'tempo-gateway-opa', undefined, [20, 20], undefined],
    ['0.22.0', 'query-frontend-proxy', undefined, undefined, [10, 10]],
    ['0.22.0', 'metrics-generator', undefined, undefined, undefined],
    ['0.20.1', 'gateway', undefined, [60, 50], undefined],
    ['0.20.1', 'tempo-gateway-opa', undefined, undefined, undefined],
    ['0.15.2', 'jaeger-frontend', [45, 25], [30, 10], undefined],
    ['0.15.2', 'jaeger-frontend-proxy', undefined, [10, 10], undefined],
    ['0.15.2', 'query-frontend-proxy', undefined, undefined, undefined],
    ['0.14.0', 'jaeger-frontend', [45, 25], [40, 20], undefined],
    ['0.13.0', 'query-frontend', [90, 50], [80, 40], undefined],
    ['0.13.0', 'jaeger-frontend', undefined, undefined, undefined],
    ['0.2.0', 'distributor', [270, 120], [260, 110], undefined],
    ['0.1.0', 'query-frontend', [90, 50], undefined, undefined],
    ['0.1.0', 'gateway', undefined, undefined, undefined],
  ])('%s %s: A %j, B %j, C %j', (version, key, a, b, c) => {
    const rules = resolveAllocationRules(version);
    expect(share(rules.tableA, key)).toEqual(a);
    expect(share(rules.tableB, key)).toEqual(b);
    expect(share(rules.tableC, key)).toEqual(c);
  });

  it.each(['0.1.0', '0.2.0', '0.14.0', '0.15.0', '0.16.0', '0.21.0'])(
    'every table of %s sums to 100 %%',
    (version) => {
      const { tableA, tableB, tableC } = resolveAllocationRules(version);
      for (const table of [tableA, tableB, tableC].filter((t) => t !== undefined)) {
        expect(sum(table, 'cpuPerMille')).toBe(1000);
        expect(sum(table, 'memoryPerMille')).toBe(1000);
      }
    },
  );
});

describe('size profiles', () => {
  it('cover every size but 1x.demo, with valid quantities for every container key', () => {
    expect(Object.keys(SIZE_PROFILES).sort()).toEqual(
      TSHIRT_SIZES.filter((size) => size !== '1x.demo').sort(),
    );
    for (const profile of Object.values(SIZE_PROFILES)) {
      expect(Object.keys(profile)).toHaveLength(10);
      for (const { cpu, memory } of Object.values(profile)) {
        expect(parseQuantity(cpu).format).toBe('DecimalSI');
        expect(parseQuantity(memory).format).toBe('BinarySI');
      }
    }
  });
});
