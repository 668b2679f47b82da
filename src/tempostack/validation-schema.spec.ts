import { describe, expect, it } from 'vitest';
import type { TempoStack } from './types';
import { isDns1123Subdomain, QUANTITY_PATTERN, validateSchema } from './validation-schema';

const makeStack = (spec: Record<string, unknown> = {}, name = 'simplest'): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, namespace: 'observability' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const brief = (stack: TempoStack) =>
  validateSchema(stack).map(({ rule, path, message }) => ({ rule, path, message }));

describe('validateSchema', () => {
  it('accepts a valid stack', () => {
    expect(validateSchema(makeStack())).toEqual([]);
  });

  it('requires a name (unless generateName is set)', () => {
    expect(brief(makeStack({}, ''))).toEqual([
      {
        rule: 'schema.metadata.name',
        path: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ]);
    const generated = makeStack({}, '');
    generated.metadata.generateName = 'tempo-';
    expect(validateSchema(generated)).toEqual([]);
  });

  it.each(['Simplest', 'has_underscore', '-leading', 'trailing.'])(
    'rejects the object name %j as the API server does',
    (name) => {
      expect(validateSchema(makeStack({}, name))).toEqual([
        expect.objectContaining({
          rule: 'schema.metadata.name',
          path: 'metadata.name',
          value: name,
          message:
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        }),
      ]);
    },
  );

  it('rejects names over 253 characters', () => {
    const findings = validateSchema(makeStack({}, 'a'.repeat(254)));
    expect(findings.map((f) => f.message)).toEqual(['must be no more than 253 characters']);
  });

  it.each([
    ['my.stack', true],
    ['1abc', true],
    ['Abc', false],
    ['a'.repeat(254), false],
  ])('isDns1123Subdomain(%j) is %s', (name, expected) => {
    expect(isDns1123Subdomain(name)).toBe(expected);
  });

  it('requires spec.storage and spec.storage.secret', () => {
    expect(brief(makeStack({ storage: undefined }))).toEqual([
      { rule: 'schema.storage', path: 'spec.storage', message: 'Required value' },
    ]);
    expect(brief(makeStack({ storage: {} }))).toEqual([
      { rule: 'schema.storage.secret', path: 'spec.storage.secret', message: 'Required value' },
    ]);
  });

  it('requires the storage secret name and type', () => {
    expect(validateSchema(makeStack({ storage: { secret: {} } }))).toEqual([
      {
        rule: 'schema.storage.secret.name',
        path: 'spec.storage.secret.name',
        severity: 'error',
        message: 'Required value',
        code: 'required',
        errorType: 'Required',
      },
      expect.objectContaining({ path: 'spec.storage.secret.type', message: 'Required value' }),
    ]);
  });

  it('rejects an empty storage secret name (minLength 1)', () => {
    expect(brief(makeStack({ storage: { secret: { name: '', type: 's3' } } }))).toEqual([
      {
        rule: 'schema.storage.secret.name',
        path: 'spec.storage.secret.name',
        message: 'spec.storage.secret.name in body should be at least 1 chars long',
      },
    ]);
  });

  it.each([
    [
      { storage: { secret: { name: 'x', type: 'minio' } } },
      'spec.storage.secret.type',
      'Unsupported value: "minio": supported values: "azure", "gcs", "s3"',
    ],
    [
      { storage: { secret: { name: 'x', type: '' } } },
      'spec.storage.secret.type',
      'Unsupported value: "": supported values: "azure", "gcs", "s3"',
    ],
    [
      { storage: { secret: { name: 'x', type: 's3', credentialMode: 'sts' } } },
      'spec.storage.secret.credentialMode',
      'Unsupported value: "sts": supported values: "static", "token", "token-cco"',
    ],
    [
      { managementState: 'managed' },
      'spec.managementState',
      'Unsupported value: "managed": supported values: "Managed", "Unmanaged"',
    ],
    [
      { size: '1x.large' },
      'spec.size',
      'Unsupported value: "1x.large": supported values: "1x.demo", "1x.pico", "1x.extra-small", "1x.small", "1x.medium"',
    ],
    [
      { tenants: { mode: 'dynamic' } },
      'spec.tenants.mode',
      'Unsupported value: "dynamic": supported values: "static", "openshift"',
    ],
    [
      { template: { gateway: { enabled: true, ingress: { type: 'loadbalancer' } } } },
      'spec.template.gateway.ingress.type',
      'Unsupported value: "loadbalancer": supported values: "ingress", "route", "none", ""',
    ],
    [
      { template: { gateway: { enabled: true, ingress: { route: { termination: 'tls' } } } } },
      'spec.template.gateway.ingress.route.termination',
      'Unsupported value: "tls": supported values: "insecure", "edge", "passthrough", "reencrypt"',
    ],
    [
      { template: { queryFrontend: { jaegerQuery: { ingress: { type: 5 } } } } },
      'spec.template.queryFrontend.jaegerQuery.ingress.type',
      'Unsupported value: 5: supported values: "ingress", "route", "none", ""',
    ],
    [
      {
        template: {
          queryFrontend: { jaegerQuery: { ingress: { route: { termination: 'Edge' } } } },
        },
      },
      'spec.template.queryFrontend.jaegerQuery.ingress.route.termination',
      'Unsupported value: "Edge": supported values: "insecure", "edge", "passthrough", "reencrypt"',
    ],
    [
      {
        tenants: {
          authorization: {
            roles: [{ name: 'r', resources: [], tenants: [], permissions: ['read', 'admin'] }],
          },
        },
      },
      'spec.tenants.authorization.roles[0].permissions[1]',
      'Unsupported value: "admin": supported values: "read", "write"',
    ],
    [
      {
        tenants: {
          authorization: {
            roleBindings: [
              { name: 'b', roles: [], subjects: [{ name: 'u', kind: 'serviceaccount' }] },
            ],
          },
        },
      },
      'spec.tenants.authorization.roleBindings[0].subjects[0].kind',
      'Unsupported value: "serviceaccount": supported values: "user", "group"',
    ],
    [
      { hashRing: { memberlist: { instanceAddrType: 'hostIP' } } },
      'spec.hashRing.memberlist.instanceAddrType',
      'Unsupported value: "hostIP": supported values: "default", "podIP"',
    ],
  ])('enum: %j → %s', (spec, path, message) => {
    expect(validateSchema(makeStack(spec))).toEqual([
      expect.objectContaining({
        path,
        message,
        code: 'unsupportedValue',
        errorType: 'NotSupported',
      }),
    ]);
  });

  it('names the enum rule after the field, without indexes', () => {
    const findings = validateSchema(
      makeStack({
        tenants: {
          authorization: {
            roles: [{ name: 'r', resources: [], tenants: [], permissions: ['admin'] }],
          },
        },
      }),
    );
    expect(findings[0].rule).toBe('schema.tenants.authorization.roles.permissions');
    expect(findings[0].params).toEqual({ value: 'admin', supported: 'read, write' });
  });

  it('requires tenantName and tenantId of each tenant', () => {
    const stack = makeStack({
      tenants: { authentication: [{ tenantName: 'dev', tenantId: '1' }, {}] },
    });
    expect(brief(stack)).toEqual([
      {
        rule: 'schema.tenants.authentication.tenantId',
        path: 'spec.tenants.authentication[1].tenantId',
        message: 'Required value',
      },
      {
        rule: 'schema.tenants.authentication.tenantName',
        path: 'spec.tenants.authentication[1].tenantName',
        message: 'Required value',
      },
    ]);
  });

  it('requires the fields of roles, role bindings and subjects', () => {
    const stack = makeStack({
      tenants: { authorization: { roles: [{}], roleBindings: [{ subjects: [{}] }] } },
    });
    expect(validateSchema(stack).map((f) => f.path)).toEqual([
      'spec.tenants.authorization.roles[0].name',
      'spec.tenants.authorization.roles[0].permissions',
      'spec.tenants.authorization.roles[0].resources',
      'spec.tenants.authorization.roles[0].tenants',
      'spec.tenants.authorization.roleBindings[0].name',
      'spec.tenants.authorization.roleBindings[0].roles',
      'spec.tenants.authorization.roleBindings[0].subjects[0].kind',
      'spec.tenants.authorization.roleBindings[0].subjects[0].name',
    ]);
  });

  it('requires gateway.enabled when the gateway is present', () => {
    expect(brief(makeStack({ template: { gateway: {} } }))).toEqual([
      {
        rule: 'schema.template.gateway.enabled',
        path: 'spec.template.gateway.enabled',
        message: 'Required value',
      },
    ]);
  });

  it.each([
    [0, 'greater than or equal to 1'],
    [2147483648, 'less than or equal to 2147483647'],
  ])('replicationZones maxSkew %d must be %s', (maxSkew, bound) => {
    expect(brief(makeStack({ replicationZones: [{ topologyKey: 'zone', maxSkew }] }))).toEqual([
      {
        rule: 'schema.replicationZones.maxSkew',
        path: 'spec.replicationZones[0].maxSkew',
        message: `spec.replicationZones[0].maxSkew in body should be ${bound}`,
      },
    ]);
  });

  it('requires the topology key of a zone (maxSkew has a default)', () => {
    expect(brief(makeStack({ replicationZones: [{ maxSkew: 1 }, {}] }))).toEqual([
      {
        rule: 'schema.replicationZones.topologyKey',
        path: 'spec.replicationZones[0].topologyKey',
        message: 'Required value',
      },
      {
        rule: 'schema.replicationZones.topologyKey',
        path: 'spec.replicationZones[1].topologyKey',
        message: 'Required value',
      },
    ]);
  });

  it.each(['10Gi', '1.5G', '+1', '500m', '1e3', '.5Ki', 20, 0])(
    'accepts the quantity %j',
    (value) => {
      expect(validateSchema(makeStack({ storageSize: value }))).toEqual([]);
    },
  );

  it.each(['10 Gi', '1GB', 'ten', '', '1.2.3', 1.5])('rejects the quantity %j', (value) => {
    expect(validateSchema(makeStack({ storageSize: value }))).toEqual([
      {
        rule: 'schema.quantity',
        path: 'spec.storageSize',
        severity: 'error',
        message: `spec.storageSize in body should match '${QUANTITY_PATTERN}'`,
        code: 'invalidQuantity',
        params: { value: String(value) },
        value,
      },
    ]);
  });

  it('prints the CRD pattern verbatim', () => {
    expect(QUANTITY_PATTERN).toBe(
      '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
    );
  });

  it('checks every resources quantity of the spec', () => {
    const bad = { limits: { cpu: 'x' }, requests: { memory: 'y' } };
    const stack = makeStack({
      resources: { total: bad },
      template: {
        distributor: { component: { resources: bad } },
        ingester: { resources: bad },
        compactor: { resources: bad },
        querier: { resources: bad },
        queryFrontend: {
          component: { resources: bad },
          jaegerQuery: {
            resources: bad,
            tempoQuery: { resources: bad },
            authentication: { resources: bad },
          },
        },
        gateway: { enabled: true, component: { resources: bad } },
        metricsGenerator: { component: { resources: bad } },
      },
    });
    const paths = validateSchema(stack).map((f) => f.path);
    expect(paths).toHaveLength(22);
    expect(paths).toEqual(
      expect.arrayContaining([
        'spec.resources.total.limits.cpu',
        'spec.resources.total.requests.memory',
        'spec.template.distributor.component.resources.limits.cpu',
        'spec.template.ingester.resources.requests.memory',
        'spec.template.compactor.resources.limits.cpu',
        'spec.template.querier.resources.limits.cpu',
        'spec.template.queryFrontend.component.resources.limits.cpu',
        'spec.template.queryFrontend.jaegerQuery.resources.limits.cpu',
        'spec.template.queryFrontend.jaegerQuery.tempoQuery.resources.limits.cpu',
        'spec.template.queryFrontend.jaegerQuery.authentication.resources.requests.memory',
        'spec.template.gateway.component.resources.limits.cpu',
        'spec.template.metricsGenerator.component.resources.requests.memory',
      ]),
    );
  });
});
