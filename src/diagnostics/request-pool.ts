/**
 * Runs requests with at most `limit` in flight, in the order they were queued, and counts them
 * (requests, peak in flight, bytes). Aborting the signal rejects the queued requests and passes the
 * signal to the running ones.
 */

/** The pool's counters. */
export interface PoolStats {
  requests: number;
  inFlight: number;
  peakInFlight: number;
  bytes: number;
}

/** A bounded request pool. */
export interface RequestPool {
  /**
   * Queues a request. `sizeOf` measures the response for the byte counter. The request receives
   * the pool's abort signal.
   */
  run<T>(request: (signal: AbortSignal) => Promise<T>, sizeOf?: (result: T) => number): Promise<T>;
  stats(): PoolStats;
}

/** The error of requests that never ran because the collection was cancelled. */
export const abortError = (): DOMException =>
  new DOMException('The collection was cancelled', 'AbortError');

/** True for the errors an abort produces. */
export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException
    ? error.name === 'AbortError'
    : (error as { name?: unknown } | undefined)?.name === 'AbortError';

/** A pool of at most `limit` (≥ 1) requests in flight. */
export const createRequestPool = (limit: number, signal: AbortSignal): RequestPool => {
  const max = Math.max(1, Math.floor(limit));
  const stats: PoolStats = { requests: 0, inFlight: 0, peakInFlight: 0, bytes: 0 };
  const queue: (() => void)[] = [];
  const rejections = new Set<(error: unknown) => void>();

  signal.addEventListener('abort', () => {
    queue.length = 0;
    for (const reject of rejections) reject(abortError());
    rejections.clear();
  });

  const next = () => {
    while (stats.inFlight < max && queue.length > 0) queue.shift()?.();
  };

  return {
    run<T>(
      request: (signal: AbortSignal) => Promise<T>,
      sizeOf?: (result: T) => number,
    ): Promise<T> {
      if (signal.aborted) return Promise.reject(abortError());
      return new Promise<T>((resolve, reject) => {
        rejections.add(reject);
        queue.push(() => {
          rejections.delete(reject);
          stats.inFlight += 1;
          stats.requests += 1;
          stats.peakInFlight = Math.max(stats.peakInFlight, stats.inFlight);
          request(signal)
            .then((result) => {
              stats.bytes += sizeOf?.(result) ?? 0;
              resolve(result);
            }, reject)
            .finally(() => {
              stats.inFlight -= 1;
              next();
            });
        });
        next();
      });
    },
    stats: () => ({ ...stats }),
  };
};
