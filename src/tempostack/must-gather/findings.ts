/**
 * The plugin's own findings for the bundle, computed with the domain core: the resource allocation
 * the operator gives each container, admission validation of the stored CR, component and stack
 * health, the storage secret's key names, and which expected objects were not found. Plain data,
 * written as YAML under `diagnostics/`. Never contains a secret value.
 */
import { computeAllocation, type AllocatedResourceList } from '../allocation';
import { resolveOperatorFeatures, toOperatorEnvironment } from '../effective-spec';
import { componentHealth, stackHealth } from '../health';
import { expectedObjects } from '../inventory';
import type { PodLike, SecretInput, TempoStack, WorkloadLike } from '../types';
import { COMPONENTS } from '../types';
import { storageSecretRequirements, validateTempoStack } from '../validation';
import type { KubeObjectLike } from './bundle-types';

/** What the collector learnt about the storage secret (values stay in memory, never written). */
export type StorageSecretLookup =
  { readable: true; secret: SecretInput; type?: string } | { readable: false; reason: string };

/**
 * Storage-secret keys that configure rather than authenticate; every other key's value counts as
 * a credential, scrubbed from the bundle wherever it appears.
 */
export const NON_CREDENTIAL_STORAGE_KEYS: ReadonlySet<string> = new Set([
  'bucket',
  'bucketname',
  'endpoint',
  'region',
  'container',
  'account_name',
  'client_id',
  'tenant_id',
  'role_arn',
  'audience',
]);

/** The credential values of the storage secret (for the redactor's `knownSecretValue` rule). */
export const storageCredentialValues = (lookup: StorageSecretLookup | undefined): string[] =>
  lookup?.readable
    ? Object.entries(lookup.secret.data)
        .filter(([key]) => !NON_CREDENTIAL_STORAGE_KEYS.has(key))
        .map(([, value]) => value)
    : [];

const amounts = (list: AllocatedResourceList): Record<string, string> =>
  Object.fromEntries(
    Object.entries(list)
      .filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined)
      .map(([name, amount]) => [name, amount.canonical]),
  );

/** `diagnostics/allocation.yaml`: the operator's requests and limits per container. */
export const allocationReport = (stack: TempoStack) => {
  const allocation = computeAllocation(stack);
  return {
    operatorVersion: allocation.operatorVersion,
    operatorVersionAssumed: allocation.operatorVersionAssumed,
    fractionTable: allocation.summary.table,
    findings: allocation.summary.findings.map((f) => ({ ...f })),
    limitsSum: amounts(allocation.summary.limitsSum),
    requestsSum: amounts(allocation.summary.requestsSum),
    limitsPercentOfTotal: { ...allocation.summary.limitsPercentOfTotal },
    containers: allocation.containers.map((c) => ({
      component: c.component,
      workload: `${c.workloadKind}/${c.workloadName ?? ''}`,
      container: c.container,
      source: c.source,
      replicas: c.replicas,
      requests: amounts(c.requests),
      limits: amounts(c.limits),
      ...(c.gomemlimitBytes !== undefined ? { gomemlimitBytes: c.gomemlimitBytes.toString() } : {}),
    })),
  };
};

/** `diagnostics/validation.yaml`: the stored CR checked as the webhook would check an update. */
export const validationReport = (stack: TempoStack, secret: StorageSecretLookup | undefined) => {
  const features = resolveOperatorFeatures(stack);
  const findings = validateTempoStack(stack, {
    env: toOperatorEnvironment(features),
    operation: 'update',
    oldStack: stack,
    lookups: secret?.readable ? { storageSecret: secret.secret } : {},
  });
  return {
    distribution: features.openshift ? 'openshift' : 'community',
    storageSecretChecked: secret?.readable === true,
    findings: findings.map(({ rule, path, severity, message, code }) => ({
      rule,
      path,
      severity,
      code,
      message,
    })),
  };
};

const isWorkload = (o: KubeObjectLike): o is KubeObjectLike & WorkloadLike =>
  o.kind === 'Deployment' || o.kind === 'StatefulSet';

/** `diagnostics/health.yaml`: each component's health and the stack's, from workloads and pods. */
export const healthReport = (
  stack: TempoStack,
  owned: readonly KubeObjectLike[],
  pods: readonly PodLike[],
) => {
  const workloads = owned.filter(isWorkload);
  const components = COMPONENTS.map((c) => componentHealth(stack, c, workloads, pods));
  const overall = stackHealth(stack, components);
  return {
    state: overall.state,
    reason: overall.reason,
    reasonSource: overall.reasonSource,
    affectedComponents: overall.affectedComponents,
    components: components
      .filter((c) => c.reason !== 'componentDisabled')
      .map((c) => ({
        component: c.component,
        state: c.state,
        reason: c.reason,
        desiredReplicas: c.desiredReplicas,
        readyReplicas: c.readyReplicas,
        pods: c.pods.map((p) => ({ ...p })),
      })),
  };
};

/** `diagnostics/storage-secret.yaml`: key names only, and which keys the storage type needs. */
export const storageSecretReport = (stack: TempoStack, lookup: StorageSecretLookup | undefined) => {
  const spec = stack.spec.storage?.secret;
  const mode = spec?.credentialMode ?? 'static';
  const required = spec?.type ? storageSecretRequirements(spec.type, mode) : [];
  const base = { name: spec?.name ?? '', storageType: spec?.type ?? '', credentialMode: mode };
  if (!lookup) return { ...base, collected: false, reason: 'not requested' };
  if (!lookup.readable) return { ...base, collected: false, reason: lookup.reason };
  const keys = Object.keys(lookup.secret.data).sort();
  return {
    ...base,
    collected: true,
    ...(lookup.type ? { secretType: lookup.type } : {}),
    keys,
    requiredKeys: required,
    missingKeys: required.filter((k) => !lookup.secret.data[k]),
    note: 'Key names only: the plugin never writes Secret values.',
  };
};

/**
 * `diagnostics/inventory.yaml`: objects the operator is expected to own (the plugin's model of the
 * operator, for the kinds that were listed) but that were not found, and owned objects the model
 * does not expect.
 */
export const inventoryReport = (
  stack: TempoStack,
  owned: readonly KubeObjectLike[],
  listedKinds: readonly string[],
) => {
  const features = resolveOperatorFeatures(stack);
  const listed = new Set(listedKinds);
  const key = (kind: string | undefined, name: string | undefined) => `${kind ?? ''}/${name ?? ''}`;
  const expected = expectedObjects(stack)
    .filter((o) => o.ownedByTempoStack && o.createdBy === 'operator' && listed.has(o.kind))
    .map((o) => key(o.kind, o.name));
  const found = new Set(
    owned.filter((o) => listed.has(o.kind ?? '')).map((o) => key(o.kind, o.metadata?.name)),
  );
  const expectedSet = new Set(expected);
  return {
    model: {
      operatorVersion: features.operatorVersion,
      distribution: features.openshift ? 'openshift' : 'community',
    },
    listedKinds: [...listed].sort(),
    expected: expected.length,
    found: found.size,
    missing: expected.filter((k) => !found.has(k)).sort(),
    unexpected: [...found].filter((k) => !expectedSet.has(k)).sort(),
  };
};
