/** A sequential queue of asynchronous tasks that can be awaited until idle (for controllers). */

/** Runs tasks one at a time, in order; `idle()` resolves when nothing is queued or running. */
export class WorkQueue {
  private readonly tasks: (() => Promise<void>)[] = [];
  private running = false;
  private waiters: (() => void)[] = [];
  /** The last error a task threw (tasks are retried by the events that follow, as controllers are). */
  lastError: unknown;

  /** Queues a task; it starts on a later turn of the event loop. */
  push(task: () => Promise<void>): void {
    this.tasks.push(task);
    if (!this.running) {
      this.running = true;
      setImmediate(() => void this.drain());
    }
  }

  private async drain(): Promise<void> {
    for (let task = this.tasks.shift(); task; task = this.tasks.shift()) {
      try {
        await task();
      } catch (error) {
        this.lastError = error;
      }
    }
    this.running = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Whether nothing is queued or running. */
  isIdle(): boolean {
    return !this.running && this.tasks.length === 0;
  }

  /** Resolves once the queue is empty and no task is running. */
  idle(): Promise<void> {
    if (!this.running && this.tasks.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
