import { describe, expect, it } from 'vitest';
import { COMMUNITY_ENVIRONMENT, OPENSHIFT_ENVIRONMENT } from './operator-environment';
import type { TempoStackSpec, TenantsSpec } from './types';
import { validateGateway, validateTenants } from './validation-gateway';
import type { ValidationLookups } from './validation-types';

const STATIC_TENANTS: TenantsSpec = {
  mode: 'static',
  authentication: [{ tenantName: 'dev', tenantId: '1', oidc: { issuerURL: 'https://idp' } }],
  authorization: { roles: [], roleBindings: [] },
};

const withGateway = (spec: TempoStackSpec = {} as TempoStackSpec): TempoStackSpec => ({
  ...spec,
  storage: { secret: { name: 's', type: 's3' } },
  tenants: spec.tenants === undefined ? STATIC_TENANTS : spec.tenants,
  template: { ...spec.template, gateway: { enabled: true, ...spec.template?.gateway } },
});

const gatewayRules = (
  spec: TempoStackSpec,
  lookups: ValidationLookups = {},
  env = OPENSHIFT_ENVIRONMENT,
) => validateGateway(spec, env, lookups).map((f) => f.rule);

describe('validateGateway', () => {
  it('passes a gateway with tenants', () => {
    expect(validateGateway(withGateway(), OPENSHIFT_ENVIRONMENT, {})).toEqual([]);
  });

  it.each(['ingress', 'route'] as const)('C27: gateway with a Jaeger Query %s', (type) => {
    const spec = withGateway({
      template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type } } } },
    } as TempoStackSpec);
    expect(validateGateway(spec, OPENSHIFT_ENVIRONMENT, {})).toEqual([
      {
        rule: 'C27',
        path: 'spec.template.gateway.enabled',
        severity: 'error',
        message:
          'cannot enable gateway and jaeger query ingress at the same time, please use the Jaeger UI from the gateway',
        code: 'gatewayWithJaegerQueryIngress',
        value: true,
      },
    ]);
  });

  it('C28: gateway RBAC with Jaeger Query', () => {
    const spec = withGateway({
      template: {
        gateway: { enabled: true, rbac: { enabled: true } },
        queryFrontend: { jaegerQuery: { enabled: true } },
      },
    } as TempoStackSpec);
    expect(validateGateway(spec, OPENSHIFT_ENVIRONMENT, {})).toEqual([
      expect.objectContaining({
        rule: 'C28',
        message:
          'cannot enable gateway and jaeger query at the same time. The Jaeger UI does not support query RBAC',
      }),
    ]);
    const withoutRbac = withGateway({
      template: { queryFrontend: { jaegerQuery: { enabled: true } } },
    } as TempoStackSpec);
    expect(gatewayRules(withoutRbac)).toEqual([]);
  });

  it('C29: gateway without tenants', () => {
    const spec: TempoStackSpec = { ...withGateway(), tenants: undefined };
    expect(validateGateway(spec, OPENSHIFT_ENVIRONMENT, {})).toEqual([
      expect.objectContaining({
        rule: 'C29',
        path: 'spec.template.gateway.enabled',
        message: 'to enable the gateway, please configure tenants',
      }),
    ]);
  });

  it('C30: gateway route without the route gate', () => {
    const spec = withGateway({
      template: { gateway: { enabled: true, ingress: { type: 'route' } } },
    } as TempoStackSpec);
    expect(validateGateway(spec, COMMUNITY_ENVIRONMENT, {})).toEqual([
      {
        rule: 'C30',
        path: 'spec.template.gateway.ingress.type',
        severity: 'error',
        message:
          'please enable the featureGates.openshift.openshiftRoute feature gate to use Routes',
        code: 'gatewayRouteWithoutRouteGate',
        value: 'route',
        valueFormat: 'json',
      },
    ]);
    expect(gatewayRules(spec)).toEqual([]);
  });

  it('C31: gateway with distributor TLS', () => {
    const spec = withGateway({
      template: { distributor: { tls: { enabled: true } } },
    } as TempoStackSpec);
    expect(validateGateway(spec, OPENSHIFT_ENVIRONMENT, {})).toEqual([
      expect.objectContaining({
        rule: 'C31',
        message: 'Cannot enable gateway and distributor TLS at the same time',
      }),
    ]);
  });

  const openshift = withGateway({ tenants: { mode: 'openshift' } } as TempoStackSpec);

  it('C32: the requesting user must be allowed to create token reviews', () => {
    expect(
      validateGateway(openshift, OPENSHIFT_ENVIRONMENT, {
        userCanCreateTokenReviews: false,
        userName: 'developer',
      }),
    ).toEqual([
      {
        rule: 'C32',
        path: 'spec.tenants.mode',
        severity: 'error',
        message:
          'Cannot enable OpenShift tenancy mode: user developer does not have permission to create tokenreviews.authentication.k8s.io',
        code: 'tokenReviewPermissionMissing',
        params: { user: 'developer' },
        value: 'openshift',
        valueFormat: 'json',
      },
    ]);
  });

  it('C32: a failed SubjectAccessReview is reported', () => {
    const findings = validateGateway(openshift, OPENSHIFT_ENVIRONMENT, {
      userCanCreateTokenReviews: { error: 'connection refused' },
    });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'C32',
        code: 'tokenReviewCheckFailed',
        message:
          'Cannot enable OpenShift tenancy mode: failed to create subject access review: connection refused',
      }),
    ]);
  });

  it.each([[true], [undefined]])('C32: no finding when allowed or not checked (%s)', (allowed) => {
    expect(gatewayRules(openshift, { userCanCreateTokenReviews: allowed })).toEqual([]);
  });

  it('C32 is not checked in static mode', () => {
    expect(gatewayRules(withGateway(), { userCanCreateTokenReviews: false })).toEqual([]);
  });

  it('reports only the first failing gateway rule', () => {
    const spec: TempoStackSpec = {
      ...withGateway({
        template: {
          gateway: { enabled: true, rbac: { enabled: true }, ingress: { type: 'route' } },
          queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } },
          distributor: { tls: { enabled: true } },
        },
      } as TempoStackSpec),
      tenants: undefined,
    };
    expect(gatewayRules(spec, {}, COMMUNITY_ENVIRONMENT)).toEqual(['C27']);
  });

  it('C33: a stack without gateway is warned about on OpenShift only', () => {
    const spec = { storage: { secret: { name: 's', type: 's3' } } } as TempoStackSpec;
    expect(validateGateway(spec, OPENSHIFT_ENVIRONMENT, {})).toEqual([
      {
        rule: 'C33',
        path: 'spec.template.gateway.enabled',
        severity: 'warning',
        message:
          'TempoStack instances without gateway provide no authentication or authorization on the ingest or query paths, and are not supported on OpenShift',
        code: 'gatewayDisabledNoAuth',
      },
    ]);
    expect(validateGateway(spec, COMMUNITY_ENVIRONMENT, {})).toEqual([]);
  });
});

