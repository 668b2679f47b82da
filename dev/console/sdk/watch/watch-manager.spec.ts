import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '../http/http-error';
import { modelFromSpec } from '../models/model-factory';
import {
  type ListResult,
  type Timers,
  WatchManager,
  type WatchSocketHandlers,
  type WatchTransport,
} from './watch-manager';
import { listParams, makeWatchId, makeWatchQuery, watchParams } from './watch-query';

const model = modelFromSpec({
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  namespaced: true,
});
const cm = (name: string, rv: string, data = {}): SDK.K8sResourceKind => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'a', resourceVersion: rv, uid: `uid-${name}` },
  data,
});

/** A transport whose lists answer from a queue and whose sockets the test drives. */
class FakeTransport implements WatchTransport {
  lists: { namespace?: string; params: Record<string, string> }[] = [];
  gets: string[] = [];
  listAnswers: (ListResult | Error)[] = [];
  getAnswers: (SDK.K8sResourceCommon | Error)[] = [];
  sockets: { params: Record<string, string>; handlers: WatchSocketHandlers; closed: boolean }[] =
    [];

  list(_m: SDK.K8sModel, namespace: string | undefined, params: Record<string, string>) {
    this.lists.push({ namespace, params });
    const answer = this.listAnswers.shift() ?? { items: [], metadata: { resourceVersion: '1' } };
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }

  get(_m: SDK.K8sModel, name: string) {
    this.gets.push(name);
    const answer = this.getAnswers.shift() ?? new HttpError('not found', 404);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }

  openWatch(
    _m: SDK.K8sModel,
    _ns: string | undefined,
    params: Record<string, string>,
    handlers: WatchSocketHandlers,
  ) {
    const socket = { params, handlers, closed: false };
    this.sockets.push(socket);
    return { close: () => void (socket.closed = true) };
  }

  get last() {
    return this.sockets[this.sockets.length - 1];
  }

  send(event: object) {
    this.last.handlers.onMessage(JSON.stringify(event));
  }
}

