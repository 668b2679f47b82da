/**
 * The redaction pass over everything the bundle contains. Secrets are never collected (only the
 * storage secret's key names); this pass removes secrets that leak into other places: objects
 * (before they are written) and every written text (YAML files and logs).
 *
 * {@link REDACTION_RULES} is the list of what it removes; redaction.spec.ts tests each entry.
 */
import type { Counter, RedactionCounts } from './redaction-rules';
import { escapeRegExp, redactTextPatterns, replaceCounting } from './redaction-text';
import { isRedactableValue, isSensitiveName, REDACTED } from './sensitive-names';

/** The redaction state of one bundle: known secret values and the counts so far. */
export interface Redactor {
  /** Redacts an object (returns a redacted copy). */
  object<T>(value: T): T;
  /** Redacts a text (YAML or a log). */
  text(text: string): string;
  /** What was redacted so far. */
  counts(): RedactionCounts;
}

/** Values shorter than this are not scrubbed by value (see `knownSecretValue`). */
export const MIN_KNOWN_VALUE_LENGTH = 8;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const redactEnv = (items: unknown[], count: Counter): unknown[] =>
  items.map((item) => {
    if (!isRecord(item) || typeof item.name !== 'string' || typeof item.value !== 'string') {
      return item;
    }
    if (!isSensitiveName(item.name) || !isRedactableValue(item.value)) return item;
    count('sensitiveEnvValue');
    return { ...item, value: REDACTED };
  });

const redactArgs = (items: unknown[], count: Counter): unknown[] =>
  items.map((item, i) => {
    const flag = items[i - 1];
    if (
      typeof item === 'string' &&
      typeof flag === 'string' &&
      /^--?[A-Za-z0-9][\w.-]*$/.test(flag) &&
      !item.startsWith('-') &&
      isSensitiveName(flag) &&
      isRedactableValue(item)
    ) {
      count('sensitiveFlagValue');
      return REDACTED;
    }
    return item;
  });

const redactValue = (value: unknown, key: string | undefined, count: Counter): unknown => {
  if (Array.isArray(value)) {
    const items = value.map((v) => redactValue(v, key, count));
    if (key === 'env') return redactEnv(items, count);
    if (key === 'args' || key === 'command') return redactArgs(items, count);
    return items;
  }
  if (isRecord(value)) return redactRecord(value, count);
  if (
    typeof value === 'string' &&
    key !== undefined &&
    isSensitiveName(key) &&
    isRedactableValue(value)
  ) {
    count('sensitiveField');
    return REDACTED;
  }
  return value;
};

const redactRecord = (record: Record<string, unknown>, count: Counter): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'managedFields' && Array.isArray(value)) {
      count('managedFields');
      continue;
    }
    out[key] = redactValue(value, key, count);
  }
  if (isRecord(out.metadata) && isRecord(out.metadata.annotations)) {
    const annotations = out.metadata.annotations;
    if (typeof annotations[LAST_APPLIED] === 'string') {
      count('lastAppliedConfiguration');
      out.metadata = { ...out.metadata, annotations: { ...annotations, [LAST_APPLIED]: REDACTED } };
    }
  }
  if (out.kind === 'Secret') {
    for (const field of ['data', 'stringData']) {
      const data = out[field];
      if (!isRecord(data)) continue;
      count('secretData', Object.keys(data).length);
      out[field] = Object.fromEntries(Object.keys(data).map((k) => [k, REDACTED]));
    }
  }
  return out;
};

/**
 * A redactor for one bundle. `knownSecretValues` are credential values the collector read from
 * Secrets; they are scrubbed from every text (values shorter than {@link MIN_KNOWN_VALUE_LENGTH}
 * are ignored).
 */
export const createRedactor = (knownSecretValues: readonly string[] = []): Redactor => {
  const counts: RedactionCounts = {};
  const count: Counter = (rule, n = 1) => {
    if (n > 0) counts[rule] = (counts[rule] ?? 0) + n;
  };
  const known = [...new Set(knownSecretValues)]
    .filter((v) => v.length >= MIN_KNOWN_VALUE_LENGTH)
    .sort((a, b) => b.length - a.length);
  const knownPattern = known.length
    ? new RegExp(known.map(escapeRegExp).join('|'), 'g')
    : undefined;
  return {
    object: <T>(value: T): T => redactValue(value, undefined, count) as T,
    text: (text: string): string => {
      const scrubbed = knownPattern
        ? replaceCounting(text, knownPattern, 'knownSecretValue', count, () => REDACTED)
        : text;
      return redactTextPatterns(scrubbed, count);
    },
    counts: () => ({ ...counts }),
  };
};