const tenantSpec = (tenants: TenantsSpec | undefined, gatewayEnabled: boolean): TempoStackSpec => ({
  storage: { secret: { name: 's', type: 's3' } },
  tenants,
  template: { gateway: { enabled: gatewayEnabled } },
});

describe('validateTenants', () => {
  it.each([
    [
      'C34',
      'tenantsAuthenticationRequired',
      { mode: 'static' },
      'spec.tenants.authentication is required in static mode',
    ],
    [
      'C35',
      'tenantsAuthorizationRequired',
      { mode: 'static', authentication: [] },
      'spec.tenants.authorization is required in static mode',
    ],
    [
      'C36',
      'tenantsRolesRequired',
      { mode: 'static', authentication: [], authorization: {} },
      'spec.tenants.authorization.roles is required in static mode',
    ],
    [
      'C37',
      'tenantsRoleBindingsRequired',
      { mode: 'static', authentication: [], authorization: { roles: [] } },
      'spec.tenants.authorization.roleBindings is required in static mode',
    ],
    [
      'C38',
      'tenantsOidcRequired',
      { ...STATIC_TENANTS, authentication: [{ tenantName: 'a', tenantId: '1' }] },
      'spec.tenants.authorization.oidc is required for each tenant in static mode',
    ],
    [
      'C34',
      'tenantsAuthenticationRequired',
      {},
      'spec.tenants.authentication is required in static mode',
    ],
  ] as const)('%s: static mode with the gateway: %j', (rule, code, tenants, message) => {
    expect(validateTenants(tenantSpec(tenants as TenantsSpec, true))).toEqual([
      {
        rule,
        path: 'spec.template.tenants',
        severity: 'error',
        message,
        code,
        value: true,
      },
    ]);
  });

  it('static mode without the gateway needs nothing', () => {
    expect(validateTenants(tenantSpec({ mode: 'static' }, false))).toEqual([]);
    expect(validateTenants(tenantSpec(STATIC_TENANTS, true))).toEqual([]);
    expect(validateTenants(tenantSpec(undefined, true))).toEqual([]);
  });

  it.each([
    ['C39', { mode: 'openshift' }, false, 'openshift mode requires gateway enabled'],
    [
      'C40',
      { mode: 'openshift', authorization: {} },
      true,
      'spec.tenants.authorization should not be defined in openshift mode',
    ],
    [
      'C41',
      { mode: 'openshift', authentication: [{ tenantName: 'a', tenantId: '1', oidc: {} }] },
      true,
      'spec.tenants.authentication.oidc should not be defined in openshift mode',
    ],
  ] as const)('%s: openshift mode %j (gateway %s)', (rule, tenants, gateway, message) => {
    expect(validateTenants(tenantSpec(tenants as TenantsSpec, gateway))).toEqual([
      expect.objectContaining({ rule, message, path: 'spec.template.tenants', value: gateway }),
    ]);
  });

  it('openshift mode with the gateway and plain tenants passes', () => {
    const tenants: TenantsSpec = {
      mode: 'openshift',
      authentication: [{ tenantName: 'a', tenantId: '1' }],
    };
    expect(validateTenants(tenantSpec(tenants, true))).toEqual([]);
  });

  it('an unknown mode is left to the schema', () => {
    expect(
      validateTenants(tenantSpec({ mode: 'dynamic' } as unknown as TenantsSpec, true)),
    ).toEqual([]);
  });
});
