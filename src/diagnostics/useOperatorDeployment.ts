import { consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import { listPath, OPERATOR_SELECTOR } from '../tempostack/must-gather/collection-plan';
import { K8S_API_PREFIX } from './console-collector-api';
import { diagnosticsKeys } from './queries';

const DEPLOYMENTS = { group: 'apps', version: 'v1', plural: 'deployments' };

/**
 * The Tempo operator's namespace, found as the must-gather tool finds it: the first Deployment
 * labelled `app.kubernetes.io/name=tempo-operator` in any namespace. Undefined while loading or
 * when the user may not list Deployments cluster-wide (the tool then finds it itself).
 *
 * Data path: one cluster-wide list (`limit=1`) through `consoleFetchJSON`, only when `enabled`.
 */
export const useOperatorNamespace = (enabled: boolean): { namespace?: string; loaded: boolean } => {
  const query = useQuery({
    queryKey: diagnosticsKeys.operatorDeployment(),
    queryFn: async () => {
      const list = (await consoleFetchJSON(
        `${K8S_API_PREFIX}${listPath(DEPLOYMENTS, undefined, { labelSelector: OPERATOR_SELECTOR, limit: 1 })}`,
      )) as { items?: { metadata?: { namespace?: string } }[] };
      return list.items?.[0]?.metadata?.namespace ?? '';
    },
    enabled,
    retry: false,
    staleTime: 300_000,
  });
  return {
    namespace: query.data || undefined,
    loaded: !enabled || query.isSuccess || query.isError,
  };
};
