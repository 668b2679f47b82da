/** The set of served resource types, looked up by group/resource, kind, or any of kubectl's names. */
import type { ResourceRef } from './api';
import { builtinTypes } from './builtin-kinds';
import { ApiError, failure, notFound } from './errors';
import { type ResourceType, splitApiVersion, typeKey, type VersionSpec } from './resource-type';

/** The served types. CRDs add and remove types at run time. */
export class TypeRegistry {
  private readonly types = new Map<string, ResourceType>();
  private readonly listeners = new Set<() => void>();

  constructor(types: ResourceType[] = builtinTypes()) {
    for (const t of types) this.types.set(typeKey(t.group, t.plural), t);
  }

  /** Adds or replaces a type. */
  add(type: ResourceType): void {
    this.types.set(typeKey(type.group, type.plural), type);
    this.changed();
  }

  /** Removes a type. */
  remove(group: string, plural: string): void {
    this.types.delete(typeKey(group, plural));
    this.changed();
  }

  /** Called whenever the set of types changes (discovery and OpenAPI caches). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Every served type. */
  all(): ResourceType[] {
    return [...this.types.values()];
  }

  /** The type of a group and plural, if served. */
  find(group: string, plural: string): ResourceType | undefined {
    return this.types.get(typeKey(group, plural));
  }

  /**
   * The type and version for a `ResourceRef`; a 404 like the API server's when the group, version or
   * resource is not served.
   */
  resolve(ref: ResourceRef): { type: ResourceType; version: VersionSpec } {
    const type = this.find(ref.group, ref.resource);
    const version = type?.versions.find((v) => v.name === ref.version && v.served);
    if (!type || !version) {
      throw new ApiError(
        failure(404, 'NotFound', 'the server could not find the requested resource', {}),
      );
    }
    return { type, version };
  }

  /** The type serving a kind in an apiVersion. */
  findByKind(
    apiVersion: string,
    kind: string,
  ): { type: ResourceType; version: VersionSpec } | undefined {
    const { group, version } = splitApiVersion(apiVersion);
    for (const type of this.types.values()) {
      if (type.group !== group || type.kind !== kind) continue;
      const v = type.versions.find((x) => x.name === version && x.served);
      if (v) return { type, version: v };
    }
    return undefined;
  }

  /** `resourceFor` of `ClusterApi`: throws 404 if the kind is not served. */
  refFor(apiVersion: string, kind: string): ResourceRef {
    const found = this.findByKind(apiVersion, kind);
    if (!found) {
      const { group } = splitApiVersion(apiVersion);
      throw notFound({ group, resource: kind.toLowerCase() }, kind);
    }
    return { group: found.type.group, version: found.version.name, resource: found.type.plural };
  }
}
