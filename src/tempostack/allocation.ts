/**
 * The requests and limits the Tempo Operator gives each container of a TempoStack: per-component
 * overrides, t-shirt sizes, or the split of `spec.resources.total` (reference:
 * tempo-operator `resource-distribution.md`).
 */
import { resolveAllocationRules, SIZE_PROFILES } from './allocation-tables';
import type {
  AllocationRules,
  FractionKey,
  FractionTable,
  FractionTableId,
} from './allocation-tables';
import {
  addQuantities,
  compareQuantities,
  formatQuantity,
  isZero,
  multiplyQuantity,
  parseQuantity,
  quantityFromBytes,
  quantityFromMillis,
  toBytes,
  toMillis,
  tryParseQuantity,
} from './quantity';
import type { Quantity } from './quantity';
import { objectName } from './naming';
import { ingesterQuorum, sizeDefaults } from './size-profiles';
import type {
  Component,
  ObjectMeta,
  ResourceList,
  ResourceRequirements,
  TempoStack,
  TempoStackSpec,
  TempoStackStatus,
} from './types';

/** Where a container's resources come from. */
export type ResourceSource = 'override' | 'size' | 'total' | 'none';

/** Containers that receive resources (`opa` and `query-frontend` are names used by old operators). */
export type AllocatedContainerName =
  | 'tempo'
  | 'query-frontend'
  | 'jaeger-query'
  | 'tempo-query'
  | 'oauth-proxy'
  | 'tempo-gateway'
  | 'tempo-gateway-opa'
  | 'opa';

/** The two resources the operator splits. */
export type SplitResource = 'cpu' | 'memory';

/** An exact amount and the canonical text the API server prints for it. */
export interface AllocatedAmount {
  readonly quantity: Quantity;
  readonly canonical: string;
}

/** Resource name → amount (overrides may name other resources than cpu and memory). */
export type AllocatedResourceList = Readonly<Record<string, AllocatedAmount | undefined>>;

/** Resources of one container of one component. */
export interface ContainerAllocation {
  /** The `app.kubernetes.io/component` label value. */
  readonly component: Component;
  readonly workloadKind: 'Deployment' | 'StatefulSet';
  /** `tempo-NAME-<component>` (sanitised like the operator); undefined without a name. */
  readonly workloadName: string | undefined;
  readonly container: AllocatedContainerName;
  /** Key of the container in the fraction tables and size profiles. */
  readonly fractionKey: FractionKey;
  readonly source: ResourceSource;
  /** Pod replicas of the component. */
  readonly replicas: number;
  /** What the share of the total was divided by (1 when not divided or not from the total). */
  readonly splitDivisor: number;
  /** Per pod. */
  readonly requests: AllocatedResourceList;
  /** Per pod. */
  readonly limits: AllocatedResourceList;
  /** Per pod × replicas. */
  readonly componentRequests: AllocatedResourceList;
  /** Per pod × replicas. */
  readonly componentLimits: AllocatedResourceList;
  /** For values from the total: the table's share of the total in percent (cpu 27 = 0.27). */
  readonly percentOfTotal: Readonly<Partial<Record<SplitResource, number>>>;
  /** The `GOMEMLIMIT` the operator sets on this container, in bytes, if any. */
  readonly gomemlimitBytes: bigint | undefined;
}

/** Codes of what the allocation found worth telling. */
export type AllocationFindingCode =
  | 'sizeAndTotal'
  | 'totalExceeds100Percent'
  | 'tempoQueryResourcesWithoutJaegerQuery'
  | 'totalRequestsIgnored'
  | 'noResources'
  | 'invalidQuantity';

/** A finding: its code and, where it applies, the spec path and resource concerned. */
export interface AllocationFinding {
  readonly code: AllocationFindingCode;
  readonly path?: string;
  readonly resource?: SplitResource;
}

/** Totals over all containers. */
export interface AllocationSummary {
  /** The fraction table that split `spec.resources.total`, or null when the total is not used. */
  readonly table: FractionTableId | null;
  /** Sum of all containers' limits (per pod × replicas). */
  readonly limitsSum: Readonly<Partial<Record<SplitResource, AllocatedAmount>>>;
  /** Sum of all containers' requests (per pod × replicas). */
  readonly requestsSum: Readonly<Partial<Record<SplitResource, AllocatedAmount>>>;
  /** `limitsSum` as a percentage of `total.limits`, when the total is used. */
  readonly limitsPercentOfTotal: Readonly<Partial<Record<SplitResource, number>>>;
  readonly findings: readonly AllocationFinding[];
}

