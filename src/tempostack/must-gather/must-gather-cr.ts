/**
 * A `MustGather` resource (`operator.openshift.io/v1alpha1`, the OpenShift must-gather operator)
 * that runs the Tempo must-gather tool. The operator only runs custom images from its allow-list:
 * an ImageStream tag (`spec.imageStreamRef`) in the operator's namespace pointing at the Tempo
 * must-gather image. Its service account (default `must-gather-admin`) must exist in the
 * MustGather's namespace.
 */
import { COLLECTION_DIR, RUN_LABEL, RUN_MANAGED_BY } from './in-cluster-run';

export const MUST_GATHER_GROUP = 'operator.openshift.io';
export const MUST_GATHER_VERSION = 'v1alpha1';
export const MUST_GATHER_KIND = 'MustGather';
/** The must-gather operator's default service account. */
export const MUST_GATHER_DEFAULT_SERVICE_ACCOUNT = 'must-gather-admin';

/** What the MustGather needs. */
export interface MustGatherParams {
  runId: string;
  namespace: string;
  serviceAccountName: string;
  imageStream: { name: string; tag: string };
  operatorNamespace?: string;
  /** Go duration, e.g. `10m`. */
  timeout: string;
  /** Upload to a Red Hat support case over SFTP, with the credentials in this Secret. */
  upload?: { caseID: string; secretName: string };
}

/** The MustGather object. */
export const mustGatherResource = (params: MustGatherParams) => ({
  apiVersion: `${MUST_GATHER_GROUP}/${MUST_GATHER_VERSION}`,
  kind: MUST_GATHER_KIND,
  metadata: {
    name: `tempo-must-gather-${params.runId}`,
    namespace: params.namespace,
    labels: { [RUN_LABEL]: params.runId, 'app.kubernetes.io/managed-by': RUN_MANAGED_BY },
  },
  spec: {
    serviceAccountName: params.serviceAccountName,
    imageStreamRef: { name: params.imageStream.name, tag: params.imageStream.tag },
    gatherSpec: {
      command: ['/usr/bin/must-gather'],
      args: [
        ...(params.operatorNamespace ? ['--operator-namespace', params.operatorNamespace] : []),
        '--collection-dir',
        COLLECTION_DIR,
      ],
    },
    mustGatherTimeout: params.timeout,
    ...(params.upload
      ? {
          uploadTarget: {
            type: 'SFTP',
            sftp: {
              caseID: params.upload.caseID,
              caseManagementAccountSecretRef: { name: params.upload.secretName },
            },
          },
        }
      : {}),
  },
});

/** What a MustGather's status says. */
export interface MustGatherState {
  completed: boolean;
  status?: string;
  reason?: string;
}

/** Reads `status.completed`, `status.status` and `status.reason`. */
export const mustGatherState = (object: { status?: unknown } | undefined): MustGatherState => {
  const status = (object?.status ?? {}) as {
    completed?: unknown;
    status?: unknown;
    reason?: unknown;
  };
  return {
    completed: status.completed === true,
    ...(typeof status.status === 'string' ? { status: status.status } : {}),
    ...(typeof status.reason === 'string' ? { reason: status.reason } : {}),
  };
};
