/**
 * Name recommendations derived from Kubernetes limits (validation-rules.md §E); the operator does
 * not enforce them (it only rejects names over 63 characters, rule C1). All are warnings.
 */
import type { TempoStack } from './types';
import type { Finding } from './validation-types';

/** Longest name whose `tempo-NAME-query-frontend-discovery` Service name fits 63 characters. */
export const RECOMMENDED_MAX_NAME_LENGTH = 32;

/**
 * Longest `len(NAME) + len(NS)` for a default Route host, per route. The router's default host is
 * `<route name>-<NS>.<apps domain>` and its first DNS label may have at most 63 characters, so
 * `tempo-NAME-query-frontend-NS` leaves 63 − 22 = 41 and `tempo-NAME-gateway-NS` 63 − 15 = 48.
 * (validation-rules.md §E states 37 and 43; counting the characters gives these values.)
 */
export const ROUTE_HOST_MAX_NAME_NAMESPACE_LENGTH = {
  queryFrontend: 63 - 'tempo--query-frontend-'.length,
  gateway: 63 - 'tempo--gateway-'.length,
} as const;

const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const warning = (
  rule: string,
  path: string,
  code: string,
  message: string,
  params: Record<string, string | number>,
): Finding => ({ rule, path, severity: 'warning', message, code, params });

const routeHostFinding = (
  name: string,
  namespace: string,
  route: keyof typeof ROUTE_HOST_MAX_NAME_NAMESPACE_LENGTH,
  path: string,
): Finding[] => {
  const max = ROUTE_HOST_MAX_NAME_NAMESPACE_LENGTH[route];
  const length = name.length + namespace.length;
  if (length <= max) return [];
  const routeName = route === 'gateway' ? 'gateway' : 'query-frontend';
  return [
    warning(
      'E.routeHostLength',
      path,
      'routeHostTooLong',
      `the default host of Route tempo-${name}-${routeName} needs name and namespace together to be at most ${max} characters (${length}); set a host`,
      { max, length, route: routeName },
    ),
  ];
};

/**
 * §E recommendations for an effective (defaulted) TempoStack: name length (≤ 32, rule
 * `E.nameLength`), DNS-1035 name format (`E.nameFormat`) and default Route host length
 * (`E.routeHostLength`). Each is skipped while a hard error already covers the name.
 */
export const validateNameRecommendations = (stack: TempoStack): Finding[] => {
  const name = stack.metadata?.name ?? '';
  const namespace = stack.metadata?.namespace ?? '';
  const validName = name !== '' && name.length <= 63 && DNS1123_SUBDOMAIN.test(name);
  if (!validName) return [];
  const findings: Finding[] = [];
  if (name.length > RECOMMENDED_MAX_NAME_LENGTH) {
    findings.push(
      warning(
        'E.nameLength',
        'metadata.name',
        'nameTooLongForServices',
        `names longer than ${RECOMMENDED_MAX_NAME_LENGTH} characters make the Service tempo-${name}-query-frontend-discovery exceed 63 characters`,
        { max: RECOMMENDED_MAX_NAME_LENGTH, length: name.length },
      ),
    );
  }
  if (!DNS1035_LABEL.test(name)) {
    findings.push(
      warning(
        'E.nameFormat',
        'metadata.name',
        'nameNotDns1035',
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        { name },
      ),
    );
  }
  if (namespace === '') return findings;
  const template = stack.spec?.template;
  const gateway = template?.gateway;
  const jaegerIngress = template?.queryFrontend?.jaegerQuery?.ingress;
  if (gateway?.enabled) {
    if (gateway.ingress?.type === 'route' && !gateway.ingress.host) {
      findings.push(
        ...routeHostFinding(name, namespace, 'gateway', 'spec.template.gateway.ingress.host'),
      );
    }
  } else if (jaegerIngress?.type === 'route' && !jaegerIngress.host) {
    findings.push(
      ...routeHostFinding(
        name,
        namespace,
        'queryFrontend',
        'spec.template.queryFrontend.jaegerQuery.ingress.host',
      ),
    );
  }
  return findings;
};