/** The resources of every container the operator renders for a TempoStack. */
export interface Allocation {
  /** The operator version whose rules were applied. */
  readonly operatorVersion: string;
  /** True when no usable version was given and the default was assumed. */
  readonly operatorVersionAssumed: boolean;
  readonly containers: readonly ContainerAllocation[];
  readonly summary: AllocationSummary;
}

/** What {@link computeAllocation} reads of a TempoStack. */
export type AllocationInput = Pick<TempoStack, 'spec'> & {
  metadata?: Pick<ObjectMeta, 'name'>;
  status?: Pick<TempoStackStatus, 'operatorVersion'>;
};

/** Options of {@link computeAllocation}. */
export interface AllocationOptions {
  /** Operator version to model; defaults to `status.operatorVersion`, then 0.22.0. */
  operatorVersion?: string;
}

/** The GOMEMLIMIT for a memory limit: 80 %, in integer arithmetic (`limit * 80 / 100`). */
export const gomemlimitFor = (memoryLimitBytes: bigint): bigint => (memoryLimitBytes * 80n) / 100n;

const GOMEMLIMIT_CONTAINERS: ReadonlySet<AllocatedContainerName> = new Set([
  'tempo',
  'jaeger-query',
  'tempo-query',
  'tempo-gateway',
]);

/**
 * Whether the operator sets `GOMEMLIMIT` on a container (when it has a memory limit): every Tempo
 * container, `jaeger-query`, `tempo-query` and `tempo-gateway`; not `oauth-proxy` or the OPA sidecar.
 */
export const receivesGomemlimit = (container: AllocatedContainerName): boolean =>
  GOMEMLIMIT_CONTAINERS.has(container);

interface Override {
  readonly resources: ResourceRequirements;
  readonly path: string;
}

/** Components whose only container is `tempo`, looked up under the component's own key. */
type TempoContainerComponent =
  'distributor' | 'ingester' | 'querier' | 'compactor' | 'metrics-generator';

interface ContainerPlan {
  readonly component: Component;
  readonly container: AllocatedContainerName;
  readonly fractionKey: FractionKey;
  readonly replicas: number;
  /** Replica count passed to the split; undefined when the operator passes none. */
  readonly divisor: number | undefined;
  readonly override: Override | undefined;
  /** `tempoQuery.resources` set without `jaegerQuery.resources`: the operator crashes. */
  readonly crashes?: boolean;
}

interface TotalLimits {
  readonly cpu: Quantity | undefined;
  readonly memory: Quantity | undefined;
}

interface AllocationContext {
  readonly rules: AllocationRules;
  /** The effective size (operator honours sizes and `spec.size` is set). */
  readonly size: string | undefined;
  /** The table splitting the total, when the total is used. */
  readonly table: FractionTable | undefined;
  readonly totalLimits: TotalLimits;
  readonly findings: AllocationFinding[];
}

interface ResolvedResources {
  readonly source: ResourceSource;
  readonly requests: Readonly<Record<string, Quantity>>;
  readonly limits: Readonly<Record<string, Quantity>>;
}

const MAX_INT64 = 2n ** 63n - 1n;
const MAX_SAFE_FLOAT = 2n ** 53n;
const FLOAT32_REQUESTS_SHARE = Math.fround(0.3);
const SPLIT_RESOURCES: readonly SplitResource[] = ['cpu', 'memory'];
const EMPTY: Readonly<Record<string, Quantity>> = Object.freeze({});

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** record[key] for an own key only (a size such as `constructor` must not reach the prototype). */
const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const asOverride = (resources: unknown, path: string): Override | undefined =>
  isObject(resources) ? { resources, path } : undefined;

const hasEntries = (list: unknown): boolean =>
  isObject(list) && Object.values(list).some((value) => value !== undefined);

/** int64 → float32 conversion rounded to nearest, ties to even (Go's `float32(int64)`). */
const bigintToFloat32 = (n: bigint): number => {
  const magnitude = n < 0n ? -n : n;
  if (magnitude <= MAX_SAFE_FLOAT) {
    return Math.fround(Number(n));
  }
  const shift = BigInt(magnitude.toString(2).length - 24);
  let mantissa = magnitude >> shift;
  const remainder = magnitude - (mantissa << shift);
  const half = 1n << (shift - 1n);
  if (remainder > half || (remainder === half && (mantissa & 1n) === 1n)) {
    mantissa += 1n;
  }
  const value = Number(mantissa) * 2 ** Number(shift);
  return n < 0n ? -value : value;
};

