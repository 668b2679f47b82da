/**
 * Simulated time: every delay of the simulated world (pod start, readiness, crash loops, volume
 * binding, job runs) comes from one {@link SimTimings} object, so tests run the same world with
 * millisecond delays. Timers are real (`setTimeout`) but tracked, so stopping the world cancels
 * them all. Randomness (pod name suffixes, jitter, IPs) comes from a seeded generator.
 */

/** Every delay of the simulated cluster, in milliseconds. */
export interface SimTimings {
  /** Pod created → bound to a node (`Scheduled`). */
  scheduleDelayMs: number;
  /** Bound → containers running (image pulled, created, started). */
  podStartDelayMs: number;
  /** Running → readiness probe passes (`Ready`). */
  podReadyDelayMs: number;
  /** Running → container exits, for crash-looping containers. */
  crashAfterMs: number;
  /** First CrashLoopBackOff / ImagePullBackOff delay; doubles on every restart. */
  backoffBaseMs: number;
  /** Upper bound of the back-off (Kubernetes: 5 minutes). */
  backoffMaxMs: number;
  /** Period of repeated warnings (readiness probe failures). */
  probePeriodMs: number;
  /** PersistentVolumeClaim created → `Bound`. */
  pvcBindDelayMs: number;
  /** Running → completed, for pods of Jobs (`restartPolicy` other than `Always`). */
  jobRunMs: number;
  /** Random spread applied to each delay, as a fraction (0 = exact delays). */
  jitter: number;
}

/** Delays for interactive use (`npm start`): a stack becomes Ready in a few seconds. */
export const INTERACTIVE_TIMINGS: Readonly<SimTimings> = Object.freeze({
  scheduleDelayMs: 150,
  podStartDelayMs: 1200,
  podReadyDelayMs: 2500,
  crashAfterMs: 4000,
  backoffBaseMs: 10_000,
  backoffMaxMs: 300_000,
  probePeriodMs: 10_000,
  pvcBindDelayMs: 400,
  jobRunMs: 3000,
  jitter: 0.3,
});

/** Delays for tests: everything settles within tens of milliseconds. */
export const TEST_TIMINGS: Readonly<SimTimings> = Object.freeze({
  scheduleDelayMs: 1,
  podStartDelayMs: 2,
  podReadyDelayMs: 3,
  crashAfterMs: 5,
  backoffBaseMs: 10,
  backoffMaxMs: 40,
  probePeriodMs: 10,
  pvcBindDelayMs: 1,
  jobRunMs: 5,
  jitter: 0,
});

/** A seeded pseudo-random generator (mulberry32): values in [0, 1). */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Tracked timers, jitter and randomness shared by everything in one simulated world. */
export class SimClock {
  readonly timings: Readonly<SimTimings>;
  readonly random: () => number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(timings: Partial<SimTimings> = {}, seed = 42) {
    this.timings = { ...INTERACTIVE_TIMINGS, ...timings };
    this.random = seededRandom(seed);
  }

  /** `delayMs` with the configured jitter applied. */
  jittered(delayMs: number): number {
    const { jitter } = this.timings;
    if (jitter <= 0) return delayMs;
    return Math.max(0, Math.round(delayMs * (1 + jitter * (this.random() * 2 - 1))));
  }

  /** Runs `fn` after `delayMs` (jittered) unless the clock is stopped first. Returns a canceller. */
  after(delayMs: number, fn: () => void): () => void {
    if (this.stopped) return () => undefined;
    const handle = setTimeout(() => {
      this.timers.delete(handle);
      if (!this.stopped) fn();
    }, this.jittered(delayMs));
    this.timers.add(handle);
    return () => {
      clearTimeout(handle);
      this.timers.delete(handle);
    };
  }

  /** The current time as Kubernetes writes it (RFC 3339, second precision). */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Random lower-case alphanumerics as in generated names (Kubernetes' alphabet, no vowels). */
  randomSuffix(length = 5): string {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let out = '';
    for (let i = 0; i < length; i += 1)
      out += alphabet[Math.floor(this.random() * alphabet.length)];
    return out;
  }

  /** Random lower-case hex digits (container IDs, image digests). */
  randomHex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }

  /** True once {@link stop} was called. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Cancels every pending timer; later `after` calls do nothing. */
  stop(): void {
    this.stopped = true;
    for (const handle of this.timers) clearTimeout(handle);
    this.timers.clear();
  }
}
