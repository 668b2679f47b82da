/** Reads one cookie from a `document.cookie`-style string. */
export const readCookie = (cookieString: string, name: string): string | undefined => {
  for (const part of cookieString.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
};

export const CSRF_COOKIE = 'csrf-token';
export const CSRF_HEADER = 'X-CSRFToken';

export const csrfToken = (): string | undefined =>
  typeof document === 'undefined' ? undefined : readCookie(document.cookie, CSRF_COOKIE);
