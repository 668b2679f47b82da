import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { type SetStateAction, useCallback, useSyncExternalStore } from 'react';
import { serverFlags } from '../server-flags';

const listeners = new Map<string, Set<() => void>>();

const storageKey = (key: string) =>
  `dev-console/${serverFlags().devConsole?.user ?? 'user'}/pref/${key}`;

const read = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(storageKey(key)) ?? null;
  } catch {
    return null;
  }
};

/**
 * As the console with `BRIDGE_USER_SETTINGS_LOCATION=localstorage`: preferences per user in local
 * storage, shared live between the components that read the same key.
 */
export const useUserPreference: typeof SDK.useUserPreference = <T>(
  key: string,
  defaultValue?: T,
) => {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
    [key],
  );
  const raw = useSyncExternalStore(subscribe, () => read(key));
  const value = raw === null ? (defaultValue as T) : (JSON.parse(raw) as T);
  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      const currentRaw = read(key);
      const current = currentRaw === null ? (defaultValue as T) : (JSON.parse(currentRaw) as T);
      const resolved = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
      try {
        globalThis.localStorage?.setItem(storageKey(key), JSON.stringify(resolved));
      } catch {
        // Ignore: the value simply does not persist.
      }
      listeners.get(key)?.forEach((l) => l());
    },
    [key, defaultValue],
  );
  return [value, setValue, true];
};

export const useUserSettings = useUserPreference;
