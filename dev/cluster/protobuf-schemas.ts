/**
 * Protobuf field numbers (from `k8s.io/api` `generated.proto`) of the objects kubectl's typed
 * clients send as protobuf: `kubectl create configmap|secret|namespace|serviceaccount|deployment|
 * job|service|role|rolebinding|clusterrole|clusterrolebinding|pdb`, `auth can-i`, `auth whoami`.
 */

/** A scalar or composite field type. */
export type FieldType =
  | 'string'
  | 'bool'
  | 'int'
  | 'bytes'
  | 'quantity'
  | 'intOrString'
  | 'time'
  | 'stringMap'
  | 'bytesMap'
  | 'quantityMap'
  | MessageSchema;

/** One field: its JSON name, type, and whether it repeats. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  repeated?: boolean;
  /** A pointer field in Go: sent only when set, so a zero value is meaningful. */
  pointer?: boolean;
}

/** Field number → field. */
export type MessageSchema = { [field: number]: FieldSpec };

const f = (name: string, type: FieldType, repeated = false): FieldSpec => ({
  name,
  type,
  repeated,
});
/** A pointer field. */
const p = (name: string, type: FieldType): FieldSpec => ({ name, type, pointer: true });

const ownerReference: MessageSchema = {
  1: f('kind', 'string'),
  3: f('name', 'string'),
  4: f('uid', 'string'),
  5: f('apiVersion', 'string'),
  6: f('controller', 'bool'),
  7: f('blockOwnerDeletion', 'bool'),
};

/** `ObjectMeta`. */
export const objectMeta: MessageSchema = {
  1: f('name', 'string'),
  2: f('generateName', 'string'),
  3: f('namespace', 'string'),
  5: f('uid', 'string'),
  6: f('resourceVersion', 'string'),
  7: f('generation', 'int'),
  8: f('creationTimestamp', 'time'),
  11: f('labels', 'stringMap'),
  12: f('annotations', 'stringMap'),
  13: f('ownerReferences', ownerReference, true),
  14: f('finalizers', 'string', true),
};

const labelSelector: MessageSchema = {
  1: f('matchLabels', 'stringMap'),
  2: f(
    'matchExpressions',
    { 1: f('key', 'string'), 2: f('operator', 'string'), 3: f('values', 'string', true) },
    true,
  ),
};

const container: MessageSchema = {
  1: f('name', 'string'),
  2: f('image', 'string'),
  3: f('command', 'string', true),
  4: f('args', 'string', true),
  5: f('workingDir', 'string'),
  6: f(
    'ports',
    {
      1: f('name', 'string'),
      2: f('hostPort', 'int'),
      3: f('containerPort', 'int'),
      4: f('protocol', 'string'),
    },
    true,
  ),
  7: f('env', { 1: f('name', 'string'), 2: f('value', 'string') }, true),
  8: f('resources', { 1: f('limits', 'quantityMap'), 2: f('requests', 'quantityMap') }),
  13: f('terminationMessagePath', 'string'),
  14: f('imagePullPolicy', 'string'),
  16: f('stdin', 'bool'),
  18: f('tty', 'bool'),
  20: f('terminationMessagePolicy', 'string'),
};

const podTemplate: MessageSchema = {
  1: f('metadata', objectMeta),
  2: f('spec', {
    2: f('containers', container, true),
    3: f('restartPolicy', 'string'),
    4: p('terminationGracePeriodSeconds', 'int'),
    6: f('dnsPolicy', 'string'),
    7: f('nodeSelector', 'stringMap'),
    8: f('serviceAccountName', 'string'),
    20: f('initContainers', container, true),
  }),
};

const policyRule: MessageSchema = {
  1: f('verbs', 'string', true),
  2: f('apiGroups', 'string', true),
  3: f('resources', 'string', true),
  4: f('resourceNames', 'string', true),
  5: f('nonResourceURLs', 'string', true),
};
const binding: MessageSchema = {
  1: f('metadata', objectMeta),
  2: f(
    'subjects',
    {
      1: f('kind', 'string'),
      2: f('apiGroup', 'string'),
      3: f('name', 'string'),
      4: f('namespace', 'string'),
    },
    true,
  ),
  3: f('roleRef', { 1: f('apiGroup', 'string'), 2: f('kind', 'string'), 3: f('name', 'string') }),
};

