import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  draftStorageKey,
  parseDraft,
  toDraft,
  type CreateDraft,
} from '../../tempostack/form/draft';
import type { TempoStackFormValues } from '../../tempostack/form/form-types';
import type { TempoStack } from '../../tempostack/types';

const SAVE_DELAY_MS = 400;

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the wizard works without a draft
  }
};

/**
 * The wizard's draft in `localStorage`, per namespace the wizard was opened in: read once, saved
 * shortly after every change (never with Secret values, see `toDraft`), removed on create or cancel.
 */
export const useCreateDraft = (
  namespace: string | undefined,
): {
  restored: CreateDraft | undefined;
  save: (values: TempoStackFormValues, base: TempoStack | undefined) => void;
  discard: () => void;
} => {
  const key = draftStorageKey(namespace);
  const [restored] = useState(() => parseDraft(storage()?.getItem(key) ?? null));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const discarded = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  const save = useCallback(
    (values: TempoStackFormValues, base: TempoStack | undefined) => {
      clearTimeout(timer.current);
      discarded.current = false;
      timer.current = setTimeout(() => {
        if (!discarded.current)
          storage()?.setItem(key, JSON.stringify(toDraft(values, base, new Date())));
      }, SAVE_DELAY_MS);
    },
    [key],
  );
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    discarded.current = true;
    storage()?.removeItem(key);
  }, [key]);
  return useMemo(() => ({ restored, save, discard }), [restored, save, discard]);
};
