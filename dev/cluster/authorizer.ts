/**
 * Authentication (bearer token → user) and authorization (RBAC-like evaluation of
 * `rbac-policy.ts`), with the API server's Forbidden wording.
 */
import type { RequestUser } from './api';
import { forbidden } from './errors';
import { matchesLabels } from './label-selector';
import {
  type PolicyBinding,
  policyBindings,
  type PolicyRole,
  policyRoles,
  type PolicyRule,
  policyUsers,
} from './rbac-policy';

/** What a request wants to do (`authorizer.Attributes`). */
export interface Attributes {
  verb: string;
  /** Resource requests. */
  group?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests (`/version`, `/openapi/v3`). */
  path?: string;
}

/** The answer of the authorizer. */
export interface Decision {
  allowed: boolean;
  /** `RBAC: allowed by ClusterRoleBinding "x" of ClusterRole "y" to User "z"`, or empty. */
  reason: string;
}

/** The user a bearer token authenticates, or undefined. */
export function authenticate(token: string | undefined): RequestUser | undefined {
  const user = policyUsers.find((u) => u.token === token);
  return user && { name: user.name, groups: [...user.groups] };
}

/** The user named `name` in the policy (for impersonation and tests). */
export function policyUser(name: string): RequestUser | undefined {
  const user = policyUsers.find((u) => u.name === name);
  return user && { name: user.name, groups: [...user.groups] };
}

function matchesResource(rule: PolicyRule, attrs: Attributes): boolean {
  const resource = attrs.resource ?? '';
  const full = attrs.subresource ? `${resource}/${attrs.subresource}` : resource;
  if (rule.excludeResources?.includes(resource)) return false;
  const resources = rule.resources ?? [];
  const ok = resources.some(
    (r) =>
      r === '*' ||
      r === full ||
      (attrs.subresource && r === `*/${attrs.subresource}`) ||
      (!attrs.subresource && r === resource),
  );
  if (!ok) return false;
  if (rule.resourceNames?.length && !(attrs.name && rule.resourceNames.includes(attrs.name)))
    return false;
  return true;
}

function ruleAllows(rule: PolicyRule, attrs: Attributes): boolean {
  if (!rule.verbs.includes('*') && !rule.verbs.includes(attrs.verb)) return false;
  if (attrs.path !== undefined) {
    return (rule.nonResourceURLs ?? []).some(
      (u) =>
        u === '*' ||
        u === attrs.path ||
        (u.endsWith('*') && attrs.path?.startsWith(u.slice(0, -1))),
    );
  }
  if (!rule.apiGroups) return false;
  if (!rule.apiGroups.includes('*') && !rule.apiGroups.includes(attrs.group ?? '')) return false;
  return matchesResource(rule, attrs);
}

/** The environment an evaluation needs: namespace labels and configured developer namespaces. */
export interface PolicyContext {
  namespaceLabels(namespace: string): Record<string, string> | undefined;
  developerNamespaces: string[];
}

function bindingApplies(binding: PolicyBinding, attrs: Attributes, ctx: PolicyContext): boolean {
  const scope = binding.scope;
  if ('cluster' in scope) return true;
  const ns = attrs.namespace;
  if (!ns) return false;
  if ('configuredNamespaces' in scope) return ctx.developerNamespaces.includes(ns);
  const labels = ctx.namespaceLabels(ns);
  return (
    labels !== undefined &&
    matchesLabels(
      Object.entries(scope.namespaceLabels).map(([key, v]) => ({
        key,
        operator: '=',
        values: [v],
      })),
      labels,
    )
  );
}

function subjectMatches(binding: PolicyBinding, user: RequestUser): boolean {
  return binding.subjects.some(
    (s) =>
      (s.kind === 'User' && s.name === user.name) ||
      (s.kind === 'Group' && user.groups.includes(s.name)),
  );
}

/** Evaluates the policy. */
export function authorize(user: RequestUser, attrs: Attributes, ctx: PolicyContext): Decision {
  for (const binding of policyBindings) {
    if (!subjectMatches(binding, user) || !bindingApplies(binding, attrs, ctx)) continue;
    const role: PolicyRole | undefined = policyRoles.find((r) => r.name === binding.role);
    if (role?.rules.some((rule) => ruleAllows(rule, attrs))) {
      const kind = 'cluster' in binding.scope ? 'ClusterRoleBinding' : 'RoleBinding';
      const bindingName =
        kind === 'RoleBinding' ? `${binding.name}/${attrs.namespace ?? ''}` : binding.name;
      const subject = binding.subjects.find((s) => s.kind === 'User' && s.name === user.name)
        ? `User "${user.name}"`
        : `Group "${binding.subjects.find((s) => s.kind === 'Group')?.name ?? ''}"`;
      return {
        allowed: true,
        reason: `RBAC: allowed by ${kind} "${bindingName}" of ClusterRole "${role.name}" to ${subject}`,
      };
    }
  }
  return { allowed: false, reason: '' };
}

/** `User "viewer" cannot create resource "tempostacks" in API group "x" in the namespace "y"`. */
export function forbiddenReason(user: RequestUser, attrs: Attributes): string {
  if (attrs.path !== undefined)
    return `User "${user.name}" cannot ${attrs.verb} path "${attrs.path}"`;
  const resource = attrs.subresource
    ? `${attrs.resource ?? ''}/${attrs.subresource}`
    : (attrs.resource ?? '');
  const where = attrs.namespace ? `in the namespace "${attrs.namespace}"` : 'at the cluster scope';
  return `User "${user.name}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group ?? ''}" ${where}`;
}

/** Throws 403 Forbidden unless the user may do it. */
export function enforce(user: RequestUser, attrs: Attributes, ctx: PolicyContext): void {
  if (authorize(user, attrs, ctx).allowed) return;
  throw forbidden(
    { group: attrs.group ?? '', resource: attrs.resource ?? '' },
    attrs.name,
    forbiddenReason(user, attrs),
  );
}

/** The rules a user has in a namespace (for SelfSubjectRulesReview). */
export function rulesFor(user: RequestUser, namespace: string, ctx: PolicyContext): PolicyRule[] {
  const rules: PolicyRule[] = [];
  for (const binding of policyBindings) {
    if (!subjectMatches(binding, user)) continue;
    if (!('cluster' in binding.scope) && !bindingApplies(binding, { verb: 'get', namespace }, ctx))
      continue;
    const role = policyRoles.find((r) => r.name === binding.role);
    if (role) rules.push(...role.rules);
  }
  return rules;
}
