/**
 * Watches over HTTP: chunked newline-delimited JSON events, or WebSocket messages (plain JSON text,
 * or base64 frames with the `base64.binary.k8s.io` subprotocol), with `timeoutSeconds`, Table
 * conversion, and closing when the hub ends the watch (expired version, dropped by a fault).
 */
import type { ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { RequestUser, ResourceRef, WatchEvent } from './api';
import type { Cluster } from './cluster';
import { checkFieldSelector, parseFieldSelector } from './field-selector';
import { boolParam, intParam } from './http-util';
import { parseLabelSelector } from './label-selector';
import { watchObjects } from './read';
import type { ResourceType, VersionSpec } from './resource-type';
import { toTable } from './table';

/** Where watch events go. */
export interface WatchSink {
  send(text: string): void;
  close(): void;
  /** Registers the callback for the client going away. */
  onClientClose(callback: () => void): void;
}

/** Everything a watch request needs. */
export interface WatchContext {
  cluster: Cluster;
  user: RequestUser;
  ref: ResourceRef;
  type: ResourceType;
  version: VersionSpec;
  namespace?: string;
  query: URLSearchParams;
  /** The Table version requested, if any. */
  table?: string;
}

/** Throws the error a watch request would be refused with (RBAC, selectors), if any. */
export function checkWatch(ctx: WatchContext): void {
  const { type, query } = ctx;
  ctx.cluster.core.authorize(ctx.user, {
    verb: 'watch',
    group: type.group,
    resource: type.plural,
    namespace: ctx.namespace,
  });
  parseLabelSelector(query.get('labelSelector') ?? undefined);
  checkFieldSelector(type, parseFieldSelector(query.get('fieldSelector') ?? undefined));
}

/** Starts a watch (throws `ApiError` before anything is sent if the request is refused). */
export function startWatch(ctx: WatchContext, sink: WatchSink): void {
  const { query } = ctx;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const finish = (): void => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    watch.stop();
    sink.close();
  };
  const encode = (event: WatchEvent): string => {
    if (
      ctx.table &&
      (event.type === 'ADDED' || event.type === 'MODIFIED' || event.type === 'DELETED')
    ) {
      const table = toTable(ctx.type, ctx.version, [event.object], {
        includeObject: query.get('includeObject') ?? undefined,
        now: ctx.cluster.core.clock(),
        tableVersion: ctx.table,
        resourceVersion: event.object.metadata.resourceVersion,
      });
      return JSON.stringify({ type: event.type, object: table });
    }
    return JSON.stringify(event);
  };
  const watch = watchObjects(
    ctx.cluster.core,
    ctx.ref,
    {
      namespace: ctx.namespace,
      labelSelector: query.get('labelSelector') ?? undefined,
      fieldSelector: query.get('fieldSelector') ?? undefined,
      resourceVersion: query.get('resourceVersion') ?? undefined,
      allowWatchBookmarks: boolParam(query, 'allowWatchBookmarks'),
      sendInitialEvents: query.has('sendInitialEvents')
        ? boolParam(query, 'sendInitialEvents')
        : undefined,
      droppable: true,
      onClose: () => finish(),
    },
    (event) => {
      if (!closed) sink.send(encode(event));
    },
    ctx.user,
  );
  const timeout = intParam(query, 'timeoutSeconds');
  if (timeout !== undefined && timeout > 0) {
    timer = setTimeout(finish, timeout * 1000);
    timer.unref();
  }
  sink.onClientClose(finish);
}

/** A sink writing chunked newline-delimited JSON. */
export function chunkedSink(res: ServerResponse, warnings: string[] = []): WatchSink {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache, private',
      'Transfer-Encoding': 'chunked',
      ...(warnings.length ? { Warning: warnings } : {}),
    });
    res.flushHeaders();
  };
  return {
    send: (text) => {
      start();
      res.write(`${text}\n`);
    },
    close: () => {
      start();
      res.end();
    },
    onClientClose: (callback) => {
      res.on('close', callback);
      start();
    },
  };
}

/** A sink sending one WebSocket message per event (base64 text frames for `base64.binary.k8s.io`). */
export function webSocketSink(ws: WebSocket): WatchSink {
  const base64 = ws.protocol === 'base64.binary.k8s.io';
  const binary = ws.protocol === 'binary.k8s.io';
  return {
    send: (text) => {
      if (base64) ws.send(Buffer.from(text, 'utf8').toString('base64'));
      else if (binary) ws.send(Buffer.from(text, 'utf8'), { binary: true });
      else ws.send(text);
    },
    close: () => ws.close(1000),
    onClientClose: (callback) => {
      ws.on('close', callback);
      ws.on('error', callback);
    },
  };
}
