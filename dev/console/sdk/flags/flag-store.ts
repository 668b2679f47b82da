import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { ExtensionFlags } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { createStore, useStore } from '../utils/simple-store';

export type FlagValues = Record<string, boolean | undefined>;

/** Feature flags (`console.flag/model` and the host's own); `undefined` means "not known yet". */
export const flagStore = createStore<FlagValues>({});

export const setFlags = (changes: FlagValues) =>
  flagStore.set((current) => {
    const changed = Object.entries(changes).some(([k, v]) => current[k] !== v);
    return changed ? { ...current, ...changes } : current;
  });

export const useFlag: typeof SDK.useFlag = (flag) => useStore(flagStore)[flag] as boolean;

/** An extension is in use when all its required flags are true and no disallowed flag is. */
export const isExtensionInUse = (flags: ExtensionFlags | undefined, values: FlagValues): boolean =>
  (flags?.required ?? []).every((f) => values[f] === true) &&
  (flags?.disallowed ?? []).every((f) => values[f] !== true);
