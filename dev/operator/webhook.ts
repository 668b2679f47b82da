/**
 * The operator's admission webhooks for TempoStack: `mtempostack.tempo.grafana.com` (defaulting,
 * create/update) runs the domain core's `applyDefaults` for the OpenShift bundle;
 * `vtempostack.tempo.grafana.com` (validation, create/update/delete) runs `validateTempoStack`
 * with its lookups done through the cluster, as the operator does them: the storage Secret, the
 * storage CA ConfigMap, a custom ServiceAccount, a TempoMonolithic of the same name and, for
 * OpenShift tenancy, a SubjectAccessReview of the requesting user's right to create tokenreviews.
 * Errors reject with a 422 `Invalid` Status (message `formatAdmissionError`, one cause per
 * error); warnings are returned as admission warnings.
 */
import { applyDefaults } from '../../src/tempostack/defaults';
import { defaultServiceAccountName } from '../../src/tempostack/naming';
import {
  OPENSHIFT_ENVIRONMENT,
  type OperatorEnvironment,
} from '../../src/tempostack/operator-environment';
import type { TempoStack } from '../../src/tempostack/types';
import {
  admissionErrorFindings,
  admissionWarnings,
  formatAdmissionError,
  formatFieldError,
  validateTempoStack,
  type Finding,
  type LookupError,
  type ValidationLookups,
} from '../../src/tempostack/validation';
import type {
  AdmissionHook,
  AdmissionRequest,
  ClusterApi,
  KubeObject,
  StatusCause,
} from '../cluster/api';
import { ApiError, failure } from '../cluster/errors';
import { isNotFound, statusOf } from '../controllers/api-errors';
import { REFS } from '../controllers/refs';
import { decodeSecretData } from './secret-data';

const FIELD_ERROR_REASON: Record<string, string> = {
  Invalid: 'FieldValueInvalid',
  Required: 'FieldValueRequired',
  Duplicate: 'FieldValueDuplicate',
  NotSupported: 'FieldValueNotSupported',
};

const lookupError = (error: unknown): LookupError => ({
  error: statusOf(error)?.message ?? (error instanceof Error ? error.message : String(error)),
});

/** The cluster lookups validation needs, done as the operator does them. */
export const validationLookups = async (
  cluster: ClusterApi,
  stack: TempoStack,
  user: AdmissionRequest['user'],
): Promise<ValidationLookups> => {
  const namespace = stack.metadata.namespace ?? '';
  const spec = stack.spec ?? {};
  const lookups: ValidationLookups = { userName: user.name };
  const secretName = spec.storage?.secret?.name;
  if (secretName) {
    try {
      const secret = await cluster.get(REFS.secrets, secretName, namespace);
      lookups.storageSecret = { name: secretName, data: decodeSecretData(secret) };
    } catch (error) {
      lookups.storageSecret = lookupError(error);
    }
  }
  const caName = spec.storage?.tls?.caName;
  if (spec.storage?.tls?.enabled && caName) {
    try {
      const cm = await cluster.get(REFS.configMaps, caName, namespace);
      lookups.caConfigMap = { name: caName, data: (cm.data ?? {}) as Record<string, string> };
    } catch (error) {
      lookups.caConfigMap = lookupError(error);
    }
  }
  const serviceAccount = spec.serviceAccount;
  if (serviceAccount && serviceAccount !== defaultServiceAccountName(stack.metadata.name ?? '')) {
    try {
      await cluster.get(REFS.serviceAccounts, serviceAccount, namespace);
      lookups.serviceAccountExists = true;
    } catch (error) {
      lookups.serviceAccountExists = isNotFound(error) ? false : lookupError(error);
    }
  }
  try {
    await cluster.get(REFS.tempoMonolithics, stack.metadata.name ?? '', namespace);
    lookups.monolithicWithSameName = true;
  } catch {
    lookups.monolithicWithSameName = false;
  }
  if (spec.template?.gateway?.enabled && spec.tenants?.mode === 'openshift') {
    try {
      const review = await cluster.create(REFS.subjectAccessReviews, {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        metadata: { name: '' },
        spec: {
          user: user.name,
          groups: user.groups,
          resourceAttributes: {
            group: 'authentication.k8s.io',
            resource: 'tokenreviews',
            verb: 'create',
          },
        },
      });
      lookups.userCanCreateTokenReviews =
        ((review.object as KubeObject).status as { allowed?: boolean } | undefined)?.allowed ===
        true;
    } catch (error) {
      lookups.userCanCreateTokenReviews = lookupError(error);
    }
  }
  return lookups;
};

/** The 422 `Invalid` error the API server returns for the webhook's error findings. */
export const admissionError = (name: string, findings: Finding[]): ApiError => {
  const unique = findings.filter(
    (f, i) => findings.findIndex((g) => formatFieldError(g) === formatFieldError(f)) === i,
  );
  const causes: StatusCause[] = unique.map((f) => ({
    reason: FIELD_ERROR_REASON[f.errorType ?? 'Invalid'] ?? 'FieldValueInvalid',
    message: formatFieldError(f).slice(f.path.length + 2),
    field: f.path,
  }));
  return new ApiError(
    failure(422, 'Invalid', formatAdmissionError(name, findings), {
      name,
      group: 'tempo.grafana.com',
      kind: 'TempoStack',
      causes,
    }),
  );
};

/** The mutating and validating admission hooks of the operator. */
export const tempoStackAdmissionHooks = (
  env: OperatorEnvironment = OPENSHIFT_ENVIRONMENT,
): AdmissionHook[] => [
  {
    name: 'mtempostack.tempo.grafana.com',
    match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
    operations: ['CREATE', 'UPDATE'],
    mutate: (request) =>
      applyDefaults(request.object as unknown as TempoStack, env) as unknown as KubeObject,
  },
  {
    name: 'vtempostack.tempo.grafana.com',
    match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
    operations: ['CREATE', 'UPDATE', 'DELETE'],
    validate: async (request) => {
      if (request.operation === 'DELETE') return [];
      const stack = request.object as unknown as TempoStack;
      const lookups = await validationLookups(request.cluster, stack, request.user);
      const findings = validateTempoStack(stack, {
        env,
        operation: request.operation === 'CREATE' ? 'create' : 'update',
        lookups,
        oldStack: request.oldObject as unknown as TempoStack | undefined,
      });
      const errors = admissionErrorFindings(findings);
      if (errors.length > 0) throw admissionError(stack.metadata.name ?? '', errors);
      return admissionWarnings(findings);
    },
  },
];
