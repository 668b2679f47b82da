/** The decoded values of a Secret's `data` (base64) and `stringData`, for validation only. */
export const decodeSecretData = (secret: {
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}): Record<string, string> => {
  const decoded: Record<string, string> = {};
  for (const [key, value] of Object.entries(secret.data ?? {})) {
    try {
      const bytes = Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
      decoded[key] = new TextDecoder().decode(bytes);
    } catch {
      decoded[key] = '';
    }
  }
  return { ...decoded, ...(secret.stringData ?? {}) };
};
