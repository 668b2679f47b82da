/** Removing an in-cluster run again: what to delete, in order, and the `oc` commands. */
import { COLLECTION_DIR, COPY_CONTAINER, runNames, type RunObject } from './in-cluster-run';

/** One deletion of the clean-up. */
export interface CleanupStep {
  resource: RunObject['resource'];
  kind: 'Pod' | 'ClusterRoleBinding' | 'ClusterRole' | 'Namespace';
  name: string;
  namespace?: string;
}

/**
 * What to delete, in order: the pod (stops the gather), the binding, the role, then the namespace
 * (which takes the service account with it). A 404 means already gone.
 */
export const cleanupPlan = (runId: string): CleanupStep[] => {
  const names = runNames(runId);
  const rbac = (plural: string) => ({
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    plural,
    namespaced: false,
  });
  return [
    {
      resource: { group: '', version: 'v1', plural: 'pods', namespaced: true },
      kind: 'Pod',
      name: names.pod,
      namespace: names.namespace,
    },
    {
      resource: rbac('clusterrolebindings'),
      kind: 'ClusterRoleBinding',
      name: names.clusterRoleBinding,
    },
    { resource: rbac('clusterroles'), kind: 'ClusterRole', name: names.clusterRole },
    {
      resource: { group: '', version: 'v1', plural: 'namespaces', namespaced: false },
      kind: 'Namespace',
      name: names.namespace,
    },
  ];
};

/** Commands to fetch the result from the `copy` container, and to clean up by hand. */
export const runCommands = (runId: string) => {
  const names = runNames(runId);
  const local = `./must-gather.local.${runId}`;
  return {
    rsync: `oc rsync -n ${names.namespace} -c ${COPY_CONTAINER} ${names.pod}:${COLLECTION_DIR} ${local}`,
    cp: `oc cp -n ${names.namespace} -c ${COPY_CONTAINER} ${names.pod}:${COLLECTION_DIR} ${local}`,
    cleanup: `oc delete clusterrolebinding/${names.clusterRoleBinding} clusterrole/${names.clusterRole} namespace/${names.namespace}`,
  };
};
