/**
 * The Tempo Operator's resource data, per operator version: the fraction tables that split
 * `spec.resources.total`, the per-container requests of each t-shirt size (`spec.size`), and which
 * allocation rules an operator version follows (reference: tempo-operator
 * `resource-distribution.md` §3 and §9; upstream `internal/manifests/manifestutils/{resources,size}.go`).
 * The replica and replication-factor defaults of a size are in `size-profiles.ts`.
 */
import { DEFAULT_OPERATOR_VERSION } from './types';
import type { TShirtSize } from './types';

/** The key a container is looked up with in a fraction table or size profile. */
export type FractionKey =
  | 'distributor'
  | 'ingester'
  | 'compactor'
  | 'querier'
  | 'query-frontend'
  | 'jaeger-frontend'
  | 'query-frontend-proxy'
  | 'jaeger-frontend-proxy'
  | 'gateway'
  | 'tempo-gateway-opa'
  | 'metrics-generator';

/** Which fraction table splits the total: A (no gateway), B (gateway), C (no gateway + oauth). */
export type FractionTableId = 'A' | 'B' | 'C';

/**
 * One component's share of the total, in thousandths (`270` = 0.27) so that percentages stay exact;
 * `perMille / 1000` is the same double as the decimal literal the operator uses.
 */
export interface ResourceFraction {
  readonly cpuPerMille: number;
  readonly memoryPerMille: number;
}

/** Fraction key → share. A key missing from a table gets nothing from the total. */
export type FractionTable = Readonly<Partial<Record<FractionKey, ResourceFraction>>>;

const share = (cpuPerMille: number, memoryPerMille: number): ResourceFraction =>
  Object.freeze({ cpuPerMille, memoryPerMille });

/** The tables of v0.1.0 (one table), and table A of v0.2.0 – v0.13.x. */
const TABLE_V0_1: FractionTable = Object.freeze({
  distributor: share(270, 120),
  ingester: share(380, 500),
  compactor: share(160, 180),
  querier: share(100, 150),
  'query-frontend': share(90, 50),
});

const TABLE_B_V0_2: FractionTable = Object.freeze({
  distributor: share(260, 110),
  ingester: share(360, 490),
  compactor: share(150, 170),
  querier: share(90, 140),
  'query-frontend': share(80, 40),
  gateway: share(60, 50),
});

/** Table A since v0.14.0 (query-frontend split into tempo / jaeger-query / tempo-query). */
const TABLE_A: FractionTable = Object.freeze({
  distributor: share(270, 120),
  ingester: share(380, 500),
  compactor: share(160, 180),
  querier: share(100, 150),
  'query-frontend': share(45, 25),
  'jaeger-frontend': share(45, 25),
});

const TABLE_B_V0_14: FractionTable = Object.freeze({
  distributor: share(260, 110),
  ingester: share(360, 490),
  compactor: share(150, 170),
  querier: share(90, 140),
  'query-frontend': share(40, 20),
  'jaeger-frontend': share(40, 20),
  gateway: share(60, 50),
});

const TABLE_B_V0_15: FractionTable = Object.freeze({
  distributor: share(260, 110),
  ingester: share(360, 490),
  compactor: share(150, 170),
  querier: share(90, 140),
  'query-frontend': share(40, 20),
  'jaeger-frontend': share(30, 10),
  'jaeger-frontend-proxy': share(10, 10),
  gateway: share(60, 50),
});

/** Table C since v0.16.0. */
const TABLE_C: FractionTable = Object.freeze({
  distributor: share(270, 120),
  ingester: share(380, 500),
  compactor: share(160, 180),
  querier: share(100, 150),
  'query-frontend': share(45, 25),
  'query-frontend-proxy': share(10, 10),
  'jaeger-frontend': share(35, 15),
});

/** Table B of v0.16.0 – v0.20.x: no `tempo-gateway-opa` key, gateway .06/.05. */
const TABLE_B_V0_16 = TABLE_B_V0_14;

