import { useCallback, useEffect, useRef, useState } from 'react';
import { createBundleArchive, type BundleArchive } from '../tempostack/must-gather/archive';
import { buildBundle, type Bundle, type CollectedData } from '../tempostack/must-gather/bundle';
import type { TempoStack } from '../tempostack/types';
import type { CollectorApi } from './collector-api';
import { collectDiagnostics } from './collect-diagnostics';
import type { CollectOptions, CollectProgress } from './collection';
import { consoleCollectorApi } from './console-collector-api';
import { isAbortError } from './request-pool';

/** Where a browser collection is. */
export type BundleCollectionState =
  | { status: 'idle' }
  | { status: 'collecting'; progress: CollectProgress }
  | { status: 'packing'; progress: CollectProgress }
  | { status: 'ready'; bundle: Bundle; archive: BundleArchive; data: CollectedData }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown };

/** The collection of a TempoStack's diagnostics bundle, and its controls. */
export interface BundleCollection {
  state: BundleCollectionState;
  start: (options: CollectOptions) => void;
  /** Stops a running collection; nothing is downloaded. */
  cancel: () => void;
  /** Back to the start (drops a finished bundle). */
  reset: () => void;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Data path: `collectDiagnostics` (bounded requests through the console proxy with the user's
 * identity) → `buildBundle` (layout, redaction, YAML) → `createBundleArchive` (tar + gzip), all in
 * the browser. The collection stops when the component unmounts.
 */
export const useBundleCollection = (
  stack: TempoStack,
  api: CollectorApi = consoleCollectorApi,
): BundleCollection => {
  const [state, setState] = useState<BundleCollectionState>({ status: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (options: CollectOptions) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      let latest: CollectProgress = { done: 0, total: 0, failed: 0 };
      setState({ status: 'collecting', progress: latest });
      const onProgress = (progress: CollectProgress) => {
        latest = progress;
        if (!current.signal.aborted) setState({ status: 'collecting', progress });
      };
      collectDiagnostics(stack, api, options, onProgress, current.signal)
        .then(async (data) => {
          if (current.signal.aborted) return;
          setState({ status: 'packing', progress: latest });
          await nextFrame();
          const bundle = buildBundle(data);
          const archive = createBundleArchive(
            bundle.files,
            {
              namespace: data.stack.metadata.namespace ?? '',
              name: data.stack.metadata.name ?? '',
            },
            data.finishedAt,
          );
          if (!current.signal.aborted) setState({ status: 'ready', bundle, archive, data });
        })
        .catch((error: unknown) => {
          if (isAbortError(error) || current.signal.aborted) return;
          setState({ status: 'error', error });
        });
    },
    [api, stack],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'cancelled' });
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, reset };
};
