/**
 * The wizard's draft, kept in the browser's storage so that a reload does not lose the work. The
 * values typed for an inline Secret are never written: the draft keeps only the names of the keys
 * that had a value, so the wizard can ask for exactly those again.
 */
import type { TempoStack } from '../types';
import type { TempoStackFormValues } from './form-types';
import { emptyFormValues } from './form-values';
import { isJsonObject } from './object-path';

export const DRAFT_FORMAT = 1;

/** Storage key of the draft for the namespace the wizard was opened in. */
export const draftStorageKey = (namespace: string | undefined): string =>
  `tempo-console-plugin/create-tempostack-draft/${namespace || '#all-namespaces#'}`;

export interface CreateDraft {
  format: typeof DRAFT_FORMAT;
  /** ISO time of the last save. */
  savedAt: string;
  /** The values, with `newSecret.data` empty. */
  values: TempoStackFormValues;
  /** The YAML-edited object the values are merged over, if any. */
  base?: TempoStack;
  /** Keys of the inline Secret that had a value (the values themselves are not kept). */
  secretKeysEntered: string[];
}

/** The draft for the current state, without any Secret value. */
export const toDraft = (
  values: TempoStackFormValues,
  base: TempoStack | undefined,
  savedAt: Date,
): CreateDraft => ({
  format: DRAFT_FORMAT,
  savedAt: savedAt.toISOString(),
  values: { ...values, newSecret: { ...values.newSecret, data: {} } },
  ...(base ? { base } : {}),
  secretKeysEntered: Object.entries(values.newSecret.data)
    .filter(([, value]) => value !== '')
    .map(([key]) => key),
});

/** `stored` shaped like `template`: missing or mistyped fields take the template's value. */
const shapedLike = <T>(template: T, stored: unknown): T => {
  if (Array.isArray(template)) return (Array.isArray(stored) ? stored : template) as T;
  if (isJsonObject(template)) {
    if (!isJsonObject(stored)) return template;
    const keys = new Set([...Object.keys(template), ...Object.keys(stored)]);
    return Object.fromEntries(
      [...keys].map((key) => [
        key,
        key in template ? shapedLike(template[key], stored[key]) : stored[key],
      ]),
    ) as T;
  }
  return (typeof stored === typeof template ? stored : template) as T;
};

/** Reads a stored draft; `undefined` when absent, unreadable or of another format. */
export const parseDraft = (text: string | null): CreateDraft | undefined => {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(parsed) || parsed.format !== DRAFT_FORMAT || !isJsonObject(parsed.values)) {
    return undefined;
  }
  const values = shapedLike(emptyFormValues(), parsed.values);
  return {
    format: DRAFT_FORMAT,
    savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
    values: { ...values, newSecret: { ...values.newSecret, data: {} } },
    ...(isJsonObject(parsed.base) ? { base: parsed.base as unknown as TempoStack } : {}),
    secretKeysEntered: Array.isArray(parsed.secretKeysEntered)
      ? parsed.secretKeysEntered.filter((key): key is string => typeof key === 'string')
      : [],
  };
};
