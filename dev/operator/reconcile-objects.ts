/**
 * One pass of the operator's `createOrUpdate`: configuration checks, the manifests, their
 * create/update, and the pruning of stale objects of the kinds upstream prunes (Deployments,
 * Services, Ingresses, NetworkPolicies, PDBs, Roles, RoleBindings, Routes, monitoring objects, and
 * the gateway's cluster-scoped ClusterRole/ClusterRoleBinding). ConfigMaps, Secrets,
 * ServiceAccounts and StatefulSets are not pruned (upstream does not list them); they go with the
 * TempoStack through their owner references.
 */
import {
  commonLabels,
  formatLabelSelector,
  instanceMatchLabels,
} from '../../src/tempostack/naming';
import type { TempoStack } from '../../src/tempostack/types';
import type { ClusterApi, KubeObject, ResourceRef } from '../cluster/api';
import { REFS } from '../controllers/refs';
import { applyObjects, pruneObjects, type ApplyReport } from './apply';
import { checkStorage, checkTenants } from './config-checks';
import { DEFAULT_APPS_DOMAIN } from './constants';
import { buildManifestContext, buildManifests } from './manifests';

/** Labels of the gateway's cluster-scoped objects (`ClusterScopedCommonLabels`). */
export const clusterScopedLabels = (stack: TempoStack): Record<string, string> => ({
  ...commonLabels(stack.metadata.name ?? ''),
  'app.kubernetes.io/namespace': stack.metadata.namespace ?? '',
});

const PRUNED: {
  ref: ResourceRef;
  apiVersion: string;
  kind: string;
  selector: 'common' | 'instance' | 'cluster';
}[] = [
  { ref: REFS.deployments, apiVersion: 'apps/v1', kind: 'Deployment', selector: 'common' },
  { ref: REFS.services, apiVersion: 'v1', kind: 'Service', selector: 'common' },
  { ref: REFS.ingresses, apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', selector: 'common' },
  {
    ref: REFS.networkPolicies,
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    selector: 'instance',
  },
  {
    ref: REFS.podDisruptionBudgets,
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    selector: 'common',
  },
  { ref: REFS.roles, apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', selector: 'common' },
  {
    ref: REFS.roleBindings,
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    selector: 'common',
  },
  {
    ref: REFS.clusterRoles,
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    selector: 'cluster',
  },
  {
    ref: REFS.clusterRoleBindings,
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    selector: 'cluster',
  },
  {
    ref: REFS.serviceMonitors,
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    selector: 'common',
  },
  {
    ref: REFS.prometheusRules,
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    selector: 'common',
  },
  { ref: REFS.routes, apiVersion: 'route.openshift.io/v1', kind: 'Route', selector: 'common' },
];

/** The objects of prunable kinds carrying the stack's labels. */
const listPrunable = async (api: ClusterApi, stack: TempoStack): Promise<KubeObject[]> => {
  const name = stack.metadata.name ?? '';
  const selectors = {
    common: formatLabelSelector(commonLabels(name)),
    instance: formatLabelSelector(instanceMatchLabels(name)),
    cluster: formatLabelSelector(clusterScopedLabels(stack)),
  };
  const found: KubeObject[] = [];
  for (const entry of PRUNED) {
    try {
      const list = await api.list(entry.ref, {
        ...(entry.selector === 'cluster' ? {} : { namespace: stack.metadata.namespace }),
        labelSelector: selectors[entry.selector],
      });
      found.push(
        ...list.items.map((item) => ({ ...item, apiVersion: entry.apiVersion, kind: entry.kind })),
      );
    } catch {
      // Kind not served by this cluster (e.g. no Prometheus Operator CRDs).
    }
  }
  return found;
};

/** Checks, builds, applies and prunes; throws `ConfigurationError` or other reconcile errors. */
export const reconcileObjects = async (
  api: ClusterApi,
  stack: TempoStack,
  options: { appsDomain: string | null; ccoEnvironment?: boolean },
): Promise<ApplyReport> => {
  const storage = await checkStorage(api, stack, options.ccoEnvironment ?? false);
  const tenantSecrets = await checkTenants(api, stack, options.appsDomain ?? undefined);
  const ctx = buildManifestContext({
    stack,
    storage,
    appsDomain: options.appsDomain ?? DEFAULT_APPS_DOMAIN,
    tenantSecrets,
  });
  const report: ApplyReport = { created: [], updated: [], deleted: [], skipped: [] };
  const managed = await applyObjects(api, buildManifests(ctx), report);
  await pruneObjects(api, await listPrunable(api, stack), managed, report);
  return report;
};

/** Deletes the stack's cluster-scoped objects (what the finalizer protects). */
export const deleteClusterScoped = async (api: ClusterApi, stack: TempoStack): Promise<void> => {
  const selector = formatLabelSelector(clusterScopedLabels(stack));
  for (const ref of [REFS.clusterRoles, REFS.clusterRoleBindings]) {
    const list = await api.list(ref, { labelSelector: selector });
    for (const item of list.items) {
      try {
        await api.delete(ref, item.metadata.name, undefined);
      } catch {
        // Already gone.
      }
    }
  }
};
