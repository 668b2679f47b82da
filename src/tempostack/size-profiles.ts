/**
 * What a TempoStack t-shirt size (`spec.size`, operator v0.20.0+; replica defaults v0.22.0)
 * defaults, as data: the replication factor and replica counts (written into the CR by the
 * defaulting webhook) and the global rate limits (applied at render time, never written into the
 * CR). Per-container requests are in `allocation-tables.ts`. Source: the operator's
 * `internal/manifests/manifestutils/size.go`, see resource-distribution.md §9.
 */
import type { TShirtSize } from './types';

/** Components whose replica count a size defaults (the ingester follows the replication factor). */
export interface SizeReplicaProfile {
  distributor: number;
  querier: number;
  queryFrontend: number;
  compactor: number;
  gateway: number;
  metricsGenerator: number;
}

/** Global rate limits a size applies at render time to fields the user left unset. */
export interface SizeRateLimits {
  ingestionRateLimitBytes: number;
  ingestionBurstSizeBytes: number;
  /** Unset: Tempo's own default applies. */
  maxTracesPerUser?: number;
}

/** The defaults one size implies. */
export interface SizeDefaults {
  /** Default `spec.replicationFactor`. */
  replicationFactor: number;
  /** Default replicas of the stateless components; `undefined` for `1x.demo` (single replicas). */
  replicas?: Readonly<SizeReplicaProfile>;
  /** Global rate limits; `undefined` for `1x.demo`. */
  rateLimits?: Readonly<SizeRateLimits>;
}

/** The size defaults of operator v0.22.0, keyed by `spec.size`. */
export const SIZE_DEFAULTS: Readonly<Record<TShirtSize, Readonly<SizeDefaults>>> = {
  '1x.demo': { replicationFactor: 1 },
  '1x.pico': {
    replicationFactor: 2,
    replicas: {
      distributor: 2,
      querier: 2,
      queryFrontend: 2,
      compactor: 2,
      gateway: 2,
      metricsGenerator: 2,
    },
    rateLimits: { ingestionRateLimitBytes: 600000, ingestionBurstSizeBytes: 1200000 },
  },
  '1x.extra-small': {
    replicationFactor: 2,
    replicas: {
      distributor: 2,
      querier: 2,
      queryFrontend: 2,
      compactor: 2,
      gateway: 2,
      metricsGenerator: 2,
    },
    rateLimits: { ingestionRateLimitBytes: 1200000, ingestionBurstSizeBytes: 2400000 },
  },
  '1x.small': {
    replicationFactor: 2,
    replicas: {
      distributor: 3,
      querier: 3,
      queryFrontend: 2,
      compactor: 2,
      gateway: 2,
      metricsGenerator: 3,
    },
    rateLimits: {
      ingestionRateLimitBytes: 5800000,
      ingestionBurstSizeBytes: 11600000,
      maxTracesPerUser: 17000,
    },
  },
  '1x.medium': {
    replicationFactor: 2,
    replicas: {
      distributor: 4,
      querier: 5,
      queryFrontend: 2,
      compactor: 3,
      gateway: 2,
      metricsGenerator: 3,
    },
    rateLimits: {
      ingestionRateLimitBytes: 23000000,
      ingestionBurstSizeBytes: 46000000,
      maxTracesPerUser: 54000,
    },
  },
};

/** The defaults of a size, or `undefined` for an empty or unknown size. */
export const sizeDefaults = (size: string | undefined): Readonly<SizeDefaults> | undefined =>
  size !== undefined && Object.prototype.hasOwnProperty.call(SIZE_DEFAULTS, size)
    ? SIZE_DEFAULTS[size as TShirtSize]
    : undefined;

/** Ingester replicas needed for a write quorum: `floor(RF / 2) + 1`. */
export const ingesterQuorum = (replicationFactor: number): number =>
  Math.floor(replicationFactor / 2) + 1;
