import type { IncomingMessage } from 'node:http';

/** The simulator's users and their bearer tokens (what `oc login` would have given). */
export const DEFAULT_USERS: Record<string, string> = {
  admin: 'admin-token',
  developer: 'developer-token',
  viewer: 'viewer-token',
};

export const USER_COOKIE = 'dev-console-user';
export const CSRF_COOKIE = 'csrf-token';

export const parseCookies = (header: string | undefined): Record<string, string> => {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const key = part.slice(0, i).trim();
    if (key) cookies[key] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return cookies;
};

/** The chosen user (cookie), falling back to the first configured user. */
export const userOf = (req: IncomingMessage, users: Record<string, string>): string => {
  const chosen = parseCookies(req.headers.cookie)[USER_COOKIE];
  return chosen && users[chosen] ? chosen : Object.keys(users)[0];
};
