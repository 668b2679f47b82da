/**
 * The admission warnings of an API response, read from its `Warning` headers (RFC 7234
 * `warn-code warn-agent "warn-text"`, code 299 from the API server). `fetch` joins several header
 * lines with `, `.
 */
const WARNING = /(\d{3})\s+(\S+)\s+"((?:[^"\\]|\\.)*)"/g;

/** The texts of the warnings in a `Warning` header value, in order. */
export const parseWarningHeader = (header: string | null | undefined): string[] => {
  if (!header) return [];
  return [...header.matchAll(WARNING)].map((match) => match[3].replace(/\\(.)/g, '$1'));
};
