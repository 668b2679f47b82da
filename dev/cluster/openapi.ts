/**
 * OpenAPI documents: v3 (`/openapi/v3` index and one document per group version) with the CRDs'
 * schemas and minimal built-in ones, and v2 (`/openapi/v2`) with the CRDs' schemas only, so that
 * kubectl computes strategic merge patches for built-ins from its compiled-in types. Every PATCH
 * operation declares `fieldValidation`, so kubectl validates on the server.
 */
import { createHash } from 'node:crypto';
import { deepClone, isRecord, type JsonObject } from './json-util';
import {
  builtinSchema,
  definitionName,
  objectMetaRef,
  objectMetaSchema,
  toV2,
} from './openapi-schemas';
import type { TypeRegistry } from './registry';
import { apiVersionOf, type ResourceType, type VersionSpec } from './resource-type';

function gvk(type: ResourceType, version: string): JsonObject {
  return { group: type.group, kind: type.kind, version };
}

function v3Schema(type: ResourceType, version: VersionSpec): JsonObject {
  const schema = version.schema ? deepClone(version.schema) : builtinSchema(type);
  const properties = isRecord(schema.properties) ? schema.properties : {};
  properties.metadata = {
    allOf: [{ $ref: `#/components/schemas/${objectMetaRef}` }],
    description: "Standard object's metadata.",
  };
  schema.properties = properties;
  schema['x-kubernetes-group-version-kind'] = [gvk(type, version.name)];
  return schema;
}

function queryParam(name: string, v2: boolean): JsonObject {
  return v2
    ? { name, in: 'query', type: 'string', uniqueItems: true }
    : { name, in: 'query', schema: { type: 'string', uniqueItems: true } };
}

function operations(type: ResourceType, version: string, v2: boolean): Record<string, JsonObject> {
  const common = { 'x-kubernetes-group-version-kind': gvk(type, version) };
  const writeParams = ['dryRun', 'fieldManager', 'fieldValidation'].map((n) => queryParam(n, v2));
  const ops: Record<string, JsonObject> = {};
  if (type.verbs.includes('get'))
    ops.get = { operationId: `read${type.kind}`, 'x-kubernetes-action': 'get', ...common };
  if (type.verbs.includes('update'))
    ops.put = {
      operationId: `replace${type.kind}`,
      parameters: writeParams,
      'x-kubernetes-action': 'put',
      ...common,
    };
  if (type.verbs.includes('patch')) {
    ops.patch = {
      operationId: `patch${type.kind}`,
      parameters: [...writeParams, queryParam('force', v2)],
      'x-kubernetes-action': 'patch',
      ...common,
    };
  }
  if (type.verbs.includes('delete'))
    ops.delete = { operationId: `delete${type.kind}`, 'x-kubernetes-action': 'delete', ...common };
  for (const op of Object.values(ops)) op.responses = { '200': { description: 'OK' } };
  return ops;
}

function itemPath(type: ResourceType, version: string): string {
  const base = type.group ? `/apis/${type.group}/${version}` : `/api/${version}`;
  return type.namespaced
    ? `${base}/namespaces/{namespace}/${type.plural}/{name}`
    : `${base}/${type.plural}/{name}`;
}

function typesOf(
  registry: TypeRegistry,
  group: string,
  version: string,
): { type: ResourceType; version: VersionSpec }[] {
  const out: { type: ResourceType; version: VersionSpec }[] = [];
  for (const type of registry.all()) {
    const v = type.versions.find((x) => x.name === version);
    if (type.group === group && v) out.push({ type, version: v });
  }
  return out;
}

function buildV3Document(
  registry: TypeRegistry,
  group: string,
  version: string,
): JsonObject | undefined {
  const types = typesOf(registry, group, version);
  if (!types.length) return undefined;
  const paths: JsonObject = {};
  const schemas: JsonObject = { [objectMetaRef]: objectMetaSchema };
  for (const { type, version: v } of types) {
    paths[itemPath(type, v.name)] = operations(type, v.name, false);
    schemas[definitionName(group, v.name, type.kind)] = v3Schema(type, v);
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.33.9' },
    paths,
    components: { schemas },
  };
}

/** Every served group version path (`api/v1`, `apis/apps/v1`). */
export function groupVersionPaths(registry: TypeRegistry): string[] {
  const set = new Set<string>();
  for (const t of registry.all())
    for (const v of t.versions)
      set.add(t.group ? `apis/${apiVersionOf(t.group, v.name)}` : `api/${v.name}`);
  return [...set].sort();
}

/** A document's hash, as used in `serverRelativeURL`. */
export function documentHash(document: unknown): string {
  return createHash('sha512').update(JSON.stringify(document)).digest('hex').toUpperCase();
}

function buildV3Index(registry: TypeRegistry): JsonObject {
  const paths: JsonObject = {};
  for (const p of groupVersionPaths(registry)) {
    const [, ...rest] = p.split('/');
    const group = p.startsWith('api/') ? '' : rest[0];
    const version = rest[rest.length - 1];
    const doc = openApiV3Document(registry, group, version);
    paths[p] = { serverRelativeURL: `/openapi/${'v3'}/${p}?hash=${documentHash(doc)}` };
  }
  return { paths };
}

function buildV2Document(registry: TypeRegistry): JsonObject {
  const paths: JsonObject = {};
  const definitions: JsonObject = { [objectMetaRef]: toV2(objectMetaSchema) };
  for (const type of registry.all()) {
    for (const v of type.versions) {
      paths[itemPath(type, v.name)] = operations(type, v.name, true);
      if (!type.crd || !v.schema) continue;
      const schema = toV2(v.schema) as JsonObject;
      const properties = isRecord(schema.properties) ? schema.properties : {};
      properties.metadata = { $ref: `#/definitions/${objectMetaRef}` };
      schema.properties = properties;
      schema['x-kubernetes-group-version-kind'] = [gvk(type, v.name)];
      definitions[definitionName(type.group, v.name, type.kind)] = schema;
    }
  }
  return { swagger: '2.0', info: { title: 'Kubernetes', version: 'v1.33.9' }, paths, definitions };
}

/** Built documents per registry, dropped whenever the served types change. */
const caches = new WeakMap<TypeRegistry, Map<string, JsonObject | undefined>>();

function cached(
  registry: TypeRegistry,
  key: string,
  build: () => JsonObject | undefined,
): JsonObject | undefined {
  let cache = caches.get(registry);
  if (!cache) {
    const created = new Map<string, JsonObject | undefined>();
    registry.onChange(() => created.clear());
    caches.set(registry, created);
    cache = created;
  }
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key);
}

/** The v3 document of one group version, or undefined. */
export function openApiV3Document(
  registry: TypeRegistry,
  group: string,
  version: string,
): JsonObject | undefined {
  return cached(registry, `v3:${group}/${version}`, () =>
    buildV3Document(registry, group, version),
  );
}

/** The v3 index (`/openapi/v3`). */
export function openApiV3Index(registry: TypeRegistry): JsonObject {
  return cached(registry, 'v3', () => buildV3Index(registry)) ?? {};
}

/** The v2 document (`/openapi/v2`). */
export function openApiV2Document(registry: TypeRegistry): JsonObject {
  return cached(registry, 'v2', () => buildV2Document(registry)) ?? {};
}
