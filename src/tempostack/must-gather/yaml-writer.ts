/**
 * A small YAML emitter for JSON data, in the style of the Kubernetes YAML serializer
 * (sigs.k8s.io/yaml): map keys sorted, sequences under a key not indented, multi-line strings as
 * literal blocks. Strings that could be read as anything but a string (numbers, booleans, dates,
 * YAML 1.1 `yes`/`on`, indicators) are double-quoted, so YAML 1.1 and 1.2 parsers read the same
 * data back (yaml-writer.spec.ts round-trips through both).
 *
 * Written for the diagnostics bundle instead of a full YAML library (≈30 KiB gzipped).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

const YAML11_KEYWORDS = /^(y|n|yes|no|true|false|on|off|null)$/i;
const SAFE_PLAIN = /^[A-Za-z_/][A-Za-z0-9_\-./:@=+,()~ ]*$/;
/** Characters a literal block cannot hold (C0/C1 controls, line/paragraph separators, BOM). */
const needsEscape = (s: string): boolean =>
  Array.from(s).some((ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
  });

const isPlainSafe = (s: string): boolean =>
  SAFE_PLAIN.test(s) &&
  !YAML11_KEYWORDS.test(s) &&
  !s.endsWith(' ') &&
  !s.endsWith(':') &&
  !s.includes(': ') &&
  !s.includes(' #');

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A double-quoted scalar: JSON string syntax with the remaining non-printables escaped. */
const quoted = (s: string): string =>
  JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, escapeChar);

/** Whether a multi-line string can be a literal block (`|`) and keep its exact value. */
const isLiteralBlockSafe = (s: string): boolean =>
  s.includes('\n') &&
  s.trim() !== '' &&
  !/^[ \t\n]/.test(s) &&
  !s.includes('\r') &&
  !needsEscape(s.replace(/[\n\t]/g, ''));

const literalBlock = (s: string, indent: string): string => {
  const trailing = /\n*$/.exec(s)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing > 0 ? s.slice(0, -1) : s;
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `|${chomp}\n${lines.join('\n')}`;
};

const scalar = (value: null | boolean | number | string, indent: string): string => {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    const text = String(value);
    // YAML 1.1 floats need a dot: 1e+21 → 1.0e+21.
    return /e/.test(text) && !text.includes('.') ? text.replace('e', '.0e') : text;
  }
  if (isPlainSafe(value)) return value;
  if (isLiteralBlockSafe(value)) return literalBlock(value, indent);
  return quoted(value);
};

const key = (k: string): string => (isPlainSafe(k) ? k : quoted(k));

const isEmptyCollection = (v: Json): boolean =>
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

const isCollection = (v: Json): v is Json[] | { [key: string]: Json | undefined } =>
  typeof v === 'object' && v !== null && !isEmptyCollection(v);

const emptyCollection = (v: Json): string => (Array.isArray(v) ? '[]' : '{}');

/** Lines of a value at an indentation; the caller puts the first line after `key:` or `- `. */
const emit = (value: Json, indent: string): string[] => {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (item === undefined) return [`${indent}- null`];
      if (isCollection(item)) {
        const [first, ...rest] = emit(item, `${indent}  `);
        return [`${indent}- ${first.trimStart()}`, ...rest];
      }
      return [
        `${indent}- ${isEmptyCollection(item) ? emptyCollection(item) : scalar(item, `${indent}  `)}`,
      ];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .sort()
      .flatMap((k) => {
        const v = value[k];
        if (v === undefined) return [];
        if (isEmptyCollection(v)) return [`${indent}${key(k)}: ${emptyCollection(v)}`];
        if (Array.isArray(v)) return [`${indent}${key(k)}:`, ...emit(v, indent)];
        if (isCollection(v)) return [`${indent}${key(k)}:`, ...emit(v, `${indent}  `)];
        return [`${indent}${key(k)}: ${scalar(v, `${indent}  `)}`];
      });
  }
  return [`${indent}${scalar(value, `${indent}  `)}`];
};

/** Serialises JSON data as one YAML document (no `---`), ending with a newline. */
export const toYaml = (value: unknown): string => {
  const data = JSON.parse(JSON.stringify(value ?? null)) as Json;
  if (isEmptyCollection(data)) return `${emptyCollection(data)}\n`;
  return `${emit(data, '').join('\n')}\n`;
};
