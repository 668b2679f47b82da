/**
 * API discovery: the aggregated format kubectl 1.33 asks for first
 * (`application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList`), and the legacy
 * documents (`APIVersions`, `APIGroupList`, `APIGroup`, `APIResourceList`) it falls back to.
 */
import type { TypeRegistry } from './registry';
import { apiVersionOf, type ResourceType } from './resource-type';

/** The media type of aggregated discovery responses. */
export const aggregatedMediaType =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** Whether the client accepts aggregated discovery (v2 or v2beta1). */
export function wantsAggregated(accept: string | undefined): string | undefined {
  if (!accept) return undefined;
  for (const part of accept.split(',')) {
    if (/g=apidiscovery\.k8s\.io/.test(part) && /as=APIGroupDiscoveryList/.test(part)) {
      const v = /v=(v2beta1|v2)\b/.exec(part)?.[1];
      if (v) return v;
    }
  }
  return undefined;
}

function subresourceVerbs(sub: string): string[] {
  if (sub === 'log') return ['get'];
  if (sub === 'finalize') return ['update'];
  return ['get', 'patch', 'update'];
}

function subresourceKind(
  type: ResourceType,
  sub: string,
): { group: string; version: string; kind: string } {
  if (sub === 'scale') return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  if (sub === 'log') return { group: '', version: 'v1', kind: 'Pod' };
  return { group: type.group, version: type.versions[0].name, kind: type.kind };
}

/** Groups (core first, then by name) with their types. */
function groups(registry: TypeRegistry): Map<string, ResourceType[]> {
  const map = new Map<string, ResourceType[]>();
  for (const t of registry.all()) map.set(t.group, [...(map.get(t.group) ?? []), t]);
  return new Map(
    [...map.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
  );
}

/** Versions of a group, preferred first. */
function versionsOf(types: ResourceType[]): string[] {
  const seen: string[] = [];
  for (const t of types) for (const v of t.versions) if (!seen.includes(v.name)) seen.push(v.name);
  return seen;
}

/** `APIResourceList` of one group version. */
export function resourceList(
  registry: TypeRegistry,
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const types = registry
    .all()
    .filter((t) => t.group === group && t.versions.some((v) => v.name === version));
  if (!types.length) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const t of types.sort((a, b) => (a.plural < b.plural ? -1 : 1))) {
    resources.push({
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
    });
    for (const sub of t.subresources) {
      const k = subresourceKind(t, sub);
      resources.push({
        name: `${t.plural}/${sub}`,
        singularName: '',
        namespaced: t.namespaced,
        ...(k.group !== t.group ? { group: k.group, version: k.version } : {}),
        kind: k.kind,
        verbs: subresourceVerbs(sub),
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf(group, version),
    resources,
  };
}

/** `APIGroup` of one group. */
export function apiGroup(
  registry: TypeRegistry,
  group: string,
): Record<string, unknown> | undefined {
  const types = registry.all().filter((t) => t.group === group);
  if (!group || !types.length) return undefined;
  const versions = versionsOf(types).map((v) => ({ groupVersion: `${group}/${v}`, version: v }));
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions,
    preferredVersion: versions[0],
  };
}

/** `APIGroupList` of every named group. */
export function apiGroupList(registry: TypeRegistry): Record<string, unknown> {
  const list: Record<string, unknown>[] = [];
  for (const group of groups(registry).keys()) {
    const g = apiGroup(registry, group);
    if (g) list.push({ name: g.name, versions: g.versions, preferredVersion: g.preferredVersion });
  }
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: list };
}

/** `APIVersions` of `/api`. */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

/** The aggregated discovery document of `/api` (core) or `/apis` (named groups). */
export function aggregated(
  registry: TypeRegistry,
  root: 'api' | 'apis',
  version: string,
): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  for (const [group, types] of groups(registry)) {
    if ((root === 'api') !== (group === '')) continue;
    items.push({
      metadata: { name: group, creationTimestamp: null },
      versions: versionsOf(types).map((v) => ({
        version: v,
        resources: types
          .filter((t) => t.versions.some((x) => x.name === v))
          .sort((a, b) => (a.plural < b.plural ? -1 : 1))
          .map((t) => ({
            resource: t.plural,
            responseKind: { group, version: v, kind: t.kind },
            scope: t.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: t.singular,
            verbs: t.verbs,
            ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
            ...(t.categories.length ? { categories: t.categories } : {}),
            ...(t.subresources.length
              ? {
                  subresources: t.subresources.map((s) => ({
                    subresource: s,
                    responseKind: subresourceKind(t, s),
                    verbs: subresourceVerbs(s),
                  })),
                }
              : {}),
          })),
        freshness: 'Current',
      })),
    });
  }
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items,
  };
}
