/** Parses Kubernetes API paths into discovery, non-resource and resource requests. */

/** A request for a resource (collection, object or subresource). */
export interface ResourcePath {
  kind: 'resource';
  group: string;
  version: string;
  resource: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** The deprecated `/watch/` path prefix was used. */
  watchPrefix: boolean;
}

/** A discovery document. */
export interface DiscoveryPath {
  kind: 'discovery';
  /** `api` (core), `apis` (groups). */
  root: 'api' | 'apis';
  group?: string;
  version?: string;
}

/** What a path addresses. */
export type ApiPath = ResourcePath | DiscoveryPath | { kind: 'other'; path: string };

/** Parses a URL path. Resources that are not served still parse (the handler answers 404). */
export function parseApiPath(pathname: string): ApiPath {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api') {
    if (segments.length === 1) return { kind: 'discovery', root: 'api' };
    group = '';
    version = segments[1];
    rest = segments.slice(2);
    if (rest.length === 0) return { kind: 'discovery', root: 'api', version };
  } else if (segments[0] === 'apis') {
    if (segments.length === 1) return { kind: 'discovery', root: 'apis' };
    if (segments.length === 2) return { kind: 'discovery', root: 'apis', group: segments[1] };
    group = segments[1];
    version = segments[2];
    rest = segments.slice(3);
    if (rest.length === 0) return { kind: 'discovery', root: 'apis', group, version };
  } else {
    return { kind: 'other', path: pathname };
  }
  let watchPrefix = false;
  if (rest[0] === 'watch') {
    watchPrefix = true;
    rest = rest.slice(1);
  }
  // `/api/v1/namespaces/x/status` and `/finalize` are subresources of namespace x; any other
  // third segment is a resource in namespace x.
  const namespaceSubresource =
    group === '' && rest.length === 3 && ['status', 'finalize'].includes(rest[2]);
  if (rest[0] === 'namespaces' && rest.length >= 3 && !namespaceSubresource) {
    const [, namespace, resource, name, subresource] = rest;
    return {
      kind: 'resource',
      group,
      version,
      namespace,
      resource,
      name,
      subresource,
      watchPrefix,
    };
  }
  return {
    kind: 'resource',
    group,
    version,
    resource: rest[0],
    name: rest[1],
    subresource: rest[2],
    watchPrefix,
  };
}
