/**
 * What the collector needs from the cluster (console-collector-api.ts implements it with the SDK),
 * and how to read a failed request.
 */
import type { K8sVerb } from '@openshift-console/dynamic-plugin-sdk';

/** An access-review question (`namespace` absent: cluster-wide). */
export interface AccessQuestion {
  verb: K8sVerb;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

/** The cluster as the collector sees it. Paths are relative to the Kubernetes API root. */
export interface CollectorApi {
  getJSON: (path: string, signal: AbortSignal) => Promise<unknown>;
  getText: (path: string, signal: AbortSignal) => Promise<string>;
  /** A SelfSubjectAccessReview: may the user do this? */
  canI: (question: AccessQuestion) => Promise<boolean>;
}

/** The HTTP status of a failed request, if the API server answered. */
export const errorStatus = (error: unknown): number | undefined => {
  const e = error as
    { code?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.code ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
};

/** The API server's message of a failed request. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