/** Timers that only fire when the test says so. */
class FakeTimers implements Timers {
  pending: { fn: () => void; ms: number; id: number }[] = [];
  private next = 0;
  setTimeout(fn: () => void, ms: number) {
    const id = ++this.next;
    this.pending.push({ fn, ms, id });
    return id;
  }
  clearTimeout(id: unknown) {
    this.pending = this.pending.filter((t) => t.id !== id);
  }
  fire() {
    const due = this.pending;
    this.pending = [];
    due.forEach((t) => t.fn());
    return due.map((t) => t.ms);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

const setup = () => {
  const transport = new FakeTransport();
  const timers = new FakeTimers();
  const manager = new WatchManager(transport, timers, {
    retryBase: 100,
    retryMax: 400,
    listRetry: 1500,
    objectPoll: 3000,
    pageSize: 2,
  });
  return { transport, timers, manager };
};

const listQuery = makeWatchQuery(
  {
    groupVersionKind: { version: 'v1', kind: 'ConfigMap' },
    isList: true,
    namespace: 'a',
    selector: { matchLabels: { app: 'x' } },
  },
  model,
);

describe('WatchManager', () => {
  it('lists (all pages), then watches from the list resourceVersion and applies events', async () => {
    const { transport, manager } = setup();
    transport.listAnswers.push(
      { items: [cm('one', '5')], metadata: { resourceVersion: '9', continue: 'next' } },
      { items: [cm('two', '6')], metadata: { resourceVersion: '10' } },
    );
    const listener = vi.fn();
    const { id } = manager.acquire(model, listQuery, listener);
    await settle();
    expect(transport.lists.map((l) => l.params)).toEqual([
      { labelSelector: 'app=x', limit: '2' },
      { labelSelector: 'app=x', limit: '2', continue: 'next' },
    ]);
    expect(transport.last.params).toMatchObject({
      watch: 'true',
      labelSelector: 'app=x',
      resourceVersion: '10',
      allowWatchBookmarks: 'true',
    });
    expect(manager.getSnapshot(id)).toMatchObject({ loaded: true, loadError: undefined });
    expect(
      (manager.getSnapshot(id)?.data as SDK.K8sResourceCommon[]).map((o) => o.metadata?.name),
    ).toEqual(['one', 'two']);
    expect(listener).toHaveBeenCalled();

    transport.send({ type: 'ADDED', object: cm('three', '11') });
    transport.send({ type: 'MODIFIED', object: cm('one', '12', { k: 'v' }) });
    transport.send({ type: 'DELETED', object: cm('two', '13') });
    await settle();
    const data = manager.getSnapshot(id)?.data as SDK.K8sResourceKind[];
    expect(data.map((o) => o.metadata?.name)).toEqual(['one', 'three']);
    expect(data[0].data).toEqual({ k: 'v' });
  });

  it('shares one watch between components asking for the same thing and stops it with the last', async () => {
    const { transport, manager } = setup();
    const a = manager.acquire(model, listQuery, () => undefined);
    const sameQuery = makeWatchQuery(
      {
        isList: true,
        groupVersionKind: { kind: 'ConfigMap', version: 'v1' },
        selector: { matchLabels: { app: 'x' } },
        namespace: 'a',
      },
      model,
    );
    const b = manager.acquire(model, sameQuery, () => undefined);
    expect(b.id).toBe(a.id);
    await settle();
    expect(transport.lists).toHaveLength(1);
    expect(manager.activeWatches()).toEqual([{ id: a.id, refs: 2, watching: true }]);
    a.release();
    a.release();
    expect(manager.activeWatches()[0].refs).toBe(1);
    expect(transport.last.closed).toBe(false);
    b.release();
    expect(manager.activeWatches()).toEqual([]);
    expect(transport.last.closed).toBe(true);
  });

  it('resumes a dropped watch from the last version seen, with back-off, without listing again', async () => {
    const { transport, timers, manager } = setup();
    transport.listAnswers.push({ items: [], metadata: { resourceVersion: '20' } });
    manager.acquire(model, listQuery, () => undefined);
    await settle();
    transport.send({ type: 'ADDED', object: cm('x', '21') });
    transport.send({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '25' } } });
    transport.last.handlers.onClose(1006);
    expect(timers.fire()).toEqual([100]);
    expect(transport.sockets).toHaveLength(2);
    expect(transport.last.params.resourceVersion).toBe('25');
    transport.last.handlers.onClose(1006);
    expect(timers.fire()).toEqual([200]);
    transport.last.handlers.onClose(1006);
    expect(timers.fire()).toEqual([400]);
    transport.last.handlers.onClose(1006);
    expect(timers.fire()).toEqual([400]);
    transport.last.handlers.onOpen();
    transport.last.handlers.onClose(1000);
    expect(timers.fire()).toEqual([100]);
    expect(transport.lists).toHaveLength(1);
  });

  it('lists again when the watch answers 410 Gone (expired resourceVersion)', async () => {
    const { transport, manager } = setup();
    transport.listAnswers.push(
      { items: [cm('old', '3')], metadata: { resourceVersion: '3' } },
      { items: [cm('new', '50')], metadata: { resourceVersion: '50' } },
    );
    const { id } = manager.acquire(model, listQuery, () => undefined);
    await settle();
    const first = transport.last;
    transport.send({
      type: 'ERROR',
      object: {
        kind: 'Status',
        code: 410,
        reason: 'Expired',
        message: 'too old resource version: 3',
      },
    });
    await settle();
    expect(first.closed).toBe(true);
    expect(transport.lists).toHaveLength(2);
    expect(transport.last.params.resourceVersion).toBe('50');
    expect(
      (manager.getSnapshot(id)?.data as SDK.K8sResourceCommon[]).map((o) => o.metadata?.name),
    ).toEqual(['new']);
  });

  it('reports a failed list as loadError (the API message) and lists again every listRetry until it succeeds', async () => {
    const { transport, timers, manager } = setup();
    transport.listAnswers.push(
      new HttpError('configmaps is forbidden: User "viewer" cannot list', 403),
      new HttpError('the server is currently unable to handle the request', 503),
    );
    const { id } = manager.acquire(model, listQuery, () => undefined);
    await settle();
    const failed = manager.getSnapshot(id);
    expect(failed?.loaded).toBe(false);
    expect(failed?.loadError).toBeInstanceOf(HttpError);
    expect((failed?.loadError as HttpError).message).toContain('forbidden');
    expect(transport.sockets).toHaveLength(0);
    expect(timers.fire()).toEqual([1500]);
    await settle();
    expect((manager.getSnapshot(id)?.loadError as HttpError).code).toBe(503);
    transport.listAnswers.push({ items: [cm('ok', '2')], metadata: { resourceVersion: '2' } });
    expect(timers.fire()).toEqual([1500]);
    await settle();
    expect(manager.getSnapshot(id)).toMatchObject({ loaded: true, loadError: undefined });
  });

  it('keeps the loaded items when listing again fails, as the console does', async () => {
    const { transport, timers, manager } = setup();
    transport.listAnswers.push(
      { items: [cm('kept', '3')], metadata: { resourceVersion: '3' } },
      new HttpError('the server is currently unable to handle the request', 503),
    );
    const { id } = manager.acquire(model, listQuery, () => undefined);
    await settle();
    transport.send({ type: 'ERROR', object: { kind: 'Status', code: 500, message: 'boom' } });
    expect(timers.fire()).toEqual([100]);
    await settle();
    const snapshot = manager.getSnapshot(id);
    expect(snapshot?.loaded).toBe(true);
    expect((snapshot?.loadError as HttpError).code).toBe(503);
    expect((snapshot?.data as SDK.K8sResourceCommon[]).map((o) => o.metadata?.name)).toEqual([
      'kept',
    ]);
  });

  it('watches one object as the console: a GET every objectPoll and a watch by name alongside', async () => {
    const { transport, timers, manager } = setup();
    transport.getAnswers.push(cm('single', '7'));
    const query = makeWatchQuery(
      { groupVersionKind: { version: 'v1', kind: 'ConfigMap' }, name: 'single', namespace: 'a' },
      model,
    );
    const { id } = manager.acquire(model, query, () => undefined);
    await settle();
    expect(transport.gets).toEqual(['single']);
    expect(transport.last.params).toMatchObject({ fieldSelector: 'metadata.name=single' });
    expect(transport.last.params.resourceVersion).toBeUndefined();
    expect(manager.getSnapshot(id)).toMatchObject({ loaded: true, loadError: undefined });
    transport.send({ type: 'MODIFIED', object: cm('single', '8', { a: 'b' }) });
    await settle();
    expect((manager.getSnapshot(id)?.data as SDK.K8sResourceKind).data).toEqual({ a: 'b' });
    // A failed GET: the error is reported, the object kept.
    transport.getAnswers.push(new HttpError('the server is currently unable to handle', 503));
    expect(timers.fire()).toEqual([3000]);
    await settle();
    expect((manager.getSnapshot(id)?.loadError as HttpError).code).toBe(503);
    expect((manager.getSnapshot(id)?.data as SDK.K8sResourceKind).data).toEqual({ a: 'b' });
    // Any event clears the error.
    transport.send({ type: 'MODIFIED', object: cm('single', '9', { a: 'c' }) });
    await settle();
    expect(manager.getSnapshot(id)?.loadError).toBeUndefined();
    // Deleted: the console keeps the last object; the next GET's 404 says it is gone.
    transport.send({ type: 'DELETED', object: cm('single', '10', { a: 'c' }) });
    await settle();
    expect(manager.getSnapshot(id)).toMatchObject({ loaded: true, loadError: undefined });
    expect(manager.getSnapshot(id)?.data).toMatchObject({ metadata: { name: 'single' } });
    expect(timers.fire()).toEqual([3000]);
    await settle();
    expect((manager.getSnapshot(id)?.loadError as HttpError).code).toBe(404);
    // A dropped socket reconnects with back-off, again from the current state (no version).
    transport.last.handlers.onClose(1006);
    expect(timers.fire()).toEqual(expect.arrayContaining([100]));
    expect(transport.sockets).toHaveLength(2);
    expect(transport.last.params.resourceVersion).toBeUndefined();
  });

  it('ignores answers that arrive after the watch was released', async () => {
    const { transport, manager } = setup();
    let resolve: (l: ListResult) => void = () => undefined;
    transport.list = () => new Promise<ListResult>((r) => (resolve = r));
    const { release } = manager.acquire(model, listQuery, () => undefined);
    release();
    resolve({ items: [], metadata: { resourceVersion: '1' } });
    await settle();
    expect(transport.sockets).toHaveLength(0);
  });
});

