/**
 * A controller work queue like client-go's: keys are de-duplicated, one key is never processed
 * twice at the same time (a key added while it is processed runs once more afterwards), failed
 * keys are retried with exponential back-off, and a few different keys run concurrently.
 */

/** Options of a {@link WorkQueue}. */
export interface WorkQueueOptions {
  /** Keys processed at the same time. */
  concurrency?: number;
  /** First retry delay after a failure; doubles per failure of the same key. */
  retryBaseMs?: number;
  /** Upper bound of the retry delay. */
  retryMaxMs?: number;
  /** Called with every failure (after which the key is retried). */
  onError?: (key: string, error: unknown) => void;
}

/** De-duplicating, retrying work queue driving one reconcile function. */
export class WorkQueue {
  private readonly pending = new Set<string>();
  private readonly order: string[] = [];
  private readonly active = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private readonly concurrency: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(
    private readonly reconcile: (key: string) => Promise<void>,
    private readonly options: WorkQueueOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.retryBaseMs = options.retryBaseMs ?? 20;
    this.retryMaxMs = options.retryMaxMs ?? 2000;
  }

  /** Adds a key; processing starts on the next microtask. */
  add(key: string): void {
    if (this.stopped) return;
    if (this.active.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.order.push(key);
    queueMicrotask(() => this.pump());
  }

  /** Adds a key after `delayMs`. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    const handle = setTimeout(() => {
      this.retryTimers.delete(handle);
      this.add(key);
    }, delayMs);
    this.retryTimers.add(handle);
  }

  /** Resolves when no key is queued, being processed or waiting for a retry. */
  async idle(): Promise<void> {
    if (this.isIdle()) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking keys, cancels retries and waits for the keys being processed. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const handle of this.retryTimers) clearTimeout(handle);
    this.retryTimers.clear();
    this.pending.clear();
    this.order.length = 0;
    await Promise.allSettled([...this.inFlight]);
  }

  private isIdle(): boolean {
    return this.pending.size === 0 && this.active.size === 0 && this.retryTimers.size === 0;
  }

  private pump(): void {
    while (!this.stopped && this.active.size < this.concurrency && this.order.length > 0) {
      const key = this.order.shift() as string;
      if (!this.pending.delete(key)) continue;
      this.active.add(key);
      const run = this.run(key);
      this.inFlight.add(run);
      void run.finally(() => this.inFlight.delete(run));
    }
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private async run(key: string): Promise<void> {
    try {
      await this.reconcile(key);
      this.failures.delete(key);
    } catch (error) {
      if (!this.stopped) {
        const count = (this.failures.get(key) ?? 0) + 1;
        this.failures.set(key, count);
        this.options.onError?.(key, error);
        this.addAfter(key, Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (count - 1)));
      }
    } finally {
      this.active.delete(key);
      if (this.dirty.delete(key)) this.add(key);
      this.pump();
    }
  }
}
