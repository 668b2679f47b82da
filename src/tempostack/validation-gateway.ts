/**
 * Gateway and tenancy validation of the TempoStack webhook (validation-rules.md §C 27–41): the
 * gateway check reports only its first failing rule (27–32) or the no-auth warning (33); the
 * tenant check reports only its first failing rule (34–41).
 */
import type { OperatorEnvironment } from './operator-environment';
import type { TempoStackSpec } from './types';
import { isLookupError, type Finding, type ValidationLookups } from './validation-types';

const GATEWAY_ENABLED_PATH = 'spec.template.gateway.enabled';

const isIngressEnabled = (type: string | undefined): boolean =>
  type === 'ingress' || type === 'route';

const gatewayError = (
  rule: string,
  code: string,
  message: string,
  value: unknown = true,
): Finding => ({
  rule,
  path: GATEWAY_ENABLED_PATH,
  severity: 'error',
  message,
  code,
  value,
});

const tokenReviewFinding = (lookups: ValidationLookups, mode: string): Finding | undefined => {
  const allowed = lookups.userCanCreateTokenReviews;
  if (allowed === undefined || allowed === true) return undefined;
  const user = lookups.userName ?? '';
  const failed = isLookupError(allowed);
  const why = failed
    ? `failed to create subject access review: ${allowed.error}`
    : `user ${user} does not have permission to create tokenreviews.authentication.k8s.io`;
  return {
    rule: 'C32',
    path: 'spec.tenants.mode',
    severity: 'error',
    message: `Cannot enable OpenShift tenancy mode: ${why}`,
    code: failed ? 'tokenReviewCheckFailed' : 'tokenReviewPermissionMissing',
    params: { user },
    value: mode,
    valueFormat: 'json',
  };
};

/** The webhook's gateway check (rules C27–C33): at most one finding. */
export const validateGateway = (
  spec: TempoStackSpec,
  env: OperatorEnvironment,
  lookups: ValidationLookups,
): Finding[] => {
  const template = spec.template;
  const gateway = template?.gateway;
  const jaegerQuery = template?.queryFrontend?.jaegerQuery;
  if (!gateway?.enabled) {
    if (!env.featureGates.openshiftNoAuthWarning) return [];
    return [
      {
        rule: 'C33',
        path: GATEWAY_ENABLED_PATH,
        severity: 'warning',
        message:
          'TempoStack instances without gateway provide no authentication or authorization on the ingest or query paths, and are not supported on OpenShift',
        code: 'gatewayDisabledNoAuth',
      },
    ];
  }
  if (isIngressEnabled(jaegerQuery?.ingress?.type)) {
    return [
      gatewayError(
        'C27',
        'gatewayWithJaegerQueryIngress',
        'cannot enable gateway and jaeger query ingress at the same time, please use the Jaeger UI from the gateway',
      ),
    ];
  }
  if (gateway.rbac?.enabled && jaegerQuery?.enabled) {
    return [
      gatewayError(
        'C28',
        'gatewayRbacWithJaegerQuery',
        'cannot enable gateway and jaeger query at the same time. The Jaeger UI does not support query RBAC',
      ),
    ];
  }
  if (!spec.tenants) {
    return [
      gatewayError(
        'C29',
        'gatewayWithoutTenants',
        'to enable the gateway, please configure tenants',
      ),
    ];
  }
  if (gateway.ingress?.type === 'route' && !env.featureGates.openshiftRoute) {
    return [
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
    ];
  }
  if (template?.distributor?.tls?.enabled) {
    return [
      gatewayError(
        'C31',
        'gatewayWithDistributorTls',
        'Cannot enable gateway and distributor TLS at the same time',
      ),
    ];
  }
  if (spec.tenants.mode === 'openshift') {
    const finding = tokenReviewFinding(lookups, spec.tenants.mode);
    if (finding) return [finding];
  }
  return [];
};

const TENANT_RULES = {
  C34: ['tenantsAuthenticationRequired', 'spec.tenants.authentication is required in static mode'],
  C35: ['tenantsAuthorizationRequired', 'spec.tenants.authorization is required in static mode'],
  C36: ['tenantsRolesRequired', 'spec.tenants.authorization.roles is required in static mode'],
  C37: [
    'tenantsRoleBindingsRequired',
    'spec.tenants.authorization.roleBindings is required in static mode',
  ],
  C38: [
    'tenantsOidcRequired',
    'spec.tenants.authorization.oidc is required for each tenant in static mode',
  ],
  C39: ['openshiftModeRequiresGateway', 'openshift mode requires gateway enabled'],
  C40: [
    'openshiftModeAuthorizationForbidden',
    'spec.tenants.authorization should not be defined in openshift mode',
  ],
  C41: [
    'openshiftModeOidcForbidden',
    'spec.tenants.authentication.oidc should not be defined in openshift mode',
  ],
} as const;

type TenantRule = keyof typeof TENANT_RULES;

const isUnset = (value: unknown): boolean => value === undefined || value === null;

/** Go `ValidateTenantConfigs`: the first failing tenant rule, if any. */
const failingTenantRule = (
  spec: TempoStackSpec,
  gatewayEnabled: boolean,
): TenantRule | undefined => {
  const tenants = spec.tenants;
  if (!tenants) return undefined;
  const authentication = tenants.authentication;
  const authorization = tenants.authorization;
  if ((tenants.mode ?? 'static') === 'static') {
    if (!gatewayEnabled) return undefined;
    if (isUnset(authentication)) return 'C34';
    if (isUnset(authorization)) return 'C35';
    if (isUnset(authorization?.roles)) return 'C36';
    if (isUnset(authorization?.roleBindings)) return 'C37';
    return authentication?.some((auth) => isUnset(auth.oidc)) ? 'C38' : undefined;
  }
  if (tenants.mode !== 'openshift') return undefined;
  if (!gatewayEnabled) return 'C39';
  if (!isUnset(authorization)) return 'C40';
  return authentication?.some((auth) => !isUnset(auth.oidc)) ? 'C41' : undefined;
};

/** The webhook's tenant configuration check (rules C34–C41): at most one finding. */
export const validateTenants = (spec: TempoStackSpec): Finding[] => {
  const gatewayEnabled = spec.template?.gateway?.enabled === true;
  const rule = failingTenantRule(spec, gatewayEnabled);
  if (!rule) return [];
  const [code, message] = TENANT_RULES[rule];
  return [
    {
      rule,
      path: 'spec.template.tenants',
      severity: 'error',
      message,
      code,
      value: gatewayEnabled,
    },
  ];
};