/** Table B since v0.21.0 (PR #1409). */
const TABLE_B: FractionTable = Object.freeze({
  distributor: share(260, 110),
  ingester: share(360, 490),
  compactor: share(150, 170),
  querier: share(90, 140),
  'query-frontend': share(40, 20),
  'jaeger-frontend': share(40, 20),
  gateway: share(40, 30),
  'tempo-gateway-opa': share(20, 20),
});

/** The keys a size profile has (every container's key, including metrics-generator). */
export type SizeProfileKey = Exclude<FractionKey, 'jaeger-frontend-proxy'>;

/** Requests of one container in a size profile, as the operator writes them. */
export interface SizeRequests {
  readonly cpu: string;
  readonly memory: string;
}

/** The sizes that carry a resource profile (`1x.demo` carries none). */
export type ProfiledSize = Exclude<TShirtSize, '1x.demo'>;

const requests = (cpu: string, memory: string): SizeRequests => Object.freeze({ cpu, memory });

/** Per-container requests of each t-shirt size (`size.go`, §9). Sizes set no limits. */
export const SIZE_PROFILES: Readonly<
  Record<ProfiledSize, Readonly<Record<SizeProfileKey, SizeRequests>>>
> = Object.freeze({
  '1x.pico': Object.freeze({
    ingester: requests('500m', '3Gi'),
    compactor: requests('500m', '500Mi'),
    querier: requests('750m', '1536Mi'),
    'query-frontend': requests('500m', '500Mi'),
    distributor: requests('500m', '500Mi'),
    gateway: requests('100m', '64Mi'),
    'jaeger-frontend': requests('100m', '64Mi'),
    'query-frontend-proxy': requests('50m', '64Mi'),
    'tempo-gateway-opa': requests('50m', '64Mi'),
    'metrics-generator': requests('500m', '512Mi'),
  }),
  '1x.extra-small': Object.freeze({
    ingester: requests('1500m', '8Gi'),
    compactor: requests('200m', '4Gi'),
    querier: requests('1000m', '1Gi'),
    'query-frontend': requests('200m', '1Gi'),
    distributor: requests('200m', '128Mi'),
    gateway: requests('400m', '128Mi'),
    'jaeger-frontend': requests('400m', '128Mi'),
    'query-frontend-proxy': requests('100m', '64Mi'),
    'tempo-gateway-opa': requests('100m', '64Mi'),
    'metrics-generator': requests('500m', '512Mi'),
  }),
  '1x.small': Object.freeze({
    ingester: requests('2000m', '10Gi'),
    compactor: requests('400m', '6Gi'),
    querier: requests('2500m', '3Gi'),
    'query-frontend': requests('400m', '1Gi'),
    distributor: requests('600m', '128Mi'),
    gateway: requests('800m', '192Mi'),
    'jaeger-frontend': requests('800m', '192Mi'),
    'query-frontend-proxy': requests('100m', '64Mi'),
    'tempo-gateway-opa': requests('100m', '64Mi'),
    'metrics-generator': requests('1000m', '1Gi'),
  }),
  '1x.medium': Object.freeze({
    ingester: requests('8000m', '16Gi'),
    compactor: requests('600m', '10Gi'),
    querier: requests('5000m', '4Gi'),
    'query-frontend': requests('800m', '1Gi'),
    distributor: requests('1500m', '128Mi'),
    gateway: requests('4000m', '192Mi'),
    'jaeger-frontend': requests('4000m', '192Mi'),
    'query-frontend-proxy': requests('200m', '128Mi'),
    'tempo-gateway-opa': requests('200m', '128Mi'),
    'metrics-generator': requests('2000m', '2Gi'),
  }),
});

