/**
 * Which names (of fields, environment variables, flags, annotations) hold secrets, and which
 * values are worth redacting. Used by the redaction pass (redaction.ts).
 */

/** The marker that replaces a redacted value. Plain text in YAML, JSON strings, logfmt and logs. */
export const REDACTED = '<redacted>';

/** A name holding a secret when one of its words is one of these. */
const SENSITIVE_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'apikey',
  'privatekey',
  'bearer',
  'sas',
]);

/** …or when two consecutive words are one of these pairs. */
const SENSITIVE_PAIRS = new Set([
  'access key',
  'secret key',
  'api key',
  'private key',
  'account key',
  'client secret',
  'encryption key',
  'signing key',
  'master key',
  'shared key',
  'storage key',
  'connection string',
]);

/**
 * A name ending in one of these words names or points at a secret without holding it
 * (`secretName`, `serving-cert-secret-name`, `cookie-secret-file`, `tls_key_path`).
 */
const NEUTRAL_LAST_WORDS = new Set([
  'name',
  'names',
  'ref',
  'refs',
  'file',
  'files',
  'path',
  'paths',
  'dir',
  'hash',
  'type',
  'mode',
  'header',
  'field',
  'namespace',
  'selector',
  'provider',
  'enabled',
  'required',
  'ttl',
  'expiry',
  'expiration',
  'lifetime',
  'length',
  'size',
  'timeout',
  'duration',
  'count',
  'limit',
  'version',
]);

/** The words of a name: split at non-alphanumerics and camelCase boundaries, lower-cased. */
export const nameWords = (name: string): string[] => {
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  return lastSegment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
};

/**
 * True when a field, variable, flag or annotation with this name holds a secret:
 * `S3_SECRET_KEY`, `access_key_id`, `clientSecret`, `--cookie-secret`, `openshift.io/token-secret.value`.
 * False for names that only point at one (`secretName`, `tls_key_path`) and for everything else
 * (`tenant_header_key`, `endpoint`, `bucket`).
 */
export const isSensitiveName = (name: string): boolean => {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (NEUTRAL_LAST_WORDS.has(words[words.length - 1])) return false;
  if (words.some((w) => SENSITIVE_WORDS.has(w))) return true;
  return words.some((w, i) => i > 0 && SENSITIVE_PAIRS.has(`${words[i - 1]} ${w}`));
};

/**
 * True when a value under a sensitive name is worth redacting: not empty, not already redacted,
 * not a boolean or null, not a file path (`/etc/...`), not an environment reference
 * (`${S3_SECRET_KEY}`, `$(TOKEN)`), and, unquoted, not a YAML structure marker (`{`, `[`, `&`, `*`,
 * `!`, `|`, `>`). Numbers are redacted: a PIN is a number.
 */
export const isRedactableValue = (raw: string): boolean => {
  const trimmed = raw.trim();
  const quoted = /^(["']).*\1$/s.test(trimmed);
  const value = quoted ? trimmed.slice(1, -1) : trimmed;
  if (value === '' || value === REDACTED) return false;
  if (!quoted && /^[{[&*!|>]/.test(value)) return false;
  if (/^(true|false|null|~)$/i.test(value)) return false;
  if (/^(\/|\.\/|\.\.\/|~\/)/.test(value)) return false;
  if (/^\$(\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*)$/.test(value)) return false;
  return true;
};