/**
 * One share of a total in the operator's float32 arithmetic (§4): limit = trunc(total × fraction
 * [÷ replicas]), request = trunc(that unrounded value × 0.3).
 */
const splitShare = (
  total: bigint,
  perMille: number,
  divisor: number | undefined,
): { limit: bigint; request: bigint } => {
  let value = Math.fround(bigintToFloat32(total) * Math.fround(perMille / 1000));
  if (divisor !== undefined && divisor > 1) {
    value = Math.fround(value / Math.fround(divisor));
  }
  return {
    limit: BigInt(Math.trunc(value)),
    request: BigInt(Math.trunc(Math.fround(value * FLOAT32_REQUESTS_SHARE))),
  };
};

const parseList = (
  list: ResourceList | undefined,
  path: string,
  findings: AllocationFinding[],
): Readonly<Record<string, Quantity>> => {
  const parsed: Record<string, Quantity> = {};
  for (const [name, value] of Object.entries(isObject(list) ? list : {})) {
    if (value === undefined || value === null) continue;
    const quantity = tryParseQuantity(value);
    if (quantity === undefined) {
      findings.push({ code: 'invalidQuantity', path: `${path}.${name}` });
    } else {
      parsed[name] = quantity;
    }
  }
  return parsed;
};

const resolveFromSize = (plan: ContainerPlan, size: string): ResolvedResources => {
  const profile = ownValue(SIZE_PROFILES, size);
  const requests =
    profile !== undefined && plan.fractionKey !== 'jaeger-frontend-proxy'
      ? profile[plan.fractionKey]
      : undefined;
  if (requests === undefined) {
    return { source: 'none', requests: EMPTY, limits: EMPTY };
  }
  return {
    source: 'size',
    requests: {
      cpu: parseQuantity(requests.cpu),
      memory: parseQuantity(requests.memory),
    },
    limits: EMPTY,
  };
};

const resolveFromTotal = (plan: ContainerPlan, context: AllocationContext): ResolvedResources => {
  const fraction = context.table?.[plan.fractionKey];
  if (fraction === undefined) {
    return { source: 'none', requests: EMPTY, limits: EMPTY };
  }
  const divisor = context.rules.divideByReplicas ? plan.divisor : undefined;
  const requests: Record<string, Quantity> = {};
  const limits: Record<string, Quantity> = {};
  const { cpu, memory } = context.totalLimits;
  if (cpu !== undefined) {
    const { limit, request } = splitShare(toMillis(cpu), fraction.cpuPerMille, divisor);
    limits.cpu = quantityFromMillis(limit, 'BinarySI');
    requests.cpu = quantityFromMillis(request, 'BinarySI');
  }
  if (memory !== undefined) {
    const { limit, request } = splitShare(toBytes(memory), fraction.memoryPerMille, divisor);
    limits.memory = quantityFromBytes(limit, 'BinarySI');
    requests.memory = quantityFromBytes(request, 'BinarySI');
  }
  if (cpu === undefined && memory === undefined) {
    return { source: 'none', requests: EMPTY, limits: EMPTY };
  }
  return { source: 'total', requests, limits };
};

/** §1: override, else size, else the split of the total, else nothing. */
const resolveContainer = (plan: ContainerPlan, context: AllocationContext): ResolvedResources => {
  if (plan.crashes === true) {
    return { source: 'none', requests: EMPTY, limits: EMPTY };
  }
  if (plan.override !== undefined) {
    const { resources, path } = plan.override;
    return {
      source: 'override',
      requests: parseList(resources.requests, `${path}.requests`, context.findings),
      limits: parseList(resources.limits, `${path}.limits`, context.findings),
    };
  }
  if (context.size !== undefined) {
    return resolveFromSize(plan, context.size);
  }
  return resolveFromTotal(plan, context);
};

const storedReplicas = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;

