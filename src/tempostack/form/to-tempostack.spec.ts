import type { TempoStack } from '../types';
import { emptyFormValues, emptyTenant, toFormValues } from './form-values';
import type { TempoStackFormValues } from './form-types';
import { toTempoStack } from './to-tempostack';

const stored = (): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: {
    name: 'simplest',
    namespace: 'team-a',
    resourceVersion: '7',
    labels: { 'added-by': 'kubectl' },
    annotations: { 'example.com/note': 'keep me' },
  },
  spec: {
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '200M',
    template: {
      queryFrontend: {
        jaegerQuery: {
          enabled: true,
          ingress: { type: 'route', host: 'example.com', annotations: { a: 'b' } },
          futureSetting: 'x',
        } as never,
      },
    },
    newerTopLevelField: { deep: [1, 2] },
  } as TempoStack['spec'],
  status: { conditions: [] },
});

const edit = (stack: TempoStack, change: (values: TempoStackFormValues) => void): TempoStack => {
  const values = structuredClone(toFormValues(stack));
  change(values);
  return toTempoStack(values, stack);
};

describe('toTempoStack keeps what the form does not show', () => {
  it('keeps unknown spec fields, labels, annotations and status through an edit', () => {
    const result = edit(stored(), (v) => {
      v.storage.storageSize = '1Gi';
    });
    expect(result.spec.storageSize).toBe('1Gi');
    expect(result.metadata).toEqual(stored().metadata);
    expect(result.status).toEqual({ conditions: [] });
    expect((result.spec as unknown as Record<string, unknown>).newerTopLevelField).toEqual({
      deep: [1, 2],
    });
    expect(result.spec.template?.queryFrontend?.jaegerQuery).toMatchObject({ futureSetting: 'x' });
  });

  it('does not change the base object', () => {
    const base = stored();
    edit(base, (v) => {
      v.query.host = 'other.example.com';
    });
    expect(base).toEqual(stored());
  });

  it('keeps a stored number where the form shows the same text', () => {
    const base = stored();
    base.spec.storageSize = 5;
    expect(edit(base, () => undefined).spec.storageSize).toBe(5);
  });
});

describe('toTempoStack writes what the user changed', () => {
  it('removes a cleared field and the parents left empty, but no others', () => {
    const result = edit(stored(), (v) => {
      v.query.host = '';
      v.query.annotations = [];
      v.query.ingressType = 'none';
    });
    expect(result.spec.template?.queryFrontend?.jaegerQuery).toEqual({
      enabled: true,
      futureSetting: 'x',
    });
  });

  it('writes annotations from the key-value list, skipping blank keys', () => {
    const result = edit(stored(), (v) => {
      v.query.annotations = [
        { key: 'haproxy.router.openshift.io/timeout', value: '5m' },
        { key: ' ', value: 'ignored' },
      ];
    });
    expect(result.spec.template?.queryFrontend?.jaegerQuery?.ingress?.annotations).toEqual({
      'haproxy.router.openshift.io/timeout': '5m',
    });
  });

  it('writes integers as numbers and leaves out text that is not one', () => {
    const values = emptyFormValues('ns');
    values.sizing.replicationFactor = '3';
    values.sizing.components.ingester.replicas = 'two';
    const result = toTempoStack(values);
    expect(result.spec.replicationFactor).toBe(3);
    expect(result.spec.template?.ingester).toBeUndefined();
  });

  it('turns the gateway on and keeps `enabled` whenever the gateway object exists', () => {
    const values = emptyFormValues('ns');
    values.sizing.components.gateway.cpuLimit = '100m';
    expect(toTempoStack(values).spec.template?.gateway).toEqual({
      enabled: false,
      component: { resources: { limits: { cpu: '100m' } } },
    });
    values.tenancy.gatewayEnabled = true;
    expect(toTempoStack(values).spec.template?.gateway?.enabled).toBe(true);
  });

  it('writes explicit management state only when Unmanaged', () => {
    const values = emptyFormValues('ns');
    expect(toTempoStack(values).spec.managementState).toBeUndefined();
    values.managementState = 'Unmanaged';
    expect(toTempoStack(values).spec.managementState).toBe('Unmanaged');
  });
});

