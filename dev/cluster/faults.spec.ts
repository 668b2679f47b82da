import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector, noFaults } from './faults';
import { openWatchSocket, type Running, startRunning } from './http-test-support';
import { configMap, refs } from './test-support';

describe('fault injector', () => {
  it('is deterministic for a seed', async () => {
    const outcomes = async (seed: number): Promise<boolean[]> => {
      const faults = new FaultInjector(() => 0);
      faults.set({ seed, errors: { get: { code: 503, probability: 0.5 } } });
      const results: boolean[] = [];
      for (let i = 0; i < 20; i++)
        results.push(
          await faults.before('get').then(
            () => true,
            () => false,
          ),
        );
      return results;
    };
    const a = await outcomes(42);
    expect(await outcomes(42)).toEqual(a);
    expect(a.filter((ok) => !ok).length).toBeGreaterThan(3);
    expect(a.filter((ok) => ok).length).toBeGreaterThan(3);
  });

  it('adds latency per verb and counts down forced conflicts', async () => {
    const faults = new FaultInjector(() => 0);
    expect(faults.config).toEqual(noFaults());
    faults.update({ latencyMs: { list: 50 }, conflictNextUpdates: 2 });
    const start = Date.now();
    await faults.before('list');
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
    await faults.before('get');
    expect([faults.takeConflict(), faults.takeConflict(), faults.takeConflict()]).toEqual([
      true,
      true,
      false,
    ]);
    expect(() => faults.set({ latencyMs: { frobnicate: 1 } } as never)).toThrow(
      'unknown verb "frobnicate"',
    );
    faults.close();
  });
});

describe('faults over HTTP', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startRunning();
    await run.cluster.api.create(refs.configmaps, configMap('c'));
  });
  afterAll(async () => {
    await run.stop();
  });
  const put = (body: unknown) =>
    run.request('/_sim/faults', { method: 'PUT', body: JSON.stringify(body), token: null });

  it('injects Status errors per verb, and resets', async () => {
    expect((await put({ errors: { list: { code: 503, probability: 1 } } })).status).toBe(200);
    const failing = await run.request('/api/v1/namespaces/default/configmaps');
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({
      kind: 'Status',
      code: 503,
      reason: 'ServiceUnavailable',
    });
    expect((await run.request('/api/v1/namespaces/default/configmaps/c')).status).toBe(200);
    await put({ errors: { get: { code: 504, probability: 1 } } });
    expect(
      await (await run.request('/api/v1/namespaces/default/configmaps/c')).json(),
    ).toMatchObject({ code: 504, reason: 'Timeout' });
    await run.request('/_sim/faults', { method: 'DELETE', token: null });
    expect(await (await run.request('/_sim/faults', { token: null })).json()).toEqual(noFaults());
  });

  it('injects errors on WebSocket watches too, before upgrading', async () => {
    await put({ errors: { watch: { code: 503, probability: 1 } } });
    const url = `${run.server.url}/api/v1/namespaces/default/configmaps?watch=true`;
    const refused = openWatchSocket(url, [], { Authorization: 'Bearer admin-token' });
    expect(
      await refused.opened.then(
        () => 'opened',
        (e: Error) => e.message,
      ),
    ).toBe('Unexpected server response: 503');
    await put({});
    const accepted = openWatchSocket(url, [], { Authorization: 'Bearer admin-token' });
    await accepted.opened;
    accepted.socket.close();
  });

  it('forces 409 on the next updates', async () => {
    await put({ conflictNextUpdates: 1 });
    const patch = () =>
      run.request('/api/v1/namespaces/default/configmaps/c', {
        method: 'PATCH',
        body: '{"data":{"x":"1"}}',
        headers: { 'Content-Type': 'application/merge-patch+json' },
      });
    const first = await patch();
    expect(first.status).toBe(409);
    expect(((await first.json()) as { message: string }).message).toBe(
      'Operation cannot be fulfilled on configmaps "c": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect((await patch()).status).toBe(200);
  });

  it('drops open watches now and every N seconds', async () => {
    await put({});
    const watch = await run.request('/api/v1/namespaces/default/configmaps?watch=1');
    const ended = watch.text();
    const dropped = await run.request('/_sim/faults/drop-watches', { method: 'POST', token: null });
    expect(await dropped.json()).toEqual({ dropped: 1 });
    expect(await ended).toContain('"ADDED"');
    await put({ dropWatchesEverySeconds: 0.1 });
    const again = await run.request('/api/v1/namespaces/default/configmaps?watch=1');
    await again.text();
    await put({});
  });
});
