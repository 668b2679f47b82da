import {
  k8sPatch,
  useK8sModel,
  type Action,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';

/**
 * `console.action/resource-provider` hook for ServiceAccounts (whose pages are the host's generic
 * ones, with the actions kebab): one action that annotates the object with JSON patch.
 */
export const useFixtureActions = (obj: K8sResourceCommon): [Action[], boolean, unknown] => {
  const [model] = useK8sModel({ version: 'v1', kind: 'ServiceAccount' });
  const actions = useMemo<Action[]>(
    () => [
      {
        id: 'fixture-annotate',
        label: 'Add fixture annotation',
        accessReview: {
          group: '',
          resource: 'serviceaccounts',
          verb: 'patch',
          name: obj.metadata?.name,
          namespace: obj.metadata?.namespace,
        },
        cta: () =>
          void k8sPatch({
            model,
            resource: obj,
            data: obj.metadata?.annotations
              ? [{ op: 'add', path: '/metadata/annotations/fixture~1touched', value: 'yes' }]
              : [{ op: 'add', path: '/metadata/annotations', value: { 'fixture/touched': 'yes' } }],
          }),
      },
    ],
    [model, obj],
  );
  return [actions, true, undefined];
};
