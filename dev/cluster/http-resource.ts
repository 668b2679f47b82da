/**
 * The resource endpoints: verbs from method and path, query parameters, fault injection, and the
 * responses (JSON or Table, `Warning` headers, pod logs as text, watches).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KubeObject, RequestUser, ResourceRef } from './api';
import { review } from './access-review';
import { virtualResources } from './builtin-kinds';
import type { Cluster } from './cluster';
import { createObject } from './create';
import { deleteObject } from './delete';
import { ApiError, badRequest, failure, methodNotAllowed, notFound } from './errors';
import type { FaultVerb } from './faults';
import { serveLog } from './http-logs';
import { deleteOptionsOf, dryRunParam, fieldValidationParam, patchTypeOf } from './http-params';
import type { ResourcePath } from './http-routes';
import { boolParam, intParam, parseBody, readBody, sendJson } from './http-util';
import { chunkedSink, startWatch } from './http-watch';
import { isRecord, text } from './json-util';
import { patchObject } from './patch';
import { getObject, listObjects } from './read';
import { typeKey } from './resource-type';
import { getScale, writeScale } from './scale';
import { toTable, wantsTable } from './table';
import { updateObject } from './update';

/** One resource request. */
export interface ResourceRequest {
  cluster: Cluster;
  user: RequestUser;
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  path: ResourcePath;
}

function verbOf(r: ResourceRequest): FaultVerb {
  const { method } = r.req;
  const named = r.path.name !== undefined;
  if (method === 'GET')
    return named ? 'get' : r.path.watchPrefix || boolParam(r.query, 'watch') ? 'watch' : 'list';
  if (method === 'POST') return 'create';
  if (method === 'PUT') return 'update';
  if (method === 'PATCH') return 'patch';
  if (method === 'DELETE') return named ? 'delete' : 'deletecollection';
  throw methodNotAllowed();
}

async function body(r: ResourceRequest): Promise<unknown> {
  return parseBody(await readBody(r.req), r.req.headers['content-type']);
}

