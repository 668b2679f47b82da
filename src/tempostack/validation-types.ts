/**
 * The shapes TempoStack admission validation works with: what it needs to know about the cluster
 * (`ValidationContext`) and what it reports (`Finding`).
 */
import type { OperatorEnvironment } from './operator-environment';
import type { ConfigMapInput, SecretInput, TempoStack } from './types';

/** How bad a finding is: errors block the request, warnings are admission warnings. */
export type FindingSeverity = 'error' | 'warning';

/**
 * Kubernetes field error type (`field.ErrorType`), which decides how the error is printed:
 * `Invalid` prints `Invalid value: <value>: <message>`; the others print `message` as is.
 */
export type FieldErrorType = 'Invalid' | 'Required' | 'Duplicate' | 'NotSupported';

/** One result of validation. Never contains a secret value. */
export interface Finding {
  /** Stable id: `C7` (validation-rules.md §C), `schema.storage.secret.type` (§A), `E.nameLength` (§E). */
  rule: string;
  /** Field path exactly as the operator or API server reports it (e.g. `spec.ReplicationFactor`). */
  path: string;
  severity: FindingSeverity;
  /**
   * The operator's (or API server's) exact text: for `Invalid` errors the detail after the value,
   * for other error types the whole body (e.g. `Required value`, `Duplicate value: "zone"`).
   */
  message: string;
  /** Machine-readable code for the UI, e.g. `storageSecretMissingKey`. */
  code: string;
  /** Values for the UI to build its own text, e.g. `{ key: 'bucket' }`. */
  params?: Record<string, string | number>;
  /** The rejected value as the operator reports it (never a secret value). */
  value?: unknown;
  /**
   * `json` when Go prints `value` with `json.Marshal` (named string types such as `IngressType`);
   * otherwise a string value is printed with `%q`.
   */
  valueFormat?: 'json';
  /** Kubernetes field error type; `Invalid` when absent. */
  errorType?: FieldErrorType;
}

/** A lookup that failed with this API error text, e.g. `secrets "x" not found`. */
export interface LookupError {
  error: string;
}

/** What validation knows about objects it cannot read itself; `undefined` = not looked up. */
export interface ValidationLookups {
  /** The Secret named by `spec.storage.secret.name`. */
  storageSecret?: SecretInput | LookupError;
  /** The ConfigMap named by `spec.storage.tls.caName`. */
  caConfigMap?: ConfigMapInput | LookupError;
  /** Whether the custom `spec.serviceAccount` exists. */
  serviceAccountExists?: boolean | LookupError;
  /** Whether a TempoMonolithic with the same name exists in the namespace. */
  monolithicWithSameName?: boolean;
  /** Whether the requesting user may create `tokenreviews.authentication.k8s.io` (SAR result). */
  userCanCreateTokenReviews?: boolean | LookupError;
  /** The requesting user's name (used in the OpenShift tenancy message). */
  userName?: string;
}

/** Everything validation needs besides the TempoStack. */
export interface ValidationContext {
  env: OperatorEnvironment;
  operation: 'create' | 'update';
  lookups: ValidationLookups;
  /**
   * The stored object on update. When the update only removes the operator's finalizer from an
   * object being deleted, the webhook skips validation.
   */
  oldStack?: TempoStack;
}

/** True when a lookup failed. */
export const isLookupError = (value: unknown): value is LookupError =>
  typeof value === 'object' && value !== null && 'error' in value;
