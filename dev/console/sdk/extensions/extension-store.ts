import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type {
  Extension,
  ExtensionTypeGuard,
  ResolvedExtension,
} from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { useEffect, useMemo, useState } from 'react';
import { flagStore, isExtensionInUse } from '../flags/flag-store';
import { createStore, useStore } from '../utils/simple-store';
import { CodeRefError, resolveCodeRefs } from './code-ref';

/** Every extension of every loaded plugin, code references decoded (not resolved). */
export const extensionStore = createStore<LoadedExtension[]>([]);

/** Code references that failed to resolve, for the host's error alert. */
export const codeRefErrorStore = createStore<CodeRefError[]>([]);

export const reportCodeRefError = (error: CodeRefError) =>
  codeRefErrorStore.set((errors) =>
    errors.some((e) => e.message === error.message) ? errors : [...errors, error],
  );

export const useExtensionsInUse = <E extends Extension>(
  ...guards: ExtensionTypeGuard<E>[]
): LoadedExtension<E>[] => {
  const extensions = useStore(extensionStore);
  const flags = useStore(flagStore);
  // Guards are usually module-level functions; their identity is stable.
  return useMemo(
    () =>
      extensions.filter(
        (e) => isExtensionInUse(e.flags, flags) && guards.some((g) => g(e)),
      ) as LoadedExtension<E>[],
    [extensions, flags, ...guards],
  );
};

const resolved = new Map<string, Promise<ResolvedExtension>>();

/** Resolves (once per extension) all the code references in an extension's properties. */
export const resolveExtension = <E extends Extension>(
  e: LoadedExtension<E>,
): Promise<ResolvedExtension<E>> => {
  let pending = resolved.get(e.uid);
  if (!pending) {
    pending = resolveCodeRefs(e.properties).then((properties) => ({ ...e, properties }));
    pending.catch((error: unknown) => {
      if (error instanceof CodeRefError) reportCodeRefError(error);
    });
    resolved.set(e.uid, pending);
  }
  return pending as Promise<ResolvedExtension<E>>;
};

export const useResolvedExtensions: typeof SDK.useResolvedExtensions = <E extends Extension>(
  ...guards: ExtensionTypeGuard<E>[]
) => {
  const inUse = useExtensionsInUse(...guards);
  const [state, setState] = useState<{
    source: LoadedExtension<E>[];
    extensions: ResolvedExtension<E>[];
    errors: unknown[];
  }>();
  useEffect(() => {
    let live = true;
    void Promise.allSettled(inUse.map((e) => resolveExtension(e))).then((results) => {
      if (!live) return;
      setState({
        source: inUse,
        extensions: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
        errors: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
      });
    });
    return () => {
      live = false;
    };
  }, [inUse]);
  const done = state?.source === inUse;
  return [state?.extensions ?? [], done, state?.errors ?? []] as [
    ResolvedExtension<E>[],
    boolean,
    unknown[],
  ];
};
