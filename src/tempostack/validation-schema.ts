/**
 * The CRD schema constraints (validation-rules.md §A) a form can violate, checked as the API server
 * checks them before any webhook runs, with its messages: `Required value`, `Unsupported value:
 * "x": supported values: …`, `… in body should match '<pattern>'`, and the object-name rules.
 */
import { goJSONMarshal, goQuote } from './go-format';
import { parseQuantity } from './quantity';
import type { ResourceRequirements, TempoStack } from './types';
import type { Finding } from './validation-types';

/** The quantity pattern of the CRD (`resource.Quantity`), as the API server prints it. */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

const QUANTITY_REGEXP = new RegExp(QUANTITY_PATTERN);

const DNS1123_SUBDOMAIN_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

/** Whether `name` is a valid Kubernetes object name (DNS-1123 subdomain, ≤ 253 characters). */
export const isDns1123Subdomain = (name: string): boolean =>
  name.length <= 253 && DNS1123_SUBDOMAIN.test(name);

/** The CRD's enums, in the CRD's order (the API server lists them in this order). */
export const SCHEMA_ENUMS = {
  storageType: ['azure', 'gcs', 's3'],
  credentialMode: ['static', 'token', 'token-cco'],
  managementState: ['Managed', 'Unmanaged'],
  size: ['1x.demo', '1x.pico', '1x.extra-small', '1x.small', '1x.medium'],
  tenantMode: ['static', 'openshift'],
  ingressType: ['ingress', 'route', 'none', ''],
  termination: ['insecure', 'edge', 'passthrough', 'reencrypt'],
  permission: ['read', 'write'],
  subjectKind: ['user', 'group'],
  instanceAddrType: ['default', 'podIP'],
} as const;

const ruleFor = (path: string): string =>
  `schema.${path.replace(/^spec\./, '').replace(/\[[^\]]*\]/g, '')}`;

const required = (path: string): Finding => ({
  rule: ruleFor(path),
  path,
  severity: 'error',
  message: 'Required value',
  code: 'required',
  errorType: 'Required',
});

const isMissing = (value: unknown): boolean => value === undefined || value === null;

/** How `field.NotSupported` prints a value: `%q` for strings, JSON for anything else. */
const quoted = (value: unknown): string =>
  typeof value === 'string' ? goQuote(value) : goJSONMarshal(value);

const checkEnum = (
  out: Finding[],
  path: string,
  value: unknown,
  allowed: readonly string[],
): void => {
  if (isMissing(value) || allowed.includes(value as string)) return;
  const supported = allowed.map(quoted).join(', ');
  out.push({
    rule: ruleFor(path),
    path,
    severity: 'error',
    message: `Unsupported value: ${quoted(value)}: supported values: ${supported}`,
    code: 'unsupportedValue',
    params: { value: String(value), supported: allowed.join(', ') },
    value,
    errorType: 'NotSupported',
  });
};

const checkRequired = (out: Finding[], path: string, object: object, keys: string[]): void => {
  for (const key of keys) {
    if (isMissing((object as Record<string, unknown>)[key])) out.push(required(`${path}.${key}`));
  }
};

const checkQuantity = (out: Finding[], path: string, value: unknown): void => {
  if (isMissing(value)) return;
  let valid = typeof value === 'string' ? QUANTITY_REGEXP.test(value) : Number.isInteger(value);
  try {
    if (valid) parseQuantity(value as string | number);
  } catch {
    valid = false;
  }
  if (valid) return;
  out.push({
    rule: 'schema.quantity',
    path,
    severity: 'error',
    message: `${path} in body should match '${QUANTITY_PATTERN}'`,
    code: 'invalidQuantity',
    params: { value: String(value) },
    value,
  });
};

const checkResources = (
  out: Finding[],
  path: string,
  resources: ResourceRequirements | undefined,
): void => {
  for (const list of ['limits', 'requests'] as const) {
    for (const [name, quantity] of Object.entries(resources?.[list] ?? {})) {
      checkQuantity(out, `${path}.${list}.${name}`, quantity);
    }
  }
};

const checkName = (out: Finding[], stack: TempoStack): void => {
  const name = stack.metadata?.name ?? '';
  if (name === '') {
    if (!stack.metadata?.generateName) {
      out.push({
        ...required('metadata.name'),
        message: 'Required value: name or generateName is required',
        code: 'nameRequired',
      });
    }
    return;
  }
  const invalid = (message: string, code: string): Finding => ({
    rule: 'schema.metadata.name',
    path: 'metadata.name',
    severity: 'error',
    message,
    code,
    value: name,
  });
  if (name.length > 253) out.push(invalid('must be no more than 253 characters', 'nameTooLong'));
  if (!DNS1123_SUBDOMAIN.test(name)) {
    out.push(
      invalid(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" +
          DNS1123_SUBDOMAIN_FMT +
          "')",
        'nameInvalid',
      ),
    );
  }
};

const checkStorage = (out: Finding[], stack: TempoStack): void => {
  const storage = stack.spec?.storage;
  if (isMissing(storage)) {
    out.push(required('spec.storage'));
    return;
  }
  const secret = storage.secret;
  if (isMissing(secret)) {
    out.push(required('spec.storage.secret'));
    return;
  }
  checkRequired(out, 'spec.storage.secret', secret, ['name', 'type']);
  if (secret.name === '') {
    out.push({
      rule: 'schema.storage.secret.name',
      path: 'spec.storage.secret.name',
      severity: 'error',
      message: 'spec.storage.secret.name in body should be at least 1 chars long',
      code: 'tooShort',
      params: { min: 1 },
      value: '',
    });
  }
  checkEnum(out, 'spec.storage.secret.type', secret.type, SCHEMA_ENUMS.storageType);
  checkEnum(
    out,
    'spec.storage.secret.credentialMode',
    secret.credentialMode,
    SCHEMA_ENUMS.credentialMode,
  );
};