describe('watch queries', () => {
  it('gives equal ids to equal queries whatever the key order', () => {
    const a = makeWatchQuery(
      {
        isList: true,
        namespace: 'n',
        fieldSelector: 'f=1',
        groupVersionKind: { version: 'v1', kind: 'ConfigMap' },
      },
      model,
    );
    const b = makeWatchQuery(
      {
        groupVersionKind: { kind: 'ConfigMap', version: 'v1' },
        fieldSelector: 'f=1',
        namespace: 'n',
        isList: true,
      },
      model,
    );
    expect(makeWatchId(model, a)).toBe(makeWatchId(model, b));
    expect(makeWatchId(model, a)).not.toBe(makeWatchId(model, { ...a, namespace: 'm' }));
  });

  it('drops the namespace of cluster-scoped kinds and combines name and field selectors for lists', () => {
    const namespaces = modelFromSpec({
      group: '',
      version: 'v1',
      kind: 'Namespace',
      plural: 'namespaces',
      namespaced: false,
    });
    expect(makeWatchQuery({ isList: true, namespace: 'x' }, namespaces)).toEqual({ isList: true });
    const q = makeWatchQuery(
      { isList: true, name: 'n1', fieldSelector: 'status.phase=Running', namespace: 'a' },
      model,
    );
    expect(listParams(q)).toEqual({ fieldSelector: 'status.phase=Running,metadata.name=n1' });
    expect(watchParams(q, '4')).toEqual({
      watch: 'true',
      fieldSelector: 'status.phase=Running,metadata.name=n1',
      resourceVersion: '4',
      allowWatchBookmarks: 'true',
    });
  });
});
