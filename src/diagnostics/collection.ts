/**
 * The shared state of one browser collection: its options and progress, the bounded request pool,
 * and the record of what failed (with the API server's answer) and what was deliberately skipped.
 */
import type {
  CollectionFailure,
  CollectionNote,
  CollectionPart,
  ListedKind,
} from '../tempostack/must-gather/bundle-types';
import { errorMessage, errorStatus, type AccessQuestion, type CollectorApi } from './collector-api';
import { createRequestPool, isAbortError, type RequestPool } from './request-pool';

/** Options of a collection. */
export interface CollectOptions {
  /** Lines of each container log (`tailLines`). */
  tailLines: number;
  /** Requests in flight at most. */
  concurrency: number;
  /** Also collect the operator and OLM objects when allowed (admins). */
  includeOperator: boolean;
  pluginVersion?: string;
  /**
   * Whether the cluster serves a kind (the console's discovery). Kinds it does not serve are not
   * requested (as upstream checks the RESTMapper); without it every kind is tried and a 404 counts
   * as "not served".
   */
  isServed?: (kind: Pick<ListedKind, 'group' | 'kind'>) => boolean;
}

/** Progress: requests done and known so far (the total grows as pods are found). */
export interface CollectProgress {
  done: number;
  total: number;
  failed: number;
}

/** Default options: 500 log lines, 5 requests in flight, operator when allowed. */
export const DEFAULT_COLLECT_OPTIONS: CollectOptions = {
  tailLines: 500,
  concurrency: 5,
  includeOperator: true,
};

const jsonSize = (value: unknown): number => JSON.stringify(value ?? null).length;

/** The shared state of one collection. */
export interface Collection {
  api: CollectorApi;
  pool: RequestPool;
  failures: CollectionFailure[];
  notes: CollectionNote[];
  isServed?: CollectOptions['isServed'];
  /** Sends a GET through the pool, counting progress; undefined when it failed (recorded). */
  getJSON<T>(
    target: CollectionPart,
    path: string,
    options?: { notFoundIsNote?: CollectionNote },
  ): Promise<T | undefined>;
  getText(target: CollectionPart, path: string): Promise<string | undefined>;
  canI(question: AccessQuestion): Promise<boolean | undefined>;
}

/** A collection's state; every request goes through its pool and counts in its progress. */
export const createCollection = (
  api: CollectorApi,
  options: CollectOptions,
  signal: AbortSignal,
  onProgress: (progress: CollectProgress) => void,
): Collection => {
  const pool = createRequestPool(options.concurrency, signal);
  const progress: CollectProgress = { done: 0, total: 0, failed: 0 };
  const failures: CollectionFailure[] = [];
  const notes: CollectionNote[] = [];
  const track = async <T>(
    target: CollectionPart,
    path: string | undefined,
    send: () => Promise<T>,
    notFoundIsNote?: CollectionNote,
  ): Promise<T | undefined> => {
    progress.total += 1;
    onProgress({ ...progress });
    try {
      return await send();
    } catch (error) {
      if (isAbortError(error) || signal.aborted) throw error;
      const status = errorStatus(error);
      if (status === 404 && notFoundIsNote) {
        notes.push(notFoundIsNote);
      } else {
        progress.failed += 1;
        failures.push({
          target,
          ...(path ? { request: path } : {}),
          ...(status ? { status } : {}),
          reason: errorMessage(error),
        });
      }
      return undefined;
    } finally {
      progress.done += 1;
      onProgress({ ...progress });
    }
  };
  return {
    api,
    pool,
    failures,
    notes,
    ...(options.isServed ? { isServed: options.isServed } : {}),
    getJSON: <T>(
      target: CollectionPart,
      path: string,
      opts: { notFoundIsNote?: CollectionNote } = {},
    ) =>
      track(
        target,
        path,
        () => pool.run((s) => api.getJSON(path, s), jsonSize) as Promise<T>,
        opts.notFoundIsNote,
      ),
    getText: (target, path) =>
      track(target, path, () =>
        pool.run(
          (s) => api.getText(path, s),
          (t) => t.length,
        ),
      ),
    canI: (question) =>
      track(
        {
          part: 'accessReview',
          verb: question.verb,
          resource: `${question.resource}${question.subresource ? `/${question.subresource}` : ''}`,
        },
        undefined,
        () => pool.run(() => api.canI(question)),
      ),
  };
};
