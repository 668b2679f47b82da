import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { RUN_LABEL, runIdOfNamespace } from '../tempostack/must-gather/in-cluster-run';

/** A run whose objects still exist. */
export interface LeftoverRun {
  runId: string;
  namespace: string;
  /** The TempoStack it was started from (`ns/name`), when recorded. */
  stack?: string;
  created?: string;
}

/**
 * Namespaces of in-cluster runs that still exist (e.g. the page was left during a run), except
 * the current one. Data path: a watch of namespaces with the label selector `<RUN_LABEL>` (exists);
 * users who may not list namespaces simply see none.
 */
export const useLeftoverRuns = (
  currentRunId: string | undefined,
  enabled: boolean,
): LeftoverRun[] => {
  const [namespaces] = useK8sWatchResource<K8sResourceCommon[]>(
    enabled
      ? {
          groupVersionKind: { version: 'v1', kind: 'Namespace' },
          isList: true,
          selector: { matchExpressions: [{ key: RUN_LABEL, operator: 'Exists' }] },
        }
      : null,
  );
  return (Array.isArray(namespaces) ? namespaces : [])
    .map((ns) => ({ ns, runId: runIdOfNamespace(ns) }))
    .filter(
      (x): x is { ns: K8sResourceCommon; runId: string } => !!x.runId && x.runId !== currentRunId,
    )
    .filter(({ ns }) => !ns.metadata?.deletionTimestamp)
    .map(({ ns, runId }) => ({
      runId,
      namespace: ns.metadata?.name ?? '',
      stack: ns.metadata?.annotations?.['tempo-console-plugin/must-gather-for'],
      created: ns.metadata?.creationTimestamp,
    }));
};
