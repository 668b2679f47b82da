import { describe, expect, it } from 'vitest';
import { goParseFloatError } from './go-strconv';

describe('goParseFloatError', () => {
  it.each([
    '0.5',
    '1',
    '1e3',
    '.5',
    '5.',
    '+1.5e-3',
    '1E+05',
    '1e-400',
    'inf',
    '-Infinity',
    '+INF',
    'NaN',
    '0x1p-2',
    '0X1.8P1',
    '-0x.8p0',
    '0x_1p0',
    '0x1_0p0',
  ])('accepts %s', (value) => {
    expect(goParseFloatError(value)).toBeUndefined();
  });

  it.each(['x', '', '1_000', '+nan', 'infx', 'infin', '0x1', '1e', '0x.p1', '0x1__0p0', '1.2.3'])(
    'rejects %j as invalid syntax',
    (value) => {
      expect(goParseFloatError(value)).toBe(
        `strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`,
      );
    },
  );

  it.each(['1e400', '-1e309', '0x1p5000'])('rejects %s as out of range', (value) => {
    expect(goParseFloatError(value)).toBe(
      `strconv.ParseFloat: parsing "${value}": value out of range`,
    );
  });
});