const resourceAttributes: MessageSchema = {
  1: f('namespace', 'string'),
  2: f('verb', 'string'),
  3: f('group', 'string'),
  4: f('version', 'string'),
  5: f('resource', 'string'),
  6: f('subresource', 'string'),
  7: f('name', 'string'),
};
const review: MessageSchema = {
  1: f('metadata', objectMeta),
  2: f('spec', {
    1: f('resourceAttributes', resourceAttributes),
    2: f('nonResourceAttributes', { 1: f('path', 'string'), 2: f('verb', 'string') }),
    3: f('user', 'string'),
    4: f('groups', 'string', true),
    6: f('uid', 'string'),
  }),
};

/** The schema of each supported kind. */
export const protobufKinds: Record<string, MessageSchema> = {
  ConfigMap: {
    1: f('metadata', objectMeta),
    2: f('data', 'stringMap'),
    3: f('binaryData', 'bytesMap'),
    4: p('immutable', 'bool'),
  },
  Secret: {
    1: f('metadata', objectMeta),
    2: f('data', 'bytesMap'),
    3: f('type', 'string'),
    4: f('stringData', 'stringMap'),
    5: p('immutable', 'bool'),
  },
  Namespace: { 1: f('metadata', objectMeta), 2: f('spec', { 1: f('finalizers', 'string', true) }) },
  ServiceAccount: {
    1: f('metadata', objectMeta),
    3: f('imagePullSecrets', { 1: f('name', 'string') }, true),
    4: p('automountServiceAccountToken', 'bool'),
  },
  Deployment: {
    1: f('metadata', objectMeta),
    2: f('spec', {
      1: p('replicas', 'int'),
      2: f('selector', labelSelector),
      3: f('template', podTemplate),
      4: f('strategy', { 1: f('type', 'string') }),
      5: f('minReadySeconds', 'int'),
      6: p('revisionHistoryLimit', 'int'),
      7: f('paused', 'bool'),
      9: p('progressDeadlineSeconds', 'int'),
    }),
  },
  Job: {
    1: f('metadata', objectMeta),
    2: f('spec', {
      1: p('parallelism', 'int'),
      2: p('completions', 'int'),
      3: p('activeDeadlineSeconds', 'int'),
      4: f('selector', labelSelector),
      5: p('manualSelector', 'bool'),
      6: f('template', podTemplate),
      7: p('backoffLimit', 'int'),
      8: p('ttlSecondsAfterFinished', 'int'),
      10: p('suspend', 'bool'),
    }),
  },
  Service: {
    1: f('metadata', objectMeta),
    2: f('spec', {
      1: f(
        'ports',
        {
          1: f('name', 'string'),
          2: f('protocol', 'string'),
          3: f('port', 'int'),
          4: f('targetPort', 'intOrString'),
          5: f('nodePort', 'int'),
        },
        true,
      ),
      2: f('selector', 'stringMap'),
      3: f('clusterIP', 'string'),
      4: f('type', 'string'),
      7: f('externalName', 'string'),
    }),
  },
  Role: { 1: f('metadata', objectMeta), 2: f('rules', policyRule, true) },
  ClusterRole: { 1: f('metadata', objectMeta), 2: f('rules', policyRule, true) },
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  PodDisruptionBudget: {
    1: f('metadata', objectMeta),
    2: f('spec', {
      1: p('minAvailable', 'intOrString'),
      2: f('selector', labelSelector),
      3: p('maxUnavailable', 'intOrString'),
      4: p('unhealthyPodEvictionPolicy', 'string'),
    }),
  },
  SelfSubjectAccessReview: review,
  SubjectAccessReview: review,
  LocalSubjectAccessReview: review,
  SelfSubjectRulesReview: {
    1: f('metadata', objectMeta),
    2: f('spec', { 1: f('namespace', 'string') }),
  },
  SelfSubjectReview: { 1: f('metadata', objectMeta) },
};
