import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { modelFromSpec } from './model-factory';

interface APIResource {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs?: string[];
  shortNames?: string[];
}

export interface APIResourceList {
  groupVersion: string;
  resources?: APIResource[];
}

export interface APIGroupList {
  groups?: {
    name: string;
    versions?: { groupVersion: string; version: string }[];
    preferredVersion?: { groupVersion: string; version: string };
  }[];
}

/** Turns one discovery document into models, skipping subresources (`pods/log`). */
export const modelsFromResourceList = (list: APIResourceList): SDK.K8sModel[] => {
  const [group, version] = list.groupVersion.includes('/')
    ? list.groupVersion.split('/')
    : ['', list.groupVersion];
  return (list.resources ?? [])
    .filter((r) => !r.name.includes('/'))
    .map((r) =>
      modelFromSpec({
        group,
        version,
        kind: r.kind,
        plural: r.name,
        namespaced: r.namespaced,
        verbs: (r.verbs ?? []) as SDK.K8sVerb[],
        shortNames: r.shortNames,
      }),
    );
};

/** `group/version` strings to discover, preferred version first within each group. */
export const groupVersionsToDiscover = (groups: APIGroupList): string[] =>
  (groups.groups ?? []).flatMap((g) => {
    const preferred = g.preferredVersion?.groupVersion;
    const all = (g.versions ?? []).map((v) => v.groupVersion);
    return preferred ? [preferred, ...all.filter((v) => v !== preferred)] : all;
  });

export type FetchJSON = (url: string) => Promise<unknown>;

/**
 * API discovery as the console does it: `/api/v1`, then `/apis` and every group version. A group
 * version that fails (e.g. an aggregated API that is down) is skipped, not fatal.
 */
export const discoverModels = async (
  fetchJSON: FetchJSON,
  base: string,
): Promise<SDK.K8sModel[]> => {
  const [coreList, groups] = await Promise.all([
    fetchJSON(`${base}/api/v1`) as Promise<APIResourceList>,
    fetchJSON(`${base}/apis`) as Promise<APIGroupList>,
  ]);
  const lists = await Promise.all(
    groupVersionsToDiscover(groups).map((gv) =>
      (fetchJSON(`${base}/apis/${gv}`) as Promise<APIResourceList>).catch(() => undefined),
    ),
  );
  return [coreList, ...lists]
    .filter((l): l is APIResourceList => !!l)
    .flatMap((l) => modelsFromResourceList({ ...l, groupVersion: l.groupVersion ?? 'v1' }));
};
