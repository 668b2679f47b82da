/**
 * Installs the simulated operator's own objects (idempotently): the namespace
 * `openshift-tempo-operator`, the OLM objects with their statuses, and the operator Deployment,
 * ServiceAccount and Services. The Deployment's ReplicaSet and pod come from the built-in
 * controllers, like any other workload.
 */
import type { ClusterApi, KubeObject } from '../cluster/api';
import { isConflict } from '../controllers/api-errors';
import { refFor } from './apply';
import { OPERATOR_NAMESPACE } from './constants';
import { olmObjects } from './olm-objects';
import { operatorWorkloadObjects } from './operator-deployment';

const ensure = async (
  api: ClusterApi,
  object: KubeObject,
  status?: Record<string, unknown>,
): Promise<KubeObject | undefined> => {
  const ref = refFor(api, object);
  if (!ref) return undefined;
  let stored: KubeObject;
  try {
    stored = (await api.create(ref, object)).object;
  } catch (error) {
    if (!isConflict(error)) throw error;
    return api.get(ref, object.metadata.name, object.metadata.namespace);
  }
  if (status) {
    stored = (
      await api.patch(
        ref,
        object.metadata.name,
        object.metadata.namespace,
        'merge',
        { status },
        { subresource: 'status' },
      )
    ).object;
  }
  return stored;
};

/** Creates whatever of the operator's installation is missing. */
export const installOperator = async (
  api: ClusterApi,
  options: { now: string; installPlanName: string; logLevel: 'info' | 'debug' },
): Promise<void> => {
  await ensure(api, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: OPERATOR_NAMESPACE,
      labels: {
        'openshift.io/cluster-monitoring': 'true',
        'kubernetes.io/metadata.name': OPERATOR_NAMESPACE,
      },
    },
  });
  let csvUid = '';
  for (const { object, status } of olmObjects(options.installPlanName, options.now)) {
    const stored = await ensure(api, object, status);
    if (object.kind === 'ClusterServiceVersion') csvUid = stored?.metadata.uid ?? '';
  }
  for (const object of operatorWorkloadObjects(csvUid, options.logLevel)) await ensure(api, object);
};