/** The replicas the webhook defaults when the CR has none (validation-rules.md §B 7–10). */
const defaultReplicas = (
  component: Component,
  spec: TempoStackSpec,
  rules: AllocationRules,
  size: string | undefined,
): number => {
  if (size === undefined) {
    return 1;
  }
  const defaults = sizeDefaults(size);
  if (component === 'ingester') {
    const storedFactor = storedReplicas(spec.replicationFactor);
    const factor =
      storedFactor !== undefined && storedFactor > 0
        ? storedFactor
        : (defaults?.replicationFactor ?? 1);
    return ingesterQuorum(factor);
  }
  const profile = rules.sizeReplicaProfiles ? defaults?.replicas : undefined;
  if (profile === undefined) {
    return 1;
  }
  return {
    distributor: profile.distributor,
    querier: profile.querier,
    'query-frontend': profile.queryFrontend,
    compactor: profile.compactor,
    gateway: profile.gateway,
    'metrics-generator': profile.metricsGenerator,
  }[component];
};

const planContainers = (
  spec: TempoStackSpec,
  rules: AllocationRules,
  size: string | undefined,
  findings: AllocationFinding[],
): ContainerPlan[] => {
  const template = spec.template ?? {};
  const overridesOn = rules.componentOverrides;
  const override = (resources: unknown, path: string): Override | undefined =>
    overridesOn ? asOverride(resources, path) : undefined;
  const replicasOf = (component: Component, stored: unknown): number =>
    storedReplicas(stored) ?? defaultReplicas(component, spec, rules, size);

  const plans: ContainerPlan[] = [];
  const addTempo = (
    component: TempoContainerComponent,
    stored: unknown,
    resources: unknown,
    path: string,
  ): void => {
    const replicas = replicasOf(component, stored);
    plans.push({
      component,
      container: 'tempo',
      fractionKey: component,
      replicas,
      divisor: replicas,
      override: override(resources, path),
    });
  };

  addTempo(
    'distributor',
    template.distributor?.component?.replicas,
    template.distributor?.component?.resources,
    'spec.template.distributor.component.resources',
  );
  addTempo(
    'ingester',
    template.ingester?.replicas,
    template.ingester?.resources,
    'spec.template.ingester.resources',
  );
  addTempo(
    'querier',
    template.querier?.replicas,
    template.querier?.resources,
    'spec.template.querier.resources',
  );

  const queryFrontend = template.queryFrontend;
  const jaegerQuery = queryFrontend?.jaegerQuery;
  const jaegerQueryPath = 'spec.template.queryFrontend.jaegerQuery';
  const frontendReplicas = replicasOf('query-frontend', queryFrontend?.component?.replicas);
  const frontend = {
    component: 'query-frontend',
    replicas: frontendReplicas,
    divisor: frontendReplicas,
  } as const;
  plans.push({
    ...frontend,
    container: rules.queryFrontendContainerName,
    fractionKey: 'query-frontend',
    override: override(
      queryFrontend?.component?.resources,
      'spec.template.queryFrontend.component.resources',
    ),
  });
  if (jaegerQuery?.enabled === true) {
    const jaegerOverride = override(jaegerQuery.resources, `${jaegerQueryPath}.resources`);
    if (rules.jaegerQueryContainer) {
      plans.push({
        ...frontend,
        container: 'jaeger-query',
        fractionKey: 'jaeger-frontend',
        override: jaegerOverride,
      });
      // Quirk: tempoQuery.resources only switches the override on; jaegerQuery.resources is applied.
      const switchedOn = overridesOn && isObject(jaegerQuery.tempoQuery?.resources);
      const crashes = switchedOn && jaegerOverride === undefined;
      if (crashes) {
        findings.push({
          code: 'tempoQueryResourcesWithoutJaegerQuery',
          path: `${jaegerQueryPath}.tempoQuery.resources`,
        });
      }
      plans.push({
        ...frontend,
        container: 'tempo-query',
        fractionKey: 'query-frontend',
        override: switchedOn ? jaegerOverride : undefined,
        crashes,
      });
    } else {
      plans.push({
        ...frontend,
        container: 'tempo-query',
        fractionKey: 'query-frontend',
        override: jaegerOverride,
      });
    }
  }
  const gatewayEnabled = template.gateway?.enabled === true;
  if (
    rules.oauthProxy &&
    !gatewayEnabled &&
    jaegerQuery?.ingress?.type === 'route' &&
    jaegerQuery.authentication?.enabled === true
  ) {
    plans.push({
      ...frontend,
      container: 'oauth-proxy',
      fractionKey: 'query-frontend-proxy',
      override: asOverride(
        jaegerQuery.authentication.resources,
        `${jaegerQueryPath}.authentication.resources`,
      ),
    });
  }

  addTempo(
    'compactor',
    template.compactor?.replicas,
    template.compactor?.resources,
    'spec.template.compactor.resources',
  );

  if (gatewayEnabled) {
    const gateway = template.gateway;
    const gatewayReplicas = replicasOf('gateway', gateway?.component?.replicas);
    plans.push({
      component: 'gateway',
      container: 'tempo-gateway',
      fractionKey: 'gateway',
      replicas: gatewayReplicas,
      divisor: undefined, // the operator never divides the gateway container's share
      override: override(
        gateway?.component?.resources,
        'spec.template.gateway.component.resources',
      ),
    });
    if (spec.tenants?.mode === 'openshift') {
      plans.push({
        component: 'gateway',
        container: rules.opaContainerName,
        fractionKey: 'tempo-gateway-opa',
        replicas: gatewayReplicas,
        divisor: gatewayReplicas,
        override: undefined, // no CR field
      });
    }
  }

  const metricsGenerator = template.metricsGenerator;
  if (rules.metricsGenerator && metricsGenerator?.enabled === true) {
    addTempo(
      'metrics-generator',
      metricsGenerator.component?.replicas,
      metricsGenerator.component?.resources,
      'spec.template.metricsGenerator.component.resources',
    );
  }
  return plans;
};

