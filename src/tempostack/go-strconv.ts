/**
 * Go `strconv.ParseFloat(s, 64)`: the check behind `spec.observability.tracing.sampling_fraction`.
 */
import { goQuote } from './go-format';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEXADECIMAL = /^([+-]?)0[xX]((?:[0-9a-fA-F_]*)(?:\.[0-9a-fA-F_]*)?)[pP]([+-]?\d+)$/;
const SPECIAL = /^(?:[+-]?(?:inf|infinity)|nan)$/i;

/** Go `underscoreOK` for a hexadecimal mantissa: `_` only between digits or after the prefix. */
const underscoresOK = (mantissa: string): boolean =>
  !mantissa.includes('_') || /^_?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*(?:\.[0-9a-fA-F]*)?$/.test(mantissa);

const parseHexFloat = (sign: string, mantissa: string, exponent: string): number | undefined => {
  const digits = mantissa.replace(/_/g, '');
  const [whole, fraction = ''] = digits.split('.');
  if (whole === '' && fraction === '') return undefined;
  if (!underscoresOK(mantissa)) return undefined;
  const value =
    (parseInt(whole || '0', 16) + (fraction ? parseInt(fraction, 16) / 16 ** fraction.length : 0)) *
    2 ** Number(exponent);
  return sign === '-' ? -value : value;
};

/**
 * Parses `s` as Go's `strconv.ParseFloat(s, 64)` does; returns `undefined` when Go accepts it, or
 * Go's error text (`strconv.ParseFloat: parsing "x": invalid syntax` / `value out of range`).
 */
export const goParseFloatError = (s: string): string | undefined => {
  const fail = (why: string): string => `strconv.ParseFloat: parsing ${goQuote(s)}: ${why}`;
  if (SPECIAL.test(s)) return undefined;
  let value: number | undefined;
  if (DECIMAL.test(s)) {
    value = Number(s);
  } else {
    const hex = HEXADECIMAL.exec(s);
    value = hex ? parseHexFloat(hex[1], hex[2], hex[3]) : undefined;
  }
  if (value === undefined) return fail('invalid syntax');
  return Number.isFinite(value) ? undefined : fail('value out of range');
};
