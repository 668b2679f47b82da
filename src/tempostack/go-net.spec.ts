import { describe, expect, it } from 'vitest';
import { goSplitHostPortError } from './go-net';

describe('goSplitHostPortError', () => {
  it.each(['localhost:6831', ':6831', 'host:', '[::1]:6831', '[::1]:'])('accepts %s', (value) => {
    expect(goSplitHostPortError(value)).toBeUndefined();
  });

  it.each([
    ['foo', 'address foo: missing port in address'],
    ['', 'missing port in address'],
    ['[::1]', 'address [::1]: missing port in address'],
    ['[::1', "address [::1: missing ']' in address"],
    ['[::1]x:1', 'address [::1]x:1: missing port in address'],
    ['[::1]:1:2', 'address [::1]:1:2: too many colons in address'],
    ['a:b:c', 'address a:b:c: too many colons in address'],
    ['a[b:1', "address a[b:1: unexpected '[' in address"],
    ['[a[b]:1', "address [a[b]:1: unexpected '[' in address"],
    ['a]b:1', "address a]b:1: unexpected ']' in address"],
  ])('rejects %j: %s', (value, expected) => {
    expect(goSplitHostPortError(value)).toBe(expected);
  });
});
