/**
 * The text pass of the redaction: `key: value` lines, JSON and `key=value` pairs with a sensitive
 * key, PEM private keys, URL passwords, bearer tokens, JWTs and AWS key IDs, in any text (YAML
 * files and logs).
 */
import type { Counter, RedactionRule } from './redaction-rules';
import { isRedactableValue, isSensitiveName, REDACTED } from './sensitive-names';

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every match and counts the replacements. */
export const replaceCounting = (
  text: string,
  pattern: RegExp,
  rule: RedactionRule,
  count: Counter,
  replacer: (match: string, ...groups: string[]) => string,
): string =>
  text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest.filter((g): g is string => typeof g === 'string');
    const replaced = replacer(match, ...groups);
    if (replaced !== match) count(rule);
    return replaced;
  });

const YAML_LINE = /^(\s*(?:-\s+)?)(["']?)([A-Za-z0-9_.\-/]+)\2(\s*:[ \t]+)(.*?)(\s*)$/;
const BLOCK_HEADER = /^[|>][-+]?[1-9]?(\s+#.*)?$/;

/** `key: value` lines (YAML, also inside config-map block scalars); sensitive block scalars. */
const redactYamlLines = (text: string, count: Counter): string => {
  const lines = text.split('\n');
  const out: string[] = [];
  let blockIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    const m = YAML_LINE.exec(line);
    if (!m || !isSensitiveName(m[3])) {
      out.push(line);
      continue;
    }
    const [, lead, quote, key, sep, value, trail] = m;
    if (BLOCK_HEADER.test(value)) {
      count('sensitiveField');
      out.push(`${lead}${quote}${key}${quote}${sep}${REDACTED}${trail}`);
      blockIndent = indent;
      continue;
    }
    if (!isRedactableValue(value)) {
      out.push(line);
      continue;
    }
    count('sensitiveField');
    const q = /^["']/.test(value) ? value[0] : '';
    out.push(`${lead}${quote}${key}${quote}${sep}${q}${REDACTED}${q}${trail}`);
  }
  return out.join('\n');
};

const redactPairs = (text: string, count: Counter): string => {
  const json = replaceCounting(
    text,
    /("([A-Za-z0-9_.\-/]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g,
    'sensitiveField',
    count,
    (match, prefix, key, value) =>
      isSensitiveName(key) && isRedactableValue(value) ? `${prefix}"${REDACTED}"` : match,
  );
  // The same inside a double-quoted string (JSON embedded in YAML or JSON): \"key\": \"value\".
  const escaped = replaceCounting(
    json,
    /(\\"([A-Za-z0-9_.\-/]+)\\"\s*:\s*)\\"((?:(?!\\").)*)\\"/g,
    'sensitiveField',
    count,
    (match, prefix, key, value) =>
      isSensitiveName(key) && isRedactableValue(value) ? `${prefix}\\"${REDACTED}\\"` : match,
  );
  return replaceCounting(
    escaped,
    /(^|[\s,;&?("'[])(-{0,2}[A-Za-z0-9_.\-/]+)=("(?:[^"\\]|\\.)*"|[^\s,;&"')\]]+)/gm,
    'sensitiveField',
    count,
    (match, lead, key, value) => {
      if (!isSensitiveName(key) || !isRedactableValue(value)) return match;
      const q = value.startsWith('"') ? '"' : '';
      return `${lead}${key}=${q}${REDACTED}${q}`;
    },
  );
};

const redactPatterns = (text: string, count: Counter): string => {
  let out = replaceCounting(
    text,
    /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g,
    'privateKey',
    count,
    () => `${REDACTED} private key`,
  );
  out = replaceCounting(
    out,
    /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:@/]+):([^\s@/]+)@/gi,
    'urlCredentials',
    count,
    (match, scheme, user, password) =>
      password === REDACTED ? match : `${scheme}${user}:${REDACTED}@`,
  );
  out = replaceCounting(
    out,
    /\b(bearer)(\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi,
    'bearerToken',
    count,
    (_m, word, space) => `${word}${space}${REDACTED}`,
  );
  out = replaceCounting(
    out,
    /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    'jwt',
    count,
    () => REDACTED,
  );
  return replaceCounting(
    out,
    /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g,
    'awsAccessKeyId',
    count,
    () => REDACTED,
  );
};

/** Every pattern of the text pass, in order. */
export const redactTextPatterns = (text: string, count: Counter): string =>
  redactPairs(redactYamlLines(redactPatterns(text, count), count), count);
