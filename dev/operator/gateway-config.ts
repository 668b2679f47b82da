/**
 * The gateway's configuration objects: `rbac.yaml` (ConfigMap `tempo-NAME-gateway`) and
 * `tenants.yaml` (Secret `tempo-NAME-gateway`, with the OIDC client secrets in static mode), in
 * the observatorium API's format. Static mode uses the CR's roles and bindings; OpenShift mode
 * authenticates with OpenShift OAuth and authorizes through OPA, as the operator configures it.
 */
import { stringify } from 'yaml';
import { objectName } from '../../src/tempostack/naming';
import type { ManifestContext } from './manifest-context';

/** `rbac.yaml` of the gateway. */
export const gatewayRbac = (ctx: ManifestContext): string => {
  const authorization = ctx.stack.spec.tenants?.authorization;
  return stringify({
    roles: (authorization?.roles ?? []).map((r) => ({
      name: r.name,
      resources: r.resources,
      tenants: r.tenants,
      permissions: r.permissions,
    })),
    roleBindings: (authorization?.roleBindings ?? []).map((b) => ({
      name: b.name,
      roles: b.roles,
      subjects: b.subjects,
    })),
  });
};

/** `tenants.yaml` of the gateway (contains client secrets in static mode). */
export const gatewayTenants = (ctx: ManifestContext): string => {
  const { stack } = ctx;
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  const openshift = stack.spec.tenants?.mode === 'openshift';
  const gatewayHost = `${objectName(name, 'gateway')}-${ns}.${ctx.appsDomain}`;
  return stringify({
    tenants: (stack.spec.tenants?.authentication ?? []).map((t) => {
      if (openshift) {
        return {
          name: t.tenantName,
          id: t.tenantId,
          openshift: {
            serviceAccount: objectName(name, 'gateway'),
            redirectURL: `https://${gatewayHost}/openshift/${t.tenantName}/callback`,
            cookieSecret: 'placeholder-cookie-secret-0123456789abcdef',
          },
          opa: { url: `http://localhost:8082/v1/data/tempostack/allow`, withAccessToken: true },
        };
      }
      const secret = ctx.tenantSecrets[t.tenantName];
      return {
        name: t.tenantName,
        id: t.tenantId,
        oidc: {
          clientID: secret?.clientID ?? '',
          clientSecret: secret?.clientSecret ?? '',
          issuerURL: t.oidc?.issuerURL ?? '',
          redirectURL: t.oidc?.redirectURL ?? '',
          usernameClaim: t.oidc?.usernameClaim ?? '',
          groupClaim: t.oidc?.groupClaim ?? '',
          ...(secret?.issuerCAPath ? { issuerCAPath: secret.issuerCAPath } : {}),
        },
      };
    }),
  });
};
