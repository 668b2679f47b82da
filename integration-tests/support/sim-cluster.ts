import type { DevWorld } from './dev-host';
import type { Cluster, ModelRef } from './manifest-pages';

interface ResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

/** Talks to the simulator's API directly, as `admin`. */
export const kubeApi = (world: DevWorld) => {
  const call = async <T>(urlPath: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${world.api}${urlPath}`, {
      ...init,
      headers: {
        Authorization: 'Bearer admin-token',
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
    if (!response.ok)
      throw new Error(
        `${init.method ?? 'GET'} ${urlPath}: ${response.status} ${await response.text()}`,
      );
    return (await response.json()) as T;
  };
  const base = (m: ModelRef) =>
    m.group ? `/apis/${m.group}/${m.version ?? 'v1'}` : `/api/${m.version ?? 'v1'}`;
  const plural = async (m: ModelRef) =>
    (await call<ResourceList>(base(m)).catch((): ResourceList => ({}))).resources?.find(
      (r) => r.kind === m.kind && !r.name.includes('/'),
    );
  return { call, base, plural };
};

/** Answers the manifest walker's questions from the simulator. */
export const simCluster = (world: DevWorld): Cluster => {
  const api = kubeApi(world);
  return {
    serves: async (m) => !!(await api.plural(m)),
    anyObject: async (m) => {
      const resource = await api.plural(m);
      if (!resource) return undefined;
      const list = await api.call<{ items: { metadata: { name: string; namespace?: string } }[] }>(
        `${api.base(m)}/${resource.name}`,
      );
      const first = [...list.items].sort((a, b) =>
        a.metadata.name.localeCompare(b.metadata.name),
      )[0];
      return first ? { namespace: first.metadata.namespace, name: first.metadata.name } : undefined;
    },
  };
};
