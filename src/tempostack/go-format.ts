/**
 * Go's text encodings of values, as they appear in Kubernetes error messages: `strconv.Quote`
 * (`%q`) and `encoding/json` marshalling (with its HTML escaping).
 */

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/** `unicode.IsPrint`, approximated with Unicode property classes (plus the ASCII space). */
const isPrintable = (char: string): boolean =>
  char === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(char);

const SHORT_QUOTE_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** Go `strconv.Quote(s)` (the `%q` verb). */
export const goQuote = (s: string): string => {
  let out = '"';
  for (const char of s) {
    const code = char.codePointAt(0) ?? 0;
    const short = Object.prototype.hasOwnProperty.call(SHORT_QUOTE_ESCAPES, char)
      ? SHORT_QUOTE_ESCAPES[char]
      : undefined;
    if (short !== undefined) out += short;
    else if (isPrintable(char)) out += char;
    else if (code < 0x80) out += `\\x${hex(code, 2)}`;
    else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
};

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A string as Go's `json.Marshal` writes it (HTML-safe). */
const goJSONString = (s: string): string => {
  let out = '"';
  for (const char of s) {
    const escape = Object.prototype.hasOwnProperty.call(JSON_ESCAPES, char)
      ? JSON_ESCAPES[char]
      : undefined;
    const code = char.codePointAt(0) ?? 0;
    if (escape !== undefined) out += escape;
    else if (code < 0x20) out += `\\u${hex(code, 4)}`;
    else out += char;
  }
  return `${out}"`;
};

/** Go `json.Marshal(value)` for JSON-like data (object keys sorted, as Go sorts map keys). */
export const goJSONMarshal = (value: unknown): string => {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return goJSONString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(goJSONMarshal).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${goJSONString(k)}:${goJSONMarshal(v)}`).join(',')}}`;
  }
  return 'null';
};