const amount = (quantity: Quantity): AllocatedAmount =>
  Object.freeze({ quantity, canonical: formatQuantity(quantity) });

const toAmounts = (list: Readonly<Record<string, Quantity>>, times = 1): AllocatedResourceList =>
  Object.freeze(
    Object.fromEntries(
      Object.entries(list).map(([name, quantity]) => [
        name,
        amount(times === 1 ? quantity : multiplyQuantity(quantity, times)),
      ]),
    ),
  );

const parseTotalLimit = (
  value: unknown,
  resource: SplitResource,
  findings: AllocationFinding[],
): Quantity | undefined => {
  if (value === undefined || value === null) {
    return undefined;
  }
  const quantity = tryParseQuantity(value as string | number);
  const integer =
    quantity === undefined ? 0n : resource === 'cpu' ? toMillis(quantity) : toBytes(quantity);
  if (quantity === undefined || integer > MAX_INT64 || integer < -MAX_INT64) {
    findings.push({
      code: 'invalidQuantity',
      path: `spec.resources.total.limits.${resource}`,
      resource,
    });
    return undefined;
  }
  return quantity;
};

const selectTable = (spec: TempoStackSpec, rules: AllocationRules): FractionTableId => {
  if (rules.tableB === undefined) {
    return 'A';
  }
  if (
    rules.tableC !== undefined &&
    spec.template?.queryFrontend?.jaegerQuery?.authentication?.enabled === true
  ) {
    return 'C';
  }
  return spec.template?.gateway?.enabled === true ? 'B' : 'A';
};

const tableById = (rules: AllocationRules, id: FractionTableId): FractionTable | undefined =>
  ({ A: rules.tableA, B: rules.tableB, C: rules.tableC })[id];

const sumOf = (
  containers: readonly ContainerAllocation[],
  pick: (container: ContainerAllocation) => AllocatedResourceList,
  resource: SplitResource,
): Quantity | undefined =>
  containers.reduce<Quantity | undefined>((sum, container) => {
    const value = pick(container)[resource]?.quantity;
    if (value === undefined) return sum;
    return sum === undefined ? value : addQuantities(sum, value);
  }, undefined);

/** Percentage with four decimals, truncated (exact BigInt division). */
const percentOf = (part: Quantity | undefined, whole: Quantity): number =>
  Number(((part?.nanoUnits ?? 0n) * 1_000_000n) / whole.nanoUnits) / 10_000;

