import { describe, expect, it } from 'vitest';
import { goJSONMarshal, goQuote } from './go-format';

describe('goQuote', () => {
  it.each([
    ['abc', '"abc"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["it's", '"it\'s"'],
    ['\n\t\r\x07\b\f\v', '"\\n\\t\\r\\a\\b\\f\\v"'],
    ['\x01\x7f', '"\\x01\\x7f"'],
    ['\u00a0', '"\\u00a0"'],
    ['é😀', '"é😀"'],
    ['\u{E0001}', '"\\U000e0001"'],
  ])('quotes %j as %s', (value, expected) => {
    expect(goQuote(value)).toBe(expected);
  });
});

describe('goJSONMarshal', () => {
  it.each([
    [undefined, 'null'],
    [null, 'null'],
    ['route', '"route"'],
    ['a<b>&c', '"a\\u003cb\\u003e\\u0026c"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['\x01\b\f\n\r\t"\\', '"\\u0001\\b\\f\\n\\r\\t\\"\\\\"'],
    ['\x7fé', '"\x7fé"'],
    [3, '3'],
    [true, 'true'],
    [[1, 'a'], '[1,"a"]'],
    [{ b: 1, a: [true], c: undefined }, '{"a":[true],"b":1}'],
    [() => 1, 'null'],
  ])('marshals %j as %s', (value, expected) => {
    expect(goJSONMarshal(value)).toBe(expected);
  });
});