describe('Jaeger UI authentication', () => {
  const withAuth = (
    auth: TempoStackFormValues['query']['authentication'],
    sar = '',
  ): TempoStack => {
    const values = emptyFormValues('ns');
    values.query.authentication = auth;
    values.query.sar = sar;
    return toTempoStack(values);
  };

  it('leaves it unset by default so the operator decides', () => {
    expect(withAuth('default').spec.template).toBeUndefined();
  });

  it('writes enabled with a custom SubjectAccessReview', () => {
    expect(
      withAuth('enabled', '{"verb":"get"}').spec.template?.queryFrontend?.jaegerQuery
        ?.authentication,
    ).toEqual({
      enabled: true,
      sar: '{"verb":"get"}',
    });
  });

  it('writes an explicit false to switch the default off', () => {
    expect(withAuth('disabled').spec.template?.queryFrontend?.jaegerQuery?.authentication).toEqual({
      enabled: false,
    });
  });

  it('goes back to the default by removing the setting', () => {
    const base = withAuth('enabled', 'x');
    const values = toFormValues(base);
    values.query.authentication = 'default';
    expect(toTempoStack(values, base).spec.template).toBeUndefined();
  });

  it('turns a stored true off explicitly', () => {
    const base = withAuth('enabled');
    const values = toFormValues(base);
    values.query.authentication = 'disabled';
    expect(
      toTempoStack(values, base).spec.template?.queryFrontend?.jaegerQuery?.authentication,
    ).toEqual({
      enabled: false,
    });
  });
});

describe('tenancy', () => {
  const staticValues = (): TempoStackFormValues => {
    const values = emptyFormValues('ns');
    values.tenancy.mode = 'static';
    values.tenancy.gatewayEnabled = true;
    values.tenancy.tenants = [
      {
        ...emptyTenant('id-1'),
        name: 'dev',
        oidcSecretName: 'dev-oidc',
        issuerURL: 'https://sso.example.com',
      },
    ];
    values.tenancy.roles = [
      { name: 'read-write', resources: 'logs, traces', tenants: 'dev', read: true, write: true },
    ];
    values.tenancy.roleBindings = [
      {
        name: 'rb',
        roles: 'read-write',
        subjects: [
          { kind: 'group', name: 'admins' },
          { kind: 'user', name: ' ' },
        ],
      },
    ];
    return values;
  };

  it('writes static mode with OIDC, roles and role bindings', () => {
    expect(toTempoStack(staticValues()).spec.tenants).toEqual({
      mode: 'static',
      authentication: [
        {
          tenantName: 'dev',
          tenantId: 'id-1',
          oidc: { secret: { name: 'dev-oidc' }, issuerURL: 'https://sso.example.com' },
        },
      ],
      authorization: {
        roles: [
          {
            name: 'read-write',
            resources: ['logs', 'traces'],
            tenants: ['dev'],
            permissions: ['read', 'write'],
          },
        ],
        roleBindings: [
          { name: 'rb', roles: ['read-write'], subjects: [{ kind: 'group', name: 'admins' }] },
        ],
      },
    });
  });

  it('keeps tenancy when the last tenant is removed', () => {
    const values = staticValues();
    values.tenancy.tenants = [];
    values.tenancy.roles = [];
    values.tenancy.roleBindings = [];
    expect(toTempoStack(values).spec.tenants).toEqual({ mode: 'static' });
  });

  it('removes tenancy entirely for "none"', () => {
    const base = toTempoStack(staticValues());
    const values = toFormValues(base);
    values.tenancy.mode = 'none';
    expect(toTempoStack(values, base).spec.tenants).toBeUndefined();
  });

  it('does not write OIDC or authorization in openshift mode, and keeps unknown tenant fields', () => {
    const base = toTempoStack(staticValues());
    (base.spec.tenants?.authentication?.[0] as unknown as Record<string, unknown>).extra = 1;
    const values = toFormValues(base);
    values.tenancy.mode = 'openshift';
    values.tenancy.tenants[0].issuerURL = 'https://changed.example.com';
    const tenants = toTempoStack(values, base).spec.tenants;
    expect(tenants?.mode).toBe('openshift');
    expect(tenants?.authentication?.[0]).toMatchObject({
      extra: 1,
      oidc: { issuerURL: 'https://sso.example.com' },
    });
  });

  it('keeps the stored order of permissions', () => {
    const base = toTempoStack(staticValues());
    base.spec.tenants!.authorization!.roles![0].permissions = ['write', 'read'];
    expect(
      toTempoStack(toFormValues(base), base).spec.tenants?.authorization?.roles?.[0].permissions,
    ).toEqual(['write', 'read']);
  });
});
