import { describe, expect, it } from 'vitest';
import { createRequestPool, isAbortError } from './request-pool';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createRequestPool', () => {
  it.each([1, 3, 6])(
    'keeps at most %i requests in flight and starts them in order',
    async (limit) => {
      const pool = createRequestPool(limit, new AbortController().signal);
      let inFlight = 0;
      let peak = 0;
      const started: number[] = [];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          pool.run(
            async () => {
              started.push(i);
              inFlight += 1;
              peak = Math.max(peak, inFlight);
              await sleep(1 + (i % 3));
              inFlight -= 1;
              return `r${i}`;
            },
            (r) => r.length,
          ),
        ),
      );
      expect(peak).toBe(limit);
      expect(started).toEqual([...started].sort((a, b) => a - b));
      expect(results[39]).toBe('r39');
      expect(pool.stats()).toEqual({
        requests: 40,
        inFlight: 0,
        peakInFlight: limit,
        bytes: results.join('').length,
      });
    },
  );

  it('keeps going after a failed request and passes its error on', async () => {
    const pool = createRequestPool(1, new AbortController().signal);
    const failed = pool.run(() => Promise.reject(new Error('403')));
    const next = pool.run(() => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('403');
    await expect(next).resolves.toBe('ok');
  });

  it('rejects queued and later requests when aborted, and hands the signal to running ones', async () => {
    const controller = new AbortController();
    const pool = createRequestPool(1, controller.signal);
    let seenSignal: AbortSignal | undefined;
    const running = pool.run(async (signal) => {
      seenSignal = signal;
      await sleep(10);
      return 'done';
    });
    let queuedStarted = false;
    const queued = pool.run(() => {
      queuedStarted = true;
      return Promise.resolve('never');
    });
    controller.abort();
    await expect(queued).rejects.toSatisfy(isAbortError);
    await expect(pool.run(() => Promise.resolve('late'))).rejects.toSatisfy(isAbortError);
    expect(seenSignal?.aborted).toBe(true);
    await expect(running).resolves.toBe('done');
    expect(queuedStarted).toBe(false);
    expect(isAbortError(new Error('x'))).toBe(false);
    expect(isAbortError({ name: 'AbortError' })).toBe(true);
  });

  it('treats a limit below 1 as 1', async () => {
    const pool = createRequestPool(0, new AbortController().signal);
    await Promise.all([pool.run(() => sleep(1)), pool.run(() => sleep(1))]);
    expect(pool.stats().peakInFlight).toBe(1);
  });
});
