/**
 * Go `net.SplitHostPort`: the check behind `spec.observability.tracing.jaeger_agent_endpoint`.
 */

/** Returns Go's `*net.AddrError` text when `net.SplitHostPort(hostport)` fails, else `undefined`. */
export const goSplitHostPortError = (hostport: string): string | undefined => {
  const fail = (why: string): string => (hostport === '' ? why : `address ${hostport}: ${why}`);
  const lastColon = hostport.lastIndexOf(':');
  if (lastColon < 0) return fail('missing port in address');
  let openFrom = 0;
  let closeFrom = 0;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) return fail("missing ']' in address");
    if (end + 1 === hostport.length) return fail('missing port in address');
    if (end + 1 !== lastColon) {
      return fail(
        hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address',
      );
    }
    openFrom = 1;
    closeFrom = end + 1;
  } else if (hostport.slice(0, lastColon).includes(':')) {
    return fail('too many colons in address');
  }
  if (hostport.slice(openFrom).includes('[')) return fail("unexpected '[' in address");
  if (hostport.slice(closeFrom).includes(']')) return fail("unexpected ']' in address");
  return undefined;
};
