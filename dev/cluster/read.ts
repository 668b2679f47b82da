/**
 * GET, LIST (selectors, `limit`/`continue` with consistent snapshots, `resourceVersionMatch=Exact`)
 * and WATCH of the cluster.
 */
import type {
  KubeList,
  KubeObject,
  ListOptions,
  RequestUser,
  ResourceRef,
  Watch,
  WatchEvent,
  WatchOptions,
} from './api';
import type { ClusterCore } from './core';
import { badRequest, expired, methodNotAllowed, notFound } from './errors';
import { checkFieldSelector, matchesFields, parseFieldSelector } from './field-selector';
import { isRecord } from './json-util';
import { matchesLabels, parseLabelSelector } from './label-selector';
import { toVersion } from './object-pipeline';
import { apiVersionOf } from './resource-type';
import { objectKey } from './store';

/** List options with the HTTP-only resource-version parameters. */
export interface ListRequest extends ListOptions {
  resourceVersion?: string;
  resourceVersionMatch?: string;
}

/** Watch options with the HTTP-only parameters. */
export interface WatchRequest extends WatchOptions {
  /** Called when the server ends the watch (fault, expired version). */
  onClose?: () => void;
  /** The watch may be dropped by fault injection (HTTP watches). */
  droppable?: boolean;
}

interface ContinueToken {
  rv: number;
  start: string;
}

const expiredContinue =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

function encodeContinue(token: ContinueToken): string {
  return Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv: token.rv, start: token.start }),
  ).toString('base64');
}

function decodeContinue(value: string): ContinueToken {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    if (
      isRecord(parsed) &&
      parsed.v === 'meta.k8s.io/v1' &&
      typeof parsed.rv === 'number' &&
      typeof parsed.start === 'string'
    ) {
      return { rv: parsed.rv, start: parsed.start };
    }
  } catch {
    // fall through
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

/** Reads one object. */
export function getObject(
  core: ClusterCore,
  ref: ResourceRef,
  name: string,
  namespace: string | undefined,
  user?: RequestUser,
): KubeObject {
  const { type, version } = core.registry.resolve(ref);
  if (!type.verbs.includes('get')) throw methodNotAllowed();
  const ns = type.namespaced ? namespace : undefined;
  core.authorize(user, {
    verb: 'get',
    group: type.group,
    resource: type.plural,
    namespace: ns,
    name,
  });
  const found = core.store.get(core.key(type), ns, name);
  if (!found) throw notFound({ group: type.group, resource: type.plural }, name);
  return toVersion(type, found, version.name);
}

/** Lists objects. */
export function listObjects(
  core: ClusterCore,
  ref: ResourceRef,
  options: ListRequest = {},
  user?: RequestUser,
): KubeList {
  const { type, version } = core.registry.resolve(ref);
  if (!type.verbs.includes('list')) throw methodNotAllowed();
  const ns = type.namespaced ? options.namespace : undefined;
  core.authorize(user, { verb: 'list', group: type.group, resource: type.plural, namespace: ns });
  const labels = parseLabelSelector(options.labelSelector);
  const fields = parseFieldSelector(options.fieldSelector);
  checkFieldSelector(type, fields);
  const key = core.key(type);
  let rv = core.store.currentRv();
  let start = '';
  let objects: KubeObject[];
  if (options.continue) {
    const token = decodeContinue(options.continue);
    rv = token.rv;
    start = token.start;
    const snapshot = core.store.snapshot(key, rv, ns);
    if (!Array.isArray(snapshot)) throw expired(expiredContinue);
    objects = snapshot;
  } else if (options.resourceVersionMatch === 'Exact' && options.resourceVersion) {
    rv = Number(options.resourceVersion);
    const snapshot = core.store.snapshot(key, rv, ns);
    if (!Array.isArray(snapshot))
      throw expired('The resourceVersion for the provided list is too old.');
    objects = snapshot;
  } else {
    objects = core.store.list(key, ns);
  }
  let matching = objects.filter(
    (o) =>
      objectKey(o.metadata.namespace, o.metadata.name) >= start &&
      matchesLabels(labels, o.metadata.labels) &&
      matchesFields(fields, o),
  );
  const metadata: KubeList['metadata'] = { resourceVersion: String(rv) };
  const limit = options.limit ?? 0;
  if (limit > 0 && matching.length > limit) {
    const last = matching[limit - 1];
    metadata.continue = encodeContinue({
      rv,
      start: `${objectKey(last.metadata.namespace, last.metadata.name)}\u0000`,
    });
    if (!labels.length && !fields.length) metadata.remainingItemCount = matching.length - limit;
    matching = matching.slice(0, limit);
  }
  return {
    apiVersion: apiVersionOf(type.group, version.name),
    kind: type.listKind,
    metadata,
    items: matching.map((o) => toVersion(type, o, version.name)),
  };
}

/** Watches objects; events are delivered asynchronously, in order. */
export function watchObjects(
  core: ClusterCore,
  ref: ResourceRef,
  options: WatchRequest,
  onEvent: (event: WatchEvent) => void,
  user?: RequestUser,
): Watch {
  const { type, version } = core.registry.resolve(ref);
  if (!type.verbs.includes('watch')) throw methodNotAllowed();
  const ns = type.namespaced ? options.namespace : undefined;
  core.authorize(user, { verb: 'watch', group: type.group, resource: type.plural, namespace: ns });
  const labels = parseLabelSelector(options.labelSelector);
  const fields = parseFieldSelector(options.fieldSelector);
  checkFieldSelector(type, fields);
  const rv =
    options.resourceVersion && options.resourceVersion !== '0'
      ? Number(options.resourceVersion)
      : undefined;
  if (rv !== undefined && !Number.isFinite(rv))
    throw badRequest(
      `Invalid value: "${options.resourceVersion}": resourceVersion must be a number`,
    );
  const initial = options.sendInitialEvents === true;
  const apiVersion = apiVersionOf(type.group, version.name);
  return core.hub.start({
    typeKey: core.key(type),
    namespace: ns,
    labels,
    fields,
    resourceVersion: initial ? undefined : rv,
    sendInitialEvents: options.sendInitialEvents !== false,
    initialEventsEndBookmark: initial && options.allowWatchBookmarks === true,
    bookmarkIntervalMs: options.allowWatchBookmarks ? core.bookmarkIntervalMs : 0,
    droppable: options.droppable,
    onClose: options.onClose,
    onEvent: (e) => {
      if (e.type === 'ERROR') {
        onEvent({ type: 'ERROR', object: e.object as unknown as KubeObject });
        return;
      }
      const object = e.object as KubeObject;
      onEvent({
        type: e.type,
        object:
          e.type === 'BOOKMARK'
            ? { ...object, apiVersion, kind: type.kind }
            : toVersion(type, object, version.name),
      });
    },
  });
}
