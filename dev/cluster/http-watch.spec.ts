import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWatchSocket, readEvents, type Running, startRunning } from './http-test-support';
import { configMap, eventually, refs } from './test-support';

let run: Running;
beforeAll(async () => {
  run = await startRunning();
});
afterAll(async () => {
  await run.stop();
});

const cmPath = '/api/v1/namespaces/default/configmaps';

describe('watch over HTTP', () => {
  it('streams newline-delimited JSON events, with selectors applied', async () => {
    await run.cluster.api.create(refs.configmaps, configMap('w1', 'default', {}, { app: 'x' }));
    const response = await run.request(`${cmPath}?watch=1&labelSelector=app%3Dx`);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    await run.cluster.api.create(refs.configmaps, configMap('w2', 'default', {}, { app: 'y' }));
    await run.cluster.api.patch(refs.configmaps, 'w1', 'default', 'merge', {
      metadata: { labels: { app: 'y' } },
    });
    const events = await readEvents(response, 2);
    expect(
      events.map((e) => `${e.type} ${String((e.object.metadata as { name: string }).name)}`),
    ).toEqual(['ADDED w1', 'DELETED w1']);
  });

  it('ends the stream after timeoutSeconds, and reports an expired version as an ERROR event', async () => {
    const started = Date.now();
    const response = await run.request(
      `${cmPath}?watch=true&timeoutSeconds=1&resourceVersion=${run.cluster.core.store.currentRv()}`,
    );
    expect(await response.text()).toBe('');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const small = await startRunning({ watchHistorySize: 1 });
    try {
      const first = await small.cluster.api.create(refs.configmaps, configMap('a'));
      await small.cluster.api.create(refs.configmaps, configMap('b'));
      await small.cluster.api.create(refs.configmaps, configMap('c'));
      const expired = await small.request(
        `${cmPath}?watch=1&resourceVersion=${first.object.metadata.resourceVersion ?? ''}`,
      );
      const events = JSON.parse((await expired.text()).trim()) as {
        type: string;
        object: { code: number; reason: string };
      };
      expect(events).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
    } finally {
      await small.stop();
    }
  });

  it('watches over WebSocket as plain JSON messages, or base64 frames for base64.binary.k8s.io', async () => {
    const url = `${run.server.url}${cmPath}?watch=true&fieldSelector=metadata.name%3Dws`;
    const plain = openWatchSocket(url, [], { Authorization: 'Bearer viewer-token' });
    const token = Buffer.from('viewer-token').toString('base64url');
    const b64 = openWatchSocket(url, [
      'base64.binary.k8s.io',
      `base64url.bearer.authorization.k8s.io.${token}`,
    ]);
    await Promise.all([plain.opened, b64.opened]);
    expect(b64.socket.protocol).toBe('base64.binary.k8s.io');
    await run.cluster.api.create(refs.configmaps, configMap('ws'));
    await run.cluster.api.delete(refs.configmaps, 'ws', 'default');
    await eventually(() => plain.messages.length === 2 && b64.messages.length === 2);
    for (const messages of [plain.messages, b64.messages]) {
      expect(messages.map((m) => (m as { type: string }).type)).toEqual(['ADDED', 'DELETED']);
    }
    plain.socket.close();
    b64.socket.close();
  });

  it('refuses a WebSocket watch the user may not do, before upgrading', async () => {
    const denied = openWatchSocket(`${run.server.url}/api/v1/secrets?watch=true`, [], {
      Authorization: 'Bearer viewer-token',
    });
    const error = await denied.opened.then(
      () => 'opened',
      (e: Error) => e.message,
    );
    expect(error).toBe('Unexpected server response: 403');
  });

  it('sends Table rows for kubectl get -w', async () => {
    const response = await run.request(`${cmPath}?watch=1&fieldSelector=metadata.name%3Dtbl`, {
      headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
    });
    await run.cluster.api.create(refs.configmaps, configMap('tbl', 'default', { a: '1', b: '2' }));
    const [event] = await readEvents(response, 1);
    expect(event.object).toMatchObject({
      kind: 'Table',
      rows: [{ cells: ['tbl', 2, expect.stringMatching(/^\d+s$/)] }],
    });
  });
});
