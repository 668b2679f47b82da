/**
 * Go's `url.ParseRequestURI` as built into operator v0.22.0 (Go 1.26, `urlstrictcolons=1`): the
 * check behind "\"endpoint\" field of storage secret must be a valid URL". Only the outcome and the
 * scheme are modelled; the error texts follow Go's for the common cases.
 */
import { goQuote as quote } from './go-format';

/** The outcome of parsing: the lower-cased scheme (may be empty), or Go's error text. */
export type RequestURIResult = { scheme: string } | { error: string };

const HEX = /^[0-9a-fA-F]$/;
const isAlpha = (c: string): boolean => /^[a-zA-Z]$/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Go `shouldEscape` for the host and zone modes (the only modes whose escaping is checked). */
const hostCharNeedsEscape = (c: string): boolean => !/^[a-zA-Z0-9\-_.~!$&'()*+,;=:[\]<>"]$/.test(c);

/** Go `unescape` in host (`zone = false`) or zone mode, or in path/userinfo mode (`host = false`). */
const checkEscapes = (s: string, mode: 'host' | 'zone' | 'other'): string | undefined => {
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !HEX.test(s[i + 1]) || !HEX.test(s[i + 2])) {
        return `invalid URL escape ${quote(s.slice(i, i + 3))}`;
      }
      const value = parseInt(s.slice(i + 1, i + 3), 16);
      const triple = s.slice(i, i + 3);
      if (mode === 'host' && value >> 4 < 8 && triple !== '%25') {
        return `invalid URL escape ${quote(triple)}`;
      }
      if (mode === 'zone' && triple !== '%25' && value !== 0x20) {
        const decoded = String.fromCharCode(value);
        if (value < 0x80 && hostCharNeedsEscape(decoded)) {
          return `invalid URL escape ${quote(triple)}`;
        }
      }
      i += 3;
    } else {
      if (mode !== 'other' && c.charCodeAt(0) < 0x80 && hostCharNeedsEscape(c)) {
        return `invalid character ${quote(c)} in host name`;
      }
      i += 1;
    }
  }
  return undefined;
};

const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port);

/** `netip.ParseAddr` restricted to what an IP-literal needs: 'v6', 'v4', or `undefined` if invalid. */
const ipVersion = (address: string): 'v4' | 'v6' | undefined => {
  const v4 =
    /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
  if (v4.test(address)) return 'v4';
  const [ip, ...zoneParts] = address.split('%');
  if (zoneParts.length > 0 && zoneParts.join('%') === '') return undefined;
  let body = ip;
  let fields = 0;
  const ipv4Tail = /:((?:\d+\.){3}\d+)$/.exec(body);
  if (ipv4Tail) {
    if (!v4.test(ipv4Tail[1])) return undefined;
    body = body.slice(0, body.length - ipv4Tail[1].length);
    body = body.endsWith('::') ? body : body.slice(0, -1);
    fields = 2;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): string[] | undefined => {
    if (part === '') return [];
    const list = part.split(':');
    return list.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)) ? list : undefined;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  fields += head.length + tail.length;
  if (halves.length === 2) return fields < 8 ? 'v6' : undefined;
  return fields === 8 ? 'v6' : undefined;
};

/** Go `parseHost` with strict colons. */
const checkHost = (host: string): string | undefined => {
  const open = host.lastIndexOf('[');
  if (open > 0) return 'invalid IP-literal';
  if (open === 0) {
    const close = host.lastIndexOf(']');
    if (close < 0) return "missing ']' in host";
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) return `invalid port ${quote(colonPort)} after host`;
    const literal = host.slice(1, close);
    const zone = literal.indexOf('%25');
    const escapeError =
      zone >= 0
        ? (checkEscapes(literal.slice(0, zone), 'host') ??
          checkEscapes(literal.slice(zone), 'zone'))
        : checkEscapes(literal, 'host');
    if (escapeError) return escapeError;
    const decoded = zone >= 0 ? `${literal.slice(0, zone)}%${literal.slice(zone + 3)}` : literal;
    const version = ipVersion(decodeURIComponentSafe(decoded));
    if (version === undefined) return `invalid host: ParseAddr(${quote(decoded)})`;
    return version === 'v4' ? 'invalid IP-literal' : undefined;
  }
  const colon = host.indexOf(':');
  if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
    return `invalid port ${quote(host.slice(colon))} after host`;
  }
  return checkEscapes(host, 'host');
};

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const USERINFO = /^[a-zA-Z0-9\-._:~!$&'()*+,;=%@]*$/;

/** Go `parseAuthority`. */
const checkAuthority = (authority: string): string | undefined => {
  const at = authority.lastIndexOf('@');
  const hostError = checkHost(authority.slice(at + 1));
  if (hostError || at < 0) return hostError;
  const userinfo = authority.slice(0, at);
  if (!USERINFO.test(userinfo)) return 'net/url: invalid userinfo';
  return checkEscapes(userinfo, 'other');
};

/** Go `getScheme`: the scheme and the rest, or an error. */
const splitScheme = (raw: string): [string, string] | string => {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (isAlpha(c)) continue;
    if (isDigit(c) || c === '+' || c === '-' || c === '.') {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      return i === 0 ? 'missing protocol scheme' : [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
};

/**
 * Parses `raw` like Go's `url.ParseRequestURI` and returns the URL's scheme, or the text of the
 * error Go returns (`parse "<raw>": <why>`).
 */
export const parseRequestURI = (raw: string): RequestURIResult => {
  const why = ((): string | { scheme: string } => {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(raw)) return 'net/url: invalid control character in URL';
    if (raw === '') return 'empty url';
    if (raw === '*') return { scheme: '' };
    const split = splitScheme(raw);
    if (typeof split === 'string') return split;
    const scheme = split[0].toLowerCase();
    let rest = split[1];
    if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
      rest = rest.slice(0, -1);
    } else if (rest.includes('?')) {
      rest = rest.slice(0, rest.indexOf('?'));
    }
    if (!rest.startsWith('/')) {
      return scheme !== '' ? { scheme } : 'invalid URI for request';
    }
    if (scheme !== '' && rest.startsWith('//')) {
      const authorityAndPath = rest.slice(2);
      const slash = authorityAndPath.indexOf('/');
      const authority = slash >= 0 ? authorityAndPath.slice(0, slash) : authorityAndPath;
      rest = slash >= 0 ? authorityAndPath.slice(slash) : '';
      const authorityError = checkAuthority(authority);
      if (authorityError) return authorityError;
    }
    return checkEscapes(rest, 'other') ?? { scheme };
  })();
  return typeof why === 'string' ? { error: `parse ${quote(raw)}: ${why}` } : why;
};
