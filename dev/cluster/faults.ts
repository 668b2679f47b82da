/**
 * Fault injection for the HTTP API, switchable at run time: latency and error rates per verb,
 * dropping open watches (now, or every N seconds), forcing 409 conflicts on the next N updates or
 * patches, all driven by a seeded random source. The default is no faults.
 */
import { seededRandom } from './core';
import { ApiError, failure } from './errors';
import { isRecord } from './json-util';

/** The request verbs faults apply to. */
export const faultVerbs = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
] as const;

/** A request verb. */
export type FaultVerb = (typeof faultVerbs)[number];

/** An injected error: the status code and the probability (0..1) of a request failing with it. */
export interface ErrorFault {
  code: number;
  probability: number;
}

/** The whole fault configuration (the JSON of `GET /_sim/faults`). */
export interface FaultConfig {
  seed: number;
  /** Added latency per verb, in milliseconds. */
  latencyMs: Partial<Record<FaultVerb, number>>;
  errors: Partial<Record<FaultVerb, ErrorFault>>;
  /** Close every open HTTP/WebSocket watch every N seconds; 0 for never. */
  dropWatchesEverySeconds: number;
  /** The next N update/patch requests fail with 409 Conflict. */
  conflictNextUpdates: number;
}

/** No faults. */
export function noFaults(): FaultConfig {
  return { seed: 1, latencyMs: {}, errors: {}, dropWatchesEverySeconds: 0, conflictNextUpdates: 0 };
}

/** The `Status` of an injected error, as the API server words each code. */
export function faultError(code: number): ApiError {
  switch (code) {
    case 429:
      return new ApiError(
        failure(
          429,
          'TooManyRequests',
          'the server has received too many requests and has asked us to try again later',
          { retryAfterSeconds: 1 },
        ),
        { 'Retry-After': '1' },
      );
    case 503:
      return new ApiError(
        failure(503, 'ServiceUnavailable', 'the server is currently unable to handle the request'),
        { 'Retry-After': '1' },
      );
    case 504:
      return new ApiError(
        failure(
          504,
          'Timeout',
          'the server was unable to return a response in the time allotted, but may still be processing the request',
        ),
      );
    case 500:
      return new ApiError(
        failure(500, 'InternalError', 'Internal error occurred: injected fault', {
          causes: [{ message: 'injected fault' }],
        }),
      );
    default:
      return new ApiError(failure(code, 'InternalError', `injected fault (HTTP ${code})`));
  }
}

function parseConfig(value: unknown, base: FaultConfig): FaultConfig {
  if (!isRecord(value)) throw new Error('the fault configuration must be a JSON object');
  const config: FaultConfig = {
    ...base,
    latencyMs: { ...base.latencyMs },
    errors: { ...base.errors },
  };
  if (value.seed !== undefined) config.seed = Number(value.seed);
  if (value.dropWatchesEverySeconds !== undefined)
    config.dropWatchesEverySeconds = Number(value.dropWatchesEverySeconds);
  if (value.conflictNextUpdates !== undefined)
    config.conflictNextUpdates = Number(value.conflictNextUpdates);
  if (isRecord(value.latencyMs)) {
    for (const [verb, ms] of Object.entries(value.latencyMs)) {
      if (!faultVerbs.includes(verb as FaultVerb)) throw new Error(`unknown verb "${verb}"`);
      config.latencyMs[verb as FaultVerb] = Number(ms);
    }
  }
  if (isRecord(value.errors)) {
    for (const [verb, fault] of Object.entries(value.errors)) {
      if (!faultVerbs.includes(verb as FaultVerb)) throw new Error(`unknown verb "${verb}"`);
      if (fault === null) delete config.errors[verb as FaultVerb];
      else if (isRecord(fault))
        config.errors[verb as FaultVerb] = {
          code: Number(fault.code ?? 500),
          probability: Number(fault.probability ?? 1),
        };
    }
  }
  return config;
}

/** The fault injector of a cluster. */
export class FaultInjector {
  private current = noFaults();
  private random = seededRandom(1);
  private timer?: NodeJS.Timeout;

  constructor(private readonly dropAll: () => number) {}

  /** The configuration in force. */
  get config(): FaultConfig {
    return structuredClone(this.current);
  }

  /** Replaces the configuration (fields left out take their defaults). */
  set(config: Partial<FaultConfig>): FaultConfig {
    return this.apply(parseConfig(config, noFaults()), true);
  }

  /** Changes some fields of the configuration. */
  update(config: Partial<FaultConfig>): FaultConfig {
    return this.apply(
      parseConfig(config, this.current),
      isRecord(config) && config.seed !== undefined,
    );
  }

  /** Back to no faults. */
  reset(): FaultConfig {
    return this.apply(noFaults(), true);
  }

  private apply(config: FaultConfig, reseed: boolean): FaultConfig {
    if (reseed) this.random = seededRandom(config.seed);
    this.current = config;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (config.dropWatchesEverySeconds > 0) {
      this.timer = setInterval(() => this.dropAll(), config.dropWatchesEverySeconds * 1000);
      this.timer.unref();
    }
    return this.config;
  }

  /** Closes every open HTTP watch now; returns how many. */
  dropWatches(): number {
    return this.dropAll();
  }

  /** The next `count` updates/patches fail with 409. */
  forceConflicts(count: number): void {
    this.current.conflictNextUpdates = count;
  }

  /** Applies latency, then maybe throws the injected error, for a request with this verb. */
  async before(verb: FaultVerb): Promise<void> {
    const latency = this.current.latencyMs[verb] ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const fault = this.current.errors[verb];
    if (fault && this.random() < fault.probability) throw faultError(fault.code);
  }

  /** Whether this update/patch must fail with a forced conflict (consumes one). */
  takeConflict(): boolean {
    if (this.current.conflictNextUpdates <= 0) return false;
    this.current.conflictNextUpdates--;
    return true;
  }

  /** Stops the drop timer. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