async function objectBody(r: ResourceRequest, namespace: string | undefined): Promise<KubeObject> {
  const value = await body(r);
  if (!isRecord(value))
    throw badRequest('the object provided is unrecognized (must be of type Object)');
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  if (namespace !== undefined) {
    if (metadata.namespace && metadata.namespace !== namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    metadata.namespace = namespace;
  }
  if (r.path.name !== undefined && metadata.name !== undefined && metadata.name !== r.path.name) {
    throw badRequest(
      `the name of the object (${text(metadata.name)}) does not match the name on the URL (${r.path.name})`,
    );
  }
  if (r.path.name !== undefined) metadata.name = r.path.name;
  value.metadata = metadata;
  return value as KubeObject;
}

/** Handles a request for a resource. */
export async function handleResource(r: ResourceRequest): Promise<void> {
  const { cluster, query, path, res } = r;
  const core = cluster.core;
  const ref: ResourceRef = { group: path.group, version: path.version, resource: path.resource };
  const { type, version } = core.registry.resolve(ref);
  if (path.namespace !== undefined && !type.namespaced)
    throw notFound({ group: '', resource: '' }, '');
  const namespace = type.namespaced ? path.namespace : undefined;
  const verb = verbOf(r);
  if (path.subresource && !type.subresources.includes(path.subresource)) {
    throw new ApiError(
      failure(404, 'NotFound', 'the server could not find the requested resource', {}),
    );
  }
  await cluster.faults.before(verb);
  const forceConflict = (verb === 'update' || verb === 'patch') && cluster.faults.takeConflict();
  const user = r.user;
  const table = wantsTable(r.req.headers.accept);
  const now = core.clock();
  const sub = path.subresource;

  if (verb === 'watch') {
    startWatch({ cluster, user, ref, type, version, namespace, query, table }, chunkedSink(res));
    return;
  }
  if (verb === 'list') {
    const list = listObjects(
      core,
      ref,
      {
        namespace,
        labelSelector: query.get('labelSelector') ?? undefined,
        fieldSelector: query.get('fieldSelector') ?? undefined,
        limit: intParam(query, 'limit'),
        continue: query.get('continue') ?? undefined,
        resourceVersion: query.get('resourceVersion') ?? undefined,
        resourceVersionMatch: query.get('resourceVersionMatch') ?? undefined,
      },
      user,
    );
    if (table) {
      sendJson(
        res,
        200,
        toTable(type, version, list.items, {
          ...list.metadata,
          includeObject: query.get('includeObject') ?? undefined,
          now,
          tableVersion: table,
        }),
      );
    } else sendJson(res, 200, list);
    return;
  }
  if (verb === 'get') {
    const name = path.name ?? '';
    if (sub === 'log') {
      await serveLog(cluster, res, user, query, namespace ?? '', name);
      return;
    }
    const object =
      sub === 'scale'
        ? getScale(core, ref, name, namespace, user)
        : getObject(core, ref, name, namespace, user);
    if (table && sub !== 'scale')
      sendJson(
        res,
        200,
        toTable(type, version, [object], {
          resourceVersion: object.metadata.resourceVersion,
          includeObject: query.get('includeObject') ?? undefined,
          now,
          tableVersion: table,
        }),
      );
    else sendJson(res, 200, object);
    return;
  }
  if (verb === 'create') {
    if (
      path.name !== undefined ||
      (type.namespaced &&
        namespace === undefined &&
        !virtualResources.has(typeKey(type.group, type.plural)))
    ) {
      throw methodNotAllowed();
    }
    const input = await objectBody(r, namespace);
    if (virtualResources.has(typeKey(type.group, type.plural))) {
      sendJson(res, 201, review(core, type, input, user, namespace));
      return;
    }
    const result = await createObject(core, ref, input, {
      user,
      dryRun: dryRunParam(query),
      fieldValidation: fieldValidationParam(query),
      fieldManager: query.get('fieldManager') ?? undefined,
    });
    sendJson(res, 201, result.object, result.warnings);
    return;
  }
  const name = path.name ?? '';
  if (verb === 'update' || verb === 'patch') {
    const options = {
      user,
      dryRun: dryRunParam(query),
      fieldValidation: fieldValidationParam(query),
      fieldManager: query.get('fieldManager') ?? undefined,
      forceConflict,
    };
    if (sub === 'scale') {
      const change =
        verb === 'update'
          ? { body: await body(r) }
          : { patchType: patchTypeOf(r.req.headers['content-type']), patch: await body(r) };
      const result = await writeScale(core, ref, name, namespace, change, options);
      sendJson(res, 200, result.object, result.warnings);
      return;
    }
    const subresource = sub === 'status' ? 'status' : undefined;
    const result =
      verb === 'update'
        ? await updateObject(core, ref, await objectBody(r, namespace), { ...options, subresource })
        : await patchObject(
            core,
            ref,
            name,
            namespace,
            patchTypeOf(r.req.headers['content-type']),
            await body(r),
            {
              ...options,
              subresource,
            },
          );
    sendJson(res, 200, result.object, result.warnings);
    return;
  }
  const options = deleteOptionsOf(query, await body(r));
  if (verb === 'delete') {
    const outcome = await deleteObject(core, ref, name, namespace, { ...options, user });
    sendJson(res, 200, outcome.result, outcome.warnings);
    return;
  }
  core.authorize(user, {
    verb: 'deletecollection',
    group: type.group,
    resource: type.plural,
    namespace,
  });
  const list = listObjects(core, ref, {
    namespace,
    labelSelector: query.get('labelSelector') ?? undefined,
    fieldSelector: query.get('fieldSelector') ?? undefined,
  });
  const items: KubeObject[] = [];
  for (const item of list.items) {
    const outcome = await deleteObject(
      core,
      ref,
      item.metadata.name,
      item.metadata.namespace,
      options,
    );
    if (outcome.result.kind !== 'Status') items.push(outcome.result as KubeObject);
    else items.push(item);
  }
  sendJson(res, 200, { ...list, items });
}
