/**
 * The authorization API (`authorization.k8s.io/v1`), answered from the same policy as every request:
 * SelfSubjectAccessReview, SubjectAccessReview, LocalSubjectAccessReview, SelfSubjectRulesReview.
 */
import type { KubeObject, RequestUser } from './api';
import { type Attributes, authorize, rulesFor } from './authorizer';
import type { ClusterCore } from './core';
import { systemUser } from './core';
import { badRequest, invalid } from './errors';
import { getRecord, getString, getStringArray, isRecord, type JsonObject } from './json-util';
import type { ResourceType } from './resource-type';

function attributesOf(spec: JsonObject): Attributes | undefined {
  const resource = getRecord(spec, 'resourceAttributes');
  if (resource) {
    return {
      verb: getString(resource, 'verb') ?? '',
      group: getString(resource, 'group') ?? '',
      resource: getString(resource, 'resource') ?? '',
      subresource: getString(resource, 'subresource') || undefined,
      namespace: getString(resource, 'namespace') || undefined,
      name: getString(resource, 'name') || undefined,
    };
  }
  const nonResource = getRecord(spec, 'nonResourceAttributes');
  if (nonResource)
    return {
      verb: getString(nonResource, 'verb') ?? '',
      path: getString(nonResource, 'path') ?? '',
    };
  return undefined;
}

/** Answers a review object (it is never stored). */
export function review(
  core: ClusterCore,
  type: ResourceType,
  input: KubeObject,
  user: RequestUser | undefined,
  namespace?: string,
): KubeObject {
  core.authorize(user, {
    verb: 'create',
    group: type.group,
    resource: type.plural,
    namespace: type.namespaced ? namespace : undefined,
  });
  const caller = user ?? systemUser;
  const spec = getRecord(input, 'spec') ?? {};
  const out: KubeObject = {
    apiVersion: `${type.group}/v1`,
    kind: type.kind,
    metadata: {} as KubeObject['metadata'],
    spec,
  };
  const policy = core.policy;
  if (type.kind === 'SelfSubjectReview') {
    return {
      apiVersion: 'authentication.k8s.io/v1',
      kind: type.kind,
      metadata: out.metadata,
      status: { userInfo: { username: caller.name, groups: caller.groups } },
    };
  }
  if (type.kind === 'SelfSubjectRulesReview') {
    const ns = getString(spec, 'namespace') ?? '';
    const rules = rulesFor(caller, ns, policy);
    out.status = {
      resourceRules: rules
        .filter((r) => r.resources)
        .map((r) => ({
          verbs: r.verbs,
          apiGroups: r.apiGroups ?? [],
          resources: r.resources ?? [],
          ...(r.resourceNames ? { resourceNames: r.resourceNames } : {}),
        })),
      nonResourceRules: rules
        .filter((r) => r.nonResourceURLs)
        .map((r) => ({ verbs: r.verbs, nonResourceURLs: r.nonResourceURLs ?? [] })),
      incomplete: false,
    };
    return out;
  }
  const attrs = attributesOf(spec);
  if (!attrs) {
    throw invalid(type.group, type.kind, '', [
      {
        type: 'FieldValueRequired',
        field: 'spec.resourceAttributes',
        detail: 'exactly one of nonResourceAttributes or resourceAttributes must be specified',
      },
    ]);
  }
  let subject: RequestUser = caller;
  if (type.kind === 'SubjectAccessReview' || type.kind === 'LocalSubjectAccessReview') {
    const name = getString(spec, 'user') ?? '';
    if (!name && !getStringArray(spec, 'groups').length)
      throw badRequest('at least one of user or group must be specified');
    subject = { name, groups: getStringArray(spec, 'groups') };
    if (type.kind === 'LocalSubjectAccessReview') {
      const ns = getString(getRecord(spec, 'resourceAttributes'), 'namespace');
      if (ns !== namespace) {
        throw invalid(type.group, type.kind, '', [
          {
            type: 'FieldValueInvalid',
            field: 'spec.resourceAttributes.namespace',
            value: ns ?? '',
            detail: 'must match metadata.namespace',
          },
        ]);
      }
    }
  }
  const decision = authorize(subject, attrs, policy);
  out.status = decision.allowed ? { allowed: true, reason: decision.reason } : { allowed: false };
  return out;
}

/** Whether a request body looks like an object (for review endpoints). */
export function isReviewBody(value: unknown): value is KubeObject {
  return isRecord(value) && (value.metadata === undefined || isRecord(value.metadata));
}
