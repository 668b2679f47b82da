/**
 * Puts every finding about the form's TempoStack where the user can act on it: the validation
 * findings (`validateTempoStack`), the allocation findings (`computeAllocation`) and the form's own
 * issues (`formIssues`) become messages with the form field and the wizard step they belong to.
 */
import type { AllocationFinding } from '../allocation';
import type { Finding } from '../validation-types';
import { COMPONENT_SPEC_PATH, RESOURCE_COMPONENTS, type SecretSource } from './form-types';
import type { FormIssue } from './form-issues';

/** The wizard's steps (the edit form's sections), in order. */
export const FORM_STEPS = [
  'basics',
  'storage',
  'sizing',
  'query',
  'tenancy',
  'limits',
  'review',
] as const;
export type FormStep = (typeof FORM_STEPS)[number];

export interface FormMessage {
  source: 'validation' | 'allocation' | 'form';
  severity: 'error' | 'warning';
  /** `Finding.code`, `AllocationFindingCode` or `FormIssueCode`. */
  code: string;
  /** Dotted path into the form values, when one field is concerned. */
  field?: string;
  step: FormStep;
  /** The operator's (or API server's) text, for validation findings. */
  message?: string;
  /** The spec path the finding names. */
  path?: string;
  params?: Readonly<Record<string, string | number>>;
  /** Validation rule id (`C27`, `schema.quantity`, …). */
  rule?: string;
}

const RESOURCE_FIELD: Record<string, string> = {
  'requests.cpu': 'cpuRequest',
  'requests.memory': 'memoryRequest',
  'limits.cpu': 'cpuLimit',
  'limits.memory': 'memoryLimit',
};

const EXACT_FIELDS: Readonly<Record<string, string>> = {
  'metadata.name': 'name',
  'metadata.namespace': 'namespace',
  'spec.managementState': 'managementState',
  'spec.storage.secret.name': 'storage.secretName',
  'spec.storage.secret.type': 'storage.type',
  'spec.storage.secret.credentialMode': 'storage.credentialMode',
  'spec.storage.tls.enabled': 'storage.tlsEnabled',
  'spec.storage.tls.caName': 'storage.caName',
  'spec.storageSize': 'storage.storageSize',
  'spec.size': 'sizing.size',
  'spec.resources.total.limits.cpu': 'sizing.totalCpu',
  'spec.resources.total.limits.memory': 'sizing.totalMemory',
  'spec.ReplicationFactor': 'sizing.replicationFactor',
  'spec.replicationFactor': 'sizing.replicationFactor',
  'spec.template.queryFrontend.jaegerQuery.enabled': 'query.jaegerEnabled',
  'spec.template.queryFrontend.jaegerQuery.ingress.type': 'query.ingressType',
  'spec.template.queryFrontend.jaegerQuery.ingress.host': 'query.host',
  'spec.template.queryFrontend.jaegerQuery.ingress.route.termination': 'query.termination',
  'spec.template.queryFrontend.jaegerQuery.tempoQuery.resources': 'sizing.components.tempoQuery',
  'spec.template.gateway.enabled': 'tenancy.gatewayEnabled',
  'spec.template.tenants': 'tenancy.mode',
  'spec.tenants.mode': 'tenancy.mode',
  'spec.retention.global.traces': 'limits.retention',
  'spec.timeout': 'limits.timeout',
};

const componentField = (path: string): string | undefined => {
  for (const component of RESOURCE_COMPONENTS) {
    const prefix = COMPONENT_SPEC_PATH[component].join('.');
    if (path === `${prefix}.replicas`) return `sizing.components.${component}.replicas`;
    if (!path.startsWith(`${prefix}.resources.`)) continue;
    const field = RESOURCE_FIELD[path.slice(prefix.length + '.resources.'.length)];
    if (field) return `sizing.components.${component}.${field}`;
  }
  return undefined;
};

const TENANT_FIELD = /^spec\.tenants\.authentication\[(\d+)\]\.(tenantName|tenantId)$/;
const ROLE_ITEM = /^spec\.tenants\.authorization\.(roles|roleBindings)\[(\d+)\]/;

/** The form field a spec path belongs to, if the form shows it. */
export const fieldForPath = (path: string): string | undefined => {
  const exact = EXACT_FIELDS[path];
  if (exact) return exact;
  const tenant = TENANT_FIELD.exec(path);
  if (tenant) return `tenancy.tenants.${tenant[1]}.${tenant[2] === 'tenantName' ? 'name' : 'id'}`;
  const role = ROLE_ITEM.exec(path);
  if (role) return `tenancy.${role[1]}.${role[2]}`;
  return componentField(path);
};