const uniqueFindings = (findings: readonly AllocationFinding[]): AllocationFinding[] => {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}|${finding.path ?? ''}|${finding.resource ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * The requests and limits the operator (of the given or recorded version, default 0.22.0) renders
 * for every container of the stack, with their sources, per-component totals, and a summary of how
 * the limits compare with `spec.resources.total`. Pass the spec as stored (after the webhook's
 * defaulting): e.g. on OpenShift the defaulted `jaegerQuery.authentication` selects table C.
 */
export const computeAllocation = (
  stack: AllocationInput,
  options: AllocationOptions = {},
): Allocation => {
  const rules = resolveAllocationRules(options.operatorVersion ?? stack.status?.operatorVersion);
  const spec = stack.spec;
  const findings: AllocationFinding[] = [];

  const declaredSize: unknown = spec.size; // may be '' in a draft
  const size =
    rules.sizes && typeof declaredSize === 'string' && declaredSize !== ''
      ? declaredSize
      : undefined;
  const total = isObject(spec.resources?.total) ? spec.resources?.total : undefined;
  const totalLimits: TotalLimits = {
    cpu: parseTotalLimit(total?.limits?.cpu, 'cpu', findings),
    memory: parseTotalLimit(total?.limits?.memory, 'memory', findings),
  };
  if (size !== undefined && total !== undefined) {
    findings.push({ code: 'sizeAndTotal', path: 'spec.size' });
  }
  if (hasEntries(total?.requests)) {
    findings.push({ code: 'totalRequestsIgnored', path: 'spec.resources.total.requests' });
  }
  const tableId = total !== undefined && size === undefined ? selectTable(spec, rules) : null;
  const context: AllocationContext = {
    rules,
    size,
    table: tableId === null ? undefined : tableById(rules, tableId),
    totalLimits,
    findings,
  };

  const name = stack.metadata?.name;
  const containers = planContainers(spec, rules, size, findings).map(
    (plan): ContainerAllocation => {
      const resolved = resolveContainer(plan, context);
      const memoryLimit = resolved.limits.memory;
      const fraction = resolved.source === 'total' ? context.table?.[plan.fractionKey] : undefined;
      const percentOfTotal: Partial<Record<SplitResource, number>> = {};
      if (fraction !== undefined && resolved.limits.cpu !== undefined) {
        percentOfTotal.cpu = fraction.cpuPerMille / 10;
      }
      if (fraction !== undefined && memoryLimit !== undefined) {
        percentOfTotal.memory = fraction.memoryPerMille / 10;
      }
      const divided =
        resolved.source === 'total' &&
        rules.divideByReplicas &&
        plan.divisor !== undefined &&
        plan.divisor > 1;
      return Object.freeze({
        component: plan.component,
        workloadKind: plan.component === 'ingester' ? 'StatefulSet' : 'Deployment',
        workloadName: name ? objectName(name, plan.component) : undefined,
        container: plan.container,
        fractionKey: plan.fractionKey,
        source: resolved.source,
        replicas: plan.replicas,
        splitDivisor: divided ? plan.divisor : 1,
        requests: toAmounts(resolved.requests),
        limits: toAmounts(resolved.limits),
        componentRequests: toAmounts(resolved.requests, plan.replicas),
        componentLimits: toAmounts(resolved.limits, plan.replicas),
        percentOfTotal: Object.freeze(percentOfTotal),
        gomemlimitBytes:
          rules.gomemlimit &&
          receivesGomemlimit(plan.container) &&
          memoryLimit !== undefined &&
          !isZero(memoryLimit)
            ? gomemlimitFor(toBytes(memoryLimit))
            : undefined,
      });
    },
  );

  const limitsSum: Partial<Record<SplitResource, AllocatedAmount>> = {};
  const requestsSum: Partial<Record<SplitResource, AllocatedAmount>> = {};
  const limitsPercentOfTotal: Partial<Record<SplitResource, number>> = {};
  for (const resource of SPLIT_RESOURCES) {
    const limits = sumOf(containers, (c) => c.componentLimits, resource);
    const requests = sumOf(containers, (c) => c.componentRequests, resource);
    if (limits !== undefined) limitsSum[resource] = amount(limits);
    if (requests !== undefined) requestsSum[resource] = amount(requests);
    const totalLimit = totalLimits[resource];
    if (tableId !== null && totalLimit !== undefined && !isZero(totalLimit)) {
      limitsPercentOfTotal[resource] = percentOf(limits, totalLimit);
      if (limits !== undefined && compareQuantities(limits, totalLimit) > 0) {
        findings.push({ code: 'totalExceeds100Percent', resource });
      }
    }
  }
  const allEmpty = containers.every(
    (c) => Object.keys(c.requests).length === 0 && Object.keys(c.limits).length === 0,
  );
  if (allEmpty) {
    findings.push({ code: 'noResources' });
  }

  return Object.freeze({
    operatorVersion: rules.version,
    operatorVersionAssumed: rules.versionAssumed,
    containers: Object.freeze(containers),
    summary: Object.freeze({
      table: tableId,
      limitsSum: Object.freeze(limitsSum),
      requestsSum: Object.freeze(requestsSum),
      limitsPercentOfTotal: Object.freeze(limitsPercentOfTotal),
      findings: Object.freeze(uniqueFindings(findings)),
    }),
  });
};
