/** Schemas of the OpenAPI documents: ObjectMeta, simplified built-ins, definition names, v2 conversion. */
import { isRecord, type JsonObject } from './json-util';
import type { ResourceType } from './resource-type';

/** The definition name of ObjectMeta. */
export const objectMetaRef = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** A minimal ObjectMeta schema. */
export const objectMetaSchema: JsonObject = {
  description:
    'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Name must be unique within a namespace.' },
    generateName: {
      type: 'string',
      description: 'An optional prefix used by the server to generate a unique name.',
    },
    namespace: {
      type: 'string',
      description: 'Namespace defines the space within which each name must be unique.',
    },
    uid: {
      type: 'string',
      description: 'UID is the unique in time and space value for this object.',
    },
    resourceVersion: {
      type: 'string',
      description: 'An opaque value that represents the internal version of this object.',
    },
    generation: {
      type: 'integer',
      format: 'int64',
      description: 'A sequence number representing a specific generation of the desired state.',
    },
    creationTimestamp: {
      type: 'string',
      format: 'date-time',
      description: 'The time this object was created.',
    },
    deletionTimestamp: {
      type: 'string',
      format: 'date-time',
      description: 'The time at which this resource will be deleted.',
    },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Map of string keys and values used to organize and categorize objects.',
    },
    annotations: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Unstructured key value map stored with a resource.',
    },
    finalizers: {
      type: 'array',
      items: { type: 'string' },
      description: 'Must be empty before the object is deleted from the registry.',
    },
    ownerReferences: {
      type: 'array',
      items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      description: 'List of objects depended by this object.',
    },
  },
};

/** The OpenAPI definition name of a kind (`io.k8s.api.apps.v1.Deployment`, `com.grafana.tempo.v1alpha1.TempoStack`). */
export function definitionName(group: string, version: string, kind: string): string {
  const k8s: Record<string, string> = {
    '': 'io.k8s.api.core',
    'apiextensions.k8s.io': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions',
    'rbac.authorization.k8s.io': 'io.k8s.api.rbac',
  };
  const prefix =
    k8s[group] ??
    (group.endsWith('.k8s.io') || !group.includes('.')
      ? `io.k8s.api.${group.split('.')[0]}`
      : group.split('.').reverse().join('.'));
  return `${prefix}.${version}.${kind}`;
}

/** The simplified schema published for a built-in kind. */
export function builtinSchema(type: ResourceType): JsonObject {
  return {
    description: `${type.kind} (schema simplified by the simulator).`,
    type: 'object',
    properties: {
      apiVersion: {
        type: 'string',
        description: 'APIVersion defines the versioned schema of this representation of an object.',
      },
      kind: {
        type: 'string',
        description:
          'Kind is a string value representing the REST resource this object represents.',
      },
      metadata: {
        allOf: [{ $ref: `#/components/schemas/${objectMetaRef}` }],
        description: "Standard object's metadata.",
      },
      spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    },
  };
}

/** Strips what OpenAPI v2 cannot express from a CRD schema. */
export function toV2(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toV2);
  if (!isRecord(schema)) return schema;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) {
    if (
      [
        'nullable',
        'anyOf',
        'oneOf',
        'allOf',
        'not',
        'x-kubernetes-validations',
        'default',
      ].includes(k)
    )
      continue;
    out[k] =
      k === 'properties' && isRecord(v)
        ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, toV2(s)]))
        : toV2(v);
  }
  if (out['x-kubernetes-int-or-string'] === true) delete out.type;
  return out;
}
