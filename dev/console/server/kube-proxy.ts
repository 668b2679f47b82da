import type * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { forwardRequest, forwardUpgrade, sendStatus, targetPath } from './proxy';
import { CSRF_COOKIE, parseCookies, userOf } from './users';

export const KUBE_PREFIX = '/api/kubernetes/';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface KubeProxyOptions {
  api: URL;
  users: Record<string, string>;
}

/** As the bridge: a write must carry the `csrf-token` cookie's value in `X-CSRFToken`. */
export const csrfOk = (req: http.IncomingMessage): boolean => {
  if (SAFE_METHODS.has(req.method ?? 'GET')) return true;
  const cookie = parseCookies(req.headers.cookie)[CSRF_COOKIE];
  const header = req.headers['x-csrftoken'];
  return !!cookie && typeof header === 'string' && header === cookie;
};

/** A WebSocket must come from the host's own pages (the bridge checks the origin). */
export const originOk = (req: http.IncomingMessage): boolean => {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
};

const upstreamOptions = (req: http.IncomingMessage, options: KubeProxyOptions) => {
  const rest = (req.url ?? '/').slice(KUBE_PREFIX.length - 1);
  return {
    target: options.api,
    path: targetPath(options.api, rest),
    // The browser's cookies and CSRF token stay here; the API server sees the user's token.
    drop: ['cookie', 'x-csrftoken', 'authorization', 'origin', 'referer'],
    set: { authorization: `Bearer ${options.users[userOf(req, options.users)]}` },
  };
};

/** `/api/kubernetes/*` → the API server, as the chosen user. */
export const proxyKubeRequest = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: KubeProxyOptions,
) => {
  if (!csrfOk(req)) {
    sendStatus(
      res,
      403,
      'Forbidden',
      'CSRF token does not match: send the csrf-token cookie value in X-CSRFToken.',
    );
    return;
  }
  forwardRequest(req, res, upstreamOptions(req, options));
};

export const proxyKubeUpgrade = (
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  options: KubeProxyOptions,
) => {
  if (!originOk(req)) {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
    return;
  }
  forwardUpgrade(req, socket, head, upstreamOptions(req, options));
};