const FIELD_STEPS: readonly [string, FormStep][] = [
  ['name', 'basics'],
  ['namespace', 'basics'],
  ['managementState', 'basics'],
  ['storage.', 'storage'],
  ['newSecret.', 'storage'],
  ['sizing.', 'sizing'],
  ['query.', 'query'],
  ['tenancy.', 'tenancy'],
  ['limits.', 'limits'],
];

const PATH_STEPS: readonly [RegExp, FormStep][] = [
  [/^metadata\./, 'basics'],
  [/^spec\.(storage|storageSize|storageClassName)\b/, 'storage'],
  [/^spec\.(tenants|template\.gateway|template\.tenants)\b/, 'tenancy'],
  [/^spec\.(template\.queryFrontend\.jaegerQuery\.(?!(resources|tempoQuery)\b)|search\b)/, 'query'],
  [/^spec\.(size|resources|replicationFactor|ReplicationFactor|template)\b/, 'sizing'],
  [/^spec\.(limits|retention|timeout)\b/, 'limits'],
];

/** The step a form field is on. */
export const stepForField = (field: string): FormStep =>
  FIELD_STEPS.find(
    ([prefix]) => field === prefix || (prefix.endsWith('.') && field.startsWith(prefix)),
  )?.[1] ?? 'review';

/** The step a spec path is edited on (`review` when no step shows it). */
export const stepForPath = (path: string): FormStep =>
  PATH_STEPS.find(([pattern]) => pattern.test(path))?.[1] ?? 'review';

const validationMessage = (finding: Finding, secretSource: SecretSource): FormMessage => {
  const key = finding.params?.key;
  const newSecretKey =
    secretSource === 'new' && finding.path === 'spec.storage.secret.name'
      ? finding.code === 'storageSecretMissingKey' && typeof key === 'string'
        ? `newSecret.data.${key}`
        : finding.code === 'storageSecretInvalidEndpoint'
          ? 'newSecret.data.endpoint'
          : finding.code.startsWith('gcs')
            ? 'newSecret.data.key.json'
            : undefined
      : undefined;
  const field = newSecretKey ?? fieldForPath(finding.path);
  return {
    source: 'validation',
    severity: finding.severity,
    code: finding.code,
    field,
    step: field ? stepForField(field) : stepForPath(finding.path),
    message: finding.message,
    path: finding.path,
    params: finding.params,
    rule: finding.rule,
  };
};

const allocationMessage = (finding: AllocationFinding): FormMessage | undefined => {
  switch (finding.code) {
    case 'invalidQuantity':
    case 'sizeAndTotal':
      return undefined; // reported by validation (schema.quantity, C20) with the operator's words
    case 'tempoQueryResourcesWithoutJaegerQuery':
      return {
        source: 'allocation',
        severity: 'error',
        code: finding.code,
        field: 'sizing.components.jaegerQuery',
        step: 'sizing',
        path: finding.path,
      };
    case 'totalExceeds100Percent':
      return {
        source: 'allocation',
        severity: 'warning',
        code: finding.code,
        field: finding.resource === 'cpu' ? 'sizing.totalCpu' : 'sizing.totalMemory',
        step: 'sizing',
        params: finding.resource ? { resource: finding.resource } : undefined,
      };
    default:
      return {
        source: 'allocation',
        severity: 'warning',
        code: finding.code,
        step: 'sizing',
        path: finding.path,
      };
  }
};

const issueMessage = (issue: FormIssue): FormMessage => ({
  source: 'form',
  severity: 'error',
  code: issue.code,
  field: issue.field,
  step: stepForField(issue.field),
});

/** All messages, form issues first, then validation, then allocation. */
export const collectFormMessages = (input: {
  issues: readonly FormIssue[];
  findings: readonly Finding[];
  allocation: readonly AllocationFinding[];
  secretSource: SecretSource;
}): FormMessage[] => [
  ...input.issues.map(issueMessage),
  ...input.findings.map((finding) => validationMessage(finding, input.secretSource)),
  ...input.allocation.flatMap((finding) => allocationMessage(finding) ?? []),
];

/** Whether any message blocks sending the TempoStack. */
export const hasBlockingErrors = (messages: readonly FormMessage[]): boolean =>
  messages.some((message) => message.severity === 'error');
