import { consoleFetchJSON, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useState } from 'react';
import { listPath, objectPath } from '../tempostack/must-gather/collection-plan';
import { newRunId } from '../tempostack/must-gather/in-cluster-run';
import {
  MUST_GATHER_GROUP,
  MUST_GATHER_KIND,
  MUST_GATHER_VERSION,
  mustGatherResource,
  mustGatherState,
  type MustGatherParams,
  type MustGatherState,
} from '../tempostack/must-gather/must-gather-cr';
import { errorMessage } from './collector-api';
import { K8S_API_PREFIX } from './console-collector-api';

const RESOURCE = { group: MUST_GATHER_GROUP, version: MUST_GATHER_VERSION, plural: 'mustgathers' };

/** A MustGather created from the tab, and its controls. */
export interface MustGatherResource {
  created?: { name: string; namespace: string };
  state?: MustGatherState;
  error?: string;
  isBusy: boolean;
  create: (params: Omit<MustGatherParams, 'runId'>) => void;
  remove: () => void;
}

/**
 * Data path: POST of a `MustGather` (operator.openshift.io/v1alpha1) through the console proxy,
 * a watch of it for `status`, DELETE when the user removes it (the operator then removes its Job).
 */
export const useMustGatherResource = (): MustGatherResource => {
  const [created, setCreated] = useState<{ name: string; namespace: string } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);
  const [object] = useK8sWatchResource<K8sResourceCommon & { status?: unknown }>(
    created
      ? {
          groupVersionKind: {
            group: MUST_GATHER_GROUP,
            version: MUST_GATHER_VERSION,
            kind: MUST_GATHER_KIND,
          },
          name: created.name,
          namespace: created.namespace,
        }
      : null,
  );
  const create = useCallback((params: Omit<MustGatherParams, 'runId'>) => {
    const resource = mustGatherResource({ ...params, runId: newRunId() });
    setBusy(true);
    setError(undefined);
    consoleFetchJSON
      .post(`${K8S_API_PREFIX}${listPath(RESOURCE, params.namespace)}`, resource)
      .then(() => setCreated({ name: resource.metadata.name, namespace: params.namespace }))
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  }, []);
  const remove = useCallback(() => {
    if (!created) return;
    setBusy(true);
    consoleFetchJSON
      .delete(`${K8S_API_PREFIX}${objectPath(RESOURCE, created.name, created.namespace)}`)
      .then(() => setCreated(undefined))
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  }, [created]);
  return {
    ...(created ? { created, state: mustGatherState(object) } : {}),
    ...(error ? { error } : {}),
    isBusy,
    create,
    remove,
  };
};