/** How one operator version allocates resources. */
export interface AllocationRules {
  /** The version the rules are for, normalised (`0.22.0`). */
  readonly version: string;
  /** True when the given version was missing or unreadable and the default was assumed. */
  readonly versionAssumed: boolean;
  /** Table A; also the only table of v0.1.0. */
  readonly tableA: FractionTable;
  /** Table B (gateway enabled); absent in v0.1.0, where table A always applies. */
  readonly tableB: FractionTable | undefined;
  /** Table C (Jaeger UI authentication enabled); absent before v0.16.0. */
  readonly tableC: FractionTable | undefined;
  /** Shares are divided by the component's replicas (v0.7.0+). */
  readonly divideByReplicas: boolean;
  /** Per-component `resources` overrides are honoured (v0.9.0+). */
  readonly componentOverrides: boolean;
  /** Separate `jaeger-query` container; `tempoQuery.resources` acts only as a switch (v0.14.0+). */
  readonly jaegerQueryContainer: boolean;
  /** `oauth-proxy` sidecar for the Jaeger UI route (v0.11.0+). */
  readonly oauthProxy: boolean;
  /** `spec.size` is honoured (v0.20.0+). */
  readonly sizes: boolean;
  /** Sizes also default the stateless components' replicas (v0.22.0+). */
  readonly sizeReplicaProfiles: boolean;
  /** The metrics-generator component exists (v0.22.0+). */
  readonly metricsGenerator: boolean;
  /** `GOMEMLIMIT` is derived from memory limits (v0.16.0+). */
  readonly gomemlimit: boolean;
  /** Name of the query-frontend's Tempo container (`query-frontend` in v0.1.0). */
  readonly queryFrontendContainerName: 'tempo' | 'query-frontend';
  /** Name of the gateway's OPA sidecar (`opa` before v0.10.0). */
  readonly opaContainerName: 'tempo-gateway-opa' | 'opa';
}

type VersionTriple = readonly [number, number, number];

const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/;

const parseVersion = (text: string | undefined): VersionTriple | undefined => {
  const match = VERSION_PATTERN.exec(text?.trim() ?? '');
  if (match === null) {
    return undefined;
  }
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? '0')];
};

/** {@link DEFAULT_OPERATOR_VERSION}, parsed (0.22.0). */
const DEFAULT_VERSION: VersionTriple = parseVersion(DEFAULT_OPERATOR_VERSION) ?? [0, 22, 0];

const atLeast = (version: VersionTriple, minor: number): boolean =>
  version[0] > 0 || version[1] >= minor;

const tablesFor = (
  version: VersionTriple,
): Pick<AllocationRules, 'tableA' | 'tableB' | 'tableC'> => {
  if (atLeast(version, 21)) return { tableA: TABLE_A, tableB: TABLE_B, tableC: TABLE_C };
  if (atLeast(version, 16)) return { tableA: TABLE_A, tableB: TABLE_B_V0_16, tableC: TABLE_C };
  if (atLeast(version, 15)) return { tableA: TABLE_A, tableB: TABLE_B_V0_15, tableC: undefined };
  if (atLeast(version, 14)) return { tableA: TABLE_A, tableB: TABLE_B_V0_14, tableC: undefined };
  if (atLeast(version, 2)) return { tableA: TABLE_V0_1, tableB: TABLE_B_V0_2, tableC: undefined };
  return { tableA: TABLE_V0_1, tableB: undefined, tableC: undefined };
};

/**
 * The allocation rules of an operator version (`0.22.0`, `v0.19.1`, `0.22.0-rc1`; a pre-release
 * counts as its release). A missing or unreadable version means {@link DEFAULT_OPERATOR_VERSION};
 * versions newer than the ones known follow the newest known rules.
 */
export const resolveAllocationRules = (operatorVersion: string | undefined): AllocationRules => {
  const parsed = parseVersion(operatorVersion);
  const version = parsed ?? DEFAULT_VERSION;
  return Object.freeze({
    version: version.join('.'),
    versionAssumed: parsed === undefined,
    ...tablesFor(version),
    divideByReplicas: atLeast(version, 7),
    componentOverrides: atLeast(version, 9),
    jaegerQueryContainer: atLeast(version, 14),
    oauthProxy: atLeast(version, 11),
    sizes: atLeast(version, 20),
    sizeReplicaProfiles: atLeast(version, 22),
    metricsGenerator: atLeast(version, 22),
    gomemlimit: atLeast(version, 16),
    queryFrontendContainerName: atLeast(version, 2) ? 'tempo' : 'query-frontend',
    opaContainerName: atLeast(version, 10) ? 'tempo-gateway-opa' : 'opa',
  });
};
