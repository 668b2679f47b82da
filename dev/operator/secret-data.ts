/**
 * Reading Secrets as the operator does: `data` values are base64; `stringData` (if the API
 * server kept it) is plain text and wins.
 */
import type { KubeObject } from '../cluster/api';

/** The decoded key/value pairs of a Secret. */
export const decodeSecretData = (secret: KubeObject): Record<string, string> => {
  const out: Record<string, string> = {};
  const data = (secret.data ?? {}) as Record<string, string>;
  for (const [key, value] of Object.entries(data)) {
    out[key] = Buffer.from(String(value), 'base64').toString('utf8');
  }
  const stringData = (secret.stringData ?? {}) as Record<string, string>;
  for (const [key, value] of Object.entries(stringData)) out[key] = String(value);
  return out;
};

/** `data` for a Secret holding these plain-text values. */
export const encodeSecretData = (values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]),
  );
