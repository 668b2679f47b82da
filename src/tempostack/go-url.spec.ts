import { describe, expect, it } from 'vitest';
import { parseRequestURI } from './go-url';

describe('parseRequestURI', () => {
  it.each([
    ['https://s3.amazonaws.com', 'https'],
    ['http://minio:9000', 'http'],
    ['HTTP://MinIO:9000/bucket?x=1', 'http'],
    ['http://minio.svc:9000?', 'http'],
    ['minio:9000', 'minio'],
    ['https://', 'https'],
    ['http:/path', 'http'],
    ['/absolute/path', ''],
    ['*', ''],
    ['http://user@host', 'http'],
    ['http://user:p%41ss@host', 'http'],
    ['http://[::1]:9000', 'http'],
    ['http://[::ffff:1.2.3.4]/', 'http'],
    ['http://[::1.2.3.4]/', 'http'],
    ['http://[1:2:3:4:5:6:7:8]/', 'http'],
    ['http://[1:2:3:4:5:6:1.2.3.4]/', 'http'],
    ['http://[fe80::1%25en0]:80', 'http'],
    ['http://[fe80::1%25en%200]', 'http'],
    ['http://h%C3%A9st', 'http'],
    ['http://hést/ü', 'http'],
    ['http://[::1]?a=b?c', 'http'],
  ])('accepts %s (scheme %j)', (raw, scheme) => {
    expect(parseRequestURI(raw)).toEqual({ scheme });
  });

  it.each([
    ['', 'empty url'],
    ['s3.amazonaws.com', 'invalid URI for request'],
    ['1http://x', 'invalid URI for request'],
    [':foo', 'missing protocol scheme'],
    ['http://x\n', 'net/url: invalid control character in URL'],
    ['http://host:abc', 'invalid port ":abc" after host'],
    ['http://host:9000:1', 'invalid port ":9000:1" after host'],
    ['http://::1/', 'invalid port "::1" after host'],
    ['http://[1.2.3.4]/', 'invalid IP-literal'],
    ['http://a[::1]', 'invalid IP-literal'],
    ['http://[::1', "missing ']' in host"],
    ['http://[::1]x', 'invalid port "x" after host'],
    ['http://[zz]', 'invalid host: ParseAddr("zz")'],
    ['http://[1:2:3:4:5:6:7:8:9]', 'invalid host: ParseAddr("1:2:3:4:5:6:7:8:9")'],
    ['http://[1::2::3]', 'invalid host: ParseAddr("1::2::3")'],
    ['http://[1:2:3:4:5:6:7::8]', 'invalid host: ParseAddr("1:2:3:4:5:6:7::8")'],
    ['http://[::256.1.1.1]', 'invalid host: ParseAddr("::256.1.1.1")'],
    ['http://[fe80::1%25]', 'invalid host: ParseAddr("fe80::1%")'],
    ['http://[fe80::1%25%2F]', 'invalid URL escape "%2F"'],
    ['http://[%41::1]', 'invalid URL escape "%41"'],
    ['http://a b', 'invalid character " " in host name'],
    ['http://ho%41st', 'invalid URL escape "%41"'],
    ['http://host%4', 'invalid URL escape "%4"'],
    ['http://user:pa ss@host', 'net/url: invalid userinfo'],
    ['http://user:p%zz@host', 'invalid URL escape "%zz"'],
    ['http://host/%zz', 'invalid URL escape "%zz"'],
  ])('rejects %j: %s', (raw, why) => {
    expect(parseRequestURI(raw)).toEqual({ error: `parse ${JSON.stringify(raw)}: ${why}` });
  });
});
