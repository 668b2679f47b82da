import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { k8sCreateResource } from '../k8s/k8s-resource';
import { SelfSubjectAccessReviewModel } from '../models/model-factory';
import { serverFlags } from '../server-flags';

type Attributes = SDK.AccessReviewResourceAttributes;
type Review = SDK.SelfSubjectAccessReviewKind;
type Impersonate = Parameters<typeof SDK.checkAccess>[1];

export type CreateReview = (review: Review) => Promise<Review>;

const FIELDS = ['group', 'resource', 'subresource', 'verb', 'name', 'namespace'] as const;

/** Attributes with defaults filled in, so equal questions get equal cache keys. */
export const normaliseAttributes = (
  attributes: Attributes | undefined,
): Required<Record<(typeof FIELDS)[number], string>> => {
  const a = (attributes ?? {}) as Record<string, string | undefined>;
  return Object.fromEntries(FIELDS.map((f) => [f, a[f] ?? ''])) as Required<
    Record<(typeof FIELDS)[number], string>
  >;
};

/** The review to send; projects are asked about in their own namespace, as the console does. */
export const reviewFor = (attributes: Attributes): Review => {
  const a = normaliseAttributes(attributes);
  const namespace =
    a.group === 'project.openshift.io' && a.resource === 'projects' ? a.name : a.namespace;
  const resourceAttributes = Object.fromEntries(
    Object.entries({ ...a, namespace }).filter(([, v]) => v !== ''),
  ) as Attributes;
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes },
  };
};

/**
 * A cache of SelfSubjectAccessReviews keyed by the attributes and who is asking, as the console
 * memoises `checkAccess`. A failed review is not cached, so it is asked again next time.
 */
export const createAccessReviewCache = (create: CreateReview) => {
  const cache = new Map<string, Promise<Review>>();
  return {
    check(attributes: Attributes, who: string): Promise<Review> {
      const key = [...Object.values(normaliseAttributes(attributes)), who].join('~');
      const cached = cache.get(key);
      if (cached) return cached;
      const pending = create(reviewFor(attributes));
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
      return pending;
    },
    size: () => cache.size,
    clear: () => cache.clear(),
  };
};

const who = (impersonate?: Impersonate) =>
  impersonate
    ? `${impersonate.kind}~${impersonate.name}`
    : `user~${serverFlags().devConsole?.user ?? ''}`;

const defaultCache = createAccessReviewCache((review) =>
  k8sCreateResource({ model: SelfSubjectAccessReviewModel, data: review }),
);

export const checkAccess: typeof SDK.checkAccess = (resourceAttributes, impersonate) =>
  defaultCache.check(resourceAttributes, who(impersonate));

export const useAccessReview: typeof SDK.useAccessReview = (
  resourceAttributes,
  impersonate,
  noCheckForEmptyGroupAndResource,
) => {
  const [state, setState] = useState<{ key: string; allowed: boolean } | undefined>(undefined);
  const a = normaliseAttributes(resourceAttributes);
  const skip = !!noCheckForEmptyGroupAndResource && !a.group && !a.resource;
  const impersonateKey = who(impersonate);
  const key = [...Object.values(a), impersonateKey, String(skip)].join('~');
  useEffect(() => {
    let live = true;
    if (skip) {
      setState({ key, allowed: false });
      return undefined;
    }
    defaultCache
      .check(a as Attributes, impersonateKey)
      .then((review) => live && setState({ key, allowed: !!review.status?.allowed }))
      .catch((e: unknown) => {
        console.warn('SelfSubjectAccessReview failed', e);
        // As the console: allow when the review itself fails; the API server still enforces RBAC.
        if (live) setState({ key, allowed: true });
      });
    return () => {
      live = false;
    };
    // `a` is summarised by `key`.
  }, [key]);
  const current = state?.key === key ? state : undefined;
  return [current?.allowed ?? false, current === undefined];
};

export const useAccessReviewAllowed: typeof SDK.useAccessReviewAllowed = (
  resourceAttributes,
  impersonate,
) => useAccessReview(resourceAttributes, impersonate)[0];
