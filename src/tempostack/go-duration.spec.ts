import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './go-duration';

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['-0', 0],
    ['0s', 0],
    ['48h', 48 * 3600e9],
    ['48h0m0s', 48 * 3600e9],
    ['1h30m', 5400e9],
    ['-1.5s', -1.5e9],
    ['+5ms', 5e6],
    ['1us', 1e3],
    ['1\u00b5s', 1e3],
    ['1\u03bcs', 1e3],
    ['7ns', 7],
    ['.5s', 0.5e9],
    ['5.s', 5e9],
  ])('parses %s as %d ns', (value, expected) => {
    expect(parseGoDuration(value)).toBe(expected);
  });

  it.each(['', '-', '1', '1x', '.s', 'h', '1hconstructor', '3000000h', '1h 30m'])(
    'rejects %j',
    (value) => {
      expect(parseGoDuration(value)).toBeUndefined();
    },
  );
});