const checkTenants = (out: Finding[], stack: TempoStack): void => {
  const tenants = stack.spec?.tenants;
  if (!tenants) return;
  checkEnum(out, 'spec.tenants.mode', tenants.mode, SCHEMA_ENUMS.tenantMode);
  (tenants.authentication ?? []).forEach((auth, i) =>
    checkRequired(out, `spec.tenants.authentication[${i}]`, auth, ['tenantId', 'tenantName']),
  );
  (tenants.authorization?.roles ?? []).forEach((role, i) => {
    const path = `spec.tenants.authorization.roles[${i}]`;
    checkRequired(out, path, role, ['name', 'permissions', 'resources', 'tenants']);
    (role.permissions ?? []).forEach((permission, j) =>
      checkEnum(out, `${path}.permissions[${j}]`, permission, SCHEMA_ENUMS.permission),
    );
  });
  (tenants.authorization?.roleBindings ?? []).forEach((binding, i) => {
    const path = `spec.tenants.authorization.roleBindings[${i}]`;
    checkRequired(out, path, binding, ['name', 'roles', 'subjects']);
    (binding.subjects ?? []).forEach((subject, j) => {
      checkRequired(out, `${path}.subjects[${j}]`, subject, ['kind', 'name']);
      checkEnum(out, `${path}.subjects[${j}].kind`, subject.kind, SCHEMA_ENUMS.subjectKind);
    });
  });
};

const checkReplicationZones = (out: Finding[], stack: TempoStack): void => {
  (stack.spec?.replicationZones ?? []).forEach((zone, i) => {
    const path = `spec.replicationZones[${i}]`;
    checkRequired(out, path, zone, ['topologyKey']);
    const skew = zone.maxSkew;
    if (isMissing(skew) || (skew >= 1 && skew <= 2147483647)) return;
    const bound = skew < 1 ? 'greater than or equal to 1' : 'less than or equal to 2147483647';
    out.push({
      rule: 'schema.replicationZones.maxSkew',
      path: `${path}.maxSkew`,
      severity: 'error',
      message: `${path}.maxSkew in body should be ${bound}`,
      code: 'outOfRange',
      params: { min: 1, max: 2147483647 },
      value: skew,
    });
  });
};

const checkTemplate = (out: Finding[], stack: TempoStack): void => {
  const template = stack.spec?.template;
  const gateway = template?.gateway;
  const jaegerQuery = template?.queryFrontend?.jaegerQuery;
  if (gateway) checkRequired(out, 'spec.template.gateway', gateway, ['enabled']);
  const ingresses = [
    ['spec.template.gateway.ingress', gateway?.ingress],
    ['spec.template.queryFrontend.jaegerQuery.ingress', jaegerQuery?.ingress],
  ] as const;
  for (const [path, ingress] of ingresses) {
    checkEnum(out, `${path}.type`, ingress?.type, SCHEMA_ENUMS.ingressType);
    checkEnum(
      out,
      `${path}.route.termination`,
      ingress?.route?.termination,
      SCHEMA_ENUMS.termination,
    );
  }
  const resources: [string, ResourceRequirements | undefined][] = [
    ['spec.resources.total', stack.spec?.resources?.total],
    ['spec.template.distributor.component.resources', template?.distributor?.component?.resources],
    ['spec.template.ingester.resources', template?.ingester?.resources],
    ['spec.template.compactor.resources', template?.compactor?.resources],
    ['spec.template.querier.resources', template?.querier?.resources],
    [
      'spec.template.queryFrontend.component.resources',
      template?.queryFrontend?.component?.resources,
    ],
    ['spec.template.queryFrontend.jaegerQuery.resources', jaegerQuery?.resources],
    [
      'spec.template.queryFrontend.jaegerQuery.tempoQuery.resources',
      jaegerQuery?.tempoQuery?.resources,
    ],
    [
      'spec.template.queryFrontend.jaegerQuery.authentication.resources',
      jaegerQuery?.authentication?.resources,
    ],
    ['spec.template.gateway.component.resources', gateway?.component?.resources],
    [
      'spec.template.metricsGenerator.component.resources',
      template?.metricsGenerator?.component?.resources,
    ],
  ];
  for (const [path, requirements] of resources) checkResources(out, path, requirements);
};

/**
 * The CRD schema findings for a TempoStack (rule ids `schema.<field>`, `schema.quantity`,
 * `schema.metadata.name`), in the order: metadata, storage, enums, tenants, zones, template.
 */
export const validateSchema = (stack: TempoStack): Finding[] => {
  const out: Finding[] = [];
  const spec = stack.spec;
  checkName(out, stack);
  checkStorage(out, stack);
  checkQuantity(out, 'spec.storageSize', spec?.storageSize);
  checkEnum(out, 'spec.managementState', spec?.managementState, SCHEMA_ENUMS.managementState);
  checkEnum(out, 'spec.size', spec?.size, SCHEMA_ENUMS.size);
  checkEnum(
    out,
    'spec.hashRing.memberlist.instanceAddrType',
    spec?.hashRing?.memberlist?.instanceAddrType,
    SCHEMA_ENUMS.instanceAddrType,
  );
  checkTenants(out, stack);
  checkReplicationZones(out, stack);
  checkTemplate(out, stack);
  return out;
};
