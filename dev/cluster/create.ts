/** CREATE: server-set metadata, decode, admission, validation, storage; CRD and Namespace side effects. */
import type { KubeObject, ResourceRef, WriteOptions, WriteResult } from './api';
import { initialStatus } from './builtin-defaults';
import type { ClusterCore } from './core';
import { crdToType, establishedStatus, validateCrd } from './crd';
import {
  alreadyExists,
  ApiError,
  badRequest,
  failure,
  internalError,
  invalid,
  methodNotAllowed,
  notFound,
} from './errors';
import { deepClone, isRecord } from './json-util';
import {
  admit,
  decode,
  type FieldValidation,
  hasHooks,
  mutate,
  toStorage,
  toVersion,
  validate,
} from './object-pipeline';
import { apiVersionOf, type ResourceType, splitApiVersion } from './resource-type';

/** Write options with the HTTP-only parameters. */
export interface CreateOptions extends WriteOptions {
  fieldValidation?: FieldValidation;
}

/** Checks `apiVersion` and `kind` of a request body against the resource it is sent to. */
export function checkKind(type: ResourceType, version: string, object: KubeObject): void {
  if (!isRecord(object) || !isRecord(object.metadata))
    throw badRequest("Object 'metadata' is missing in the request body");
  const expected = apiVersionOf(type.group, version);
  if (object.apiVersion && object.apiVersion !== expected) {
    const { group } = splitApiVersion(object.apiVersion);
    if (
      group !== type.group ||
      !type.versions.some((v) => apiVersionOf(type.group, v.name) === object.apiVersion)
    ) {
      throw badRequest(
        `the API version in the data (${object.apiVersion}) does not match the expected API version (${expected})`,
      );
    }
  }
  if (object.kind && object.kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${object.kind}) does not match the expected kind (${type.kind})`,
    );
  }
}

/** 404 if the namespace does not exist, 403 if it is being deleted. */
export function checkNamespace(
  core: ClusterCore,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
): void {
  if (!type.namespaced) return;
  if (!namespace)
    throw badRequest('the namespace of the object must be set for a namespaced resource');
  if (!core.namespace(namespace)) throw notFound({ group: '', resource: 'namespaces' }, namespace);
  if (core.namespaceTerminating(namespace)) {
    const message = `unable to create new content in namespace ${namespace} because it is being terminated`;
    throw new ApiError(
      failure(
        403,
        'Forbidden',
        `${type.group ? `${type.plural}.${type.group}` : type.plural} "${name}" is forbidden: ${message}`,
        {
          name,
          group: type.group || undefined,
          kind: type.plural,
          causes: [{ reason: 'NamespaceTerminating', message, field: 'metadata.namespace' }],
        },
      ),
    );
  }
}

/** Sets the server-owned metadata and initial status of a new object. */
export function prepare(
  core: ClusterCore,
  type: ResourceType,
  version: string,
  input: KubeObject,
): KubeObject {
  const object = deepClone(input);
  object.apiVersion = apiVersionOf(type.group, version);
  object.kind = type.kind;
  const meta = object.metadata;
  if (meta.resourceVersion)
    throw internalError('resourceVersion should not be set on objects to be created');
  if (!type.namespaced) delete meta.namespace;
  meta.uid = core.uid();
  meta.creationTimestamp = core.now();
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  delete meta.selfLink;
  delete meta.managedFields;
  if (type.generation) meta.generation = 1;
  else delete meta.generation;
  if (type.subresources.includes('status')) {
    const status =
      type.kind === 'CustomResourceDefinition'
        ? establishedStatus(object, meta.creationTimestamp)
        : initialStatus(object);
    if (status) object.status = status;
    else delete object.status;
  }
  return object;
}

/** Creates an object (`POST`). */
export async function createObject(
  core: ClusterCore,
  ref: ResourceRef,
  input: KubeObject,
  options: CreateOptions = {},
): Promise<WriteResult> {
  const { type, version } = core.registry.resolve(ref);
  if (!type.verbs.includes('create')) throw methodNotAllowed();
  checkKind(type, version.name, input);
  const namespace = type.namespaced ? input.metadata.namespace : undefined;
  core.authorize(options.user, {
    verb: 'create',
    group: type.group,
    resource: type.plural,
    namespace,
  });
  if (!input.metadata.name && !input.metadata.generateName) {
    throw invalid(type.group, type.kind, '', [
      {
        type: 'FieldValueRequired',
        field: 'metadata.name',
        detail: 'name or generateName is required',
      },
    ]);
  }
  checkNamespace(core, type, namespace, input.metadata.name || input.metadata.generateName || '');
  let object = prepare(core, type, version.name, input);
  if (!object.metadata.name)
    object.metadata.name = `${object.metadata.generateName ?? ''}${core.nameSuffix()}`;
  const warnings = decode(core, type, version, object, options.fieldValidation);
  const dryRun = options.dryRun ?? false;
  if (hasHooks(core, type, 'CREATE')) {
    const server = {
      uid: object.metadata.uid,
      creationTimestamp: object.metadata.creationTimestamp,
      generation: object.metadata.generation,
    };
    object = await mutate(core, type, 'CREATE', object, undefined, options.user, dryRun);
    object.metadata = { ...object.metadata, ...server, name: object.metadata.name, namespace };
    if (!type.namespaced) delete object.metadata.namespace;
    decode(core, type, version, object, 'Ignore');
  }
  validate(type, version, object);
  if (type.kind === 'CustomResourceDefinition') validateCrd(object);
  warnings.push(...(await admit(core, type, 'CREATE', object, undefined, options.user, dryRun)));
  const key = core.key(type);
  for (let attempt = 0; core.store.get(key, namespace, object.metadata.name); attempt++) {
    if (!input.metadata.generateName || input.metadata.name || attempt >= 7) {
      throw alreadyExists({ group: type.group, resource: type.plural }, object.metadata.name);
    }
    object.metadata.name = `${input.metadata.generateName}${core.nameSuffix()}`;
  }
  if (dryRun) return { object: toVersion(type, object, version.name), warnings };
  const stored = core.store.put(key, toStorage(type, object));
  await afterCreate(core, stored);
  return { object: toVersion(type, stored, version.name), warnings };
}

/** Side effects of creating some kinds: serving a CRD, a namespace's default service account. */
async function afterCreate(core: ClusterCore, stored: KubeObject): Promise<void> {
  if (stored.kind === 'CustomResourceDefinition') core.registry.add(crdToType(stored));
  if (stored.kind === 'Namespace') {
    const sa: KubeObject = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: stored.metadata.name },
    };
    await createObject(core, { group: '', version: 'v1', resource: 'serviceaccounts' }, sa);
  }
}
