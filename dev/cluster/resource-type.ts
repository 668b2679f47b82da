/** The description of one served resource: names, scope, versions, subresources, schema. */
import type { JsonObject } from './json-util';

/** A CRD `additionalPrinterColumns` entry (also used for built-in tables). */
export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

/** The `scale` subresource paths, as in a CRD. */
export interface ScaleSpec {
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

/** One served version of a resource. */
export interface VersionSpec {
  name: string;
  served: boolean;
  storage: boolean;
  /** The CRD's `openAPIV3Schema`, when the resource is served from a CRD. */
  schema?: JsonObject;
  printerColumns?: PrinterColumn[];
  /** Extra field selectors (CRD `selectableFields`). */
  selectableFields?: string[];
}

/** A served resource, keyed by group and plural. */
export interface ResourceType {
  group: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Served versions, preferred first. */
  versions: VersionSpec[];
  verbs: string[];
  /** `status`, `log`, `scale`, `finalize`, … */
  subresources: string[];
  scale?: ScaleSpec;
  /** Served from a CustomResourceDefinition (merge patches only, schema validation). */
  crd: boolean;
  /** `metadata.generation` is maintained (bumped when anything but metadata and status changes). */
  generation: boolean;
  /** Field selectors accepted besides `metadata.name` and `metadata.namespace`. */
  fieldSelectors: string[];
}

/** Every verb of an ordinary resource. */
export const allVerbs = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

/** The storage version of a resource type. */
export function storageVersion(type: ResourceType): VersionSpec {
  return type.versions.find((v) => v.storage) ?? type.versions[0];
}

/** The `apiVersion` string for a group and version. */
export function apiVersionOf(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

/** Splits an `apiVersion` into group and version. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The key under which a resource is stored: `tempostacks.tempo.grafana.com`, `pods`. */
export function typeKey(group: string, plural: string): string {
  return group ? `${plural}.${group}` : plural;
}
