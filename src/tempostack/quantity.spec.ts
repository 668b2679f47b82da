import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  formatBytesHuman,
  formatCpu,
  formatQuantity,
  isZero,
  multiplyQuantity,
  parseQuantity,
  QuantityError,
  quantityFromBytes,
  quantityFromMillis,
  subtractQuantities,
  toBytes,
  toMillis,
  tryParseQuantity,
} from './quantity';
import type { Quantity, QuantityFormat } from './quantity';
import type { QuantityValue } from './types';

const q = (nanoUnits: bigint, format: QuantityFormat): Quantity => ({ nanoUnits, format });
const GIB = 1024n ** 3n;
const NANO = 1_000_000_000n;

describe('parseQuantity', () => {
  // Cases from apimachinery's TestQuantityParse, as values in nano-units.
  it.each<[QuantityValue, bigint, QuantityFormat]>([
    ['0', 0n, 'DecimalSI'],
    ['0n', 0n, 'DecimalSI'],
    ['0m', 0n, 'DecimalSI'],
    ['0Ki', 0n, 'BinarySI'],
    ['0Gi', 0n, 'BinarySI'],
    ['0T', 0n, 'DecimalSI'],
    ['1', NANO, 'DecimalSI'],
    ['1Ki', 1024n * NANO, 'BinarySI'],
    ['7Mi', 7n * 1024n ** 2n * NANO, 'BinarySI'],
    ['6Gi', 6n * GIB * NANO, 'BinarySI'],
    ['5Ti', 5n * 1024n ** 4n * NANO, 'BinarySI'],
    ['4Pi', 4n * 1024n ** 5n * NANO, 'BinarySI'],
    ['3Ei', 3n * 1024n ** 6n * NANO, 'BinarySI'],
    ['5n', 5n, 'DecimalSI'],
    ['4u', 4_000n, 'DecimalSI'],
    ['3m', 3_000_000n, 'DecimalSI'],
    ['50k', 50_000n * NANO, 'DecimalSI'],
    ['7M', 7n * 10n ** 6n * NANO, 'DecimalSI'],
    ['6G', 6n * 10n ** 9n * NANO, 'DecimalSI'],
    ['300T', 300n * 10n ** 12n * NANO, 'DecimalSI'],
    ['2P', 2n * 10n ** 15n * NANO, 'DecimalSI'],
    ['12E', 12n * 10n ** 18n * NANO, 'DecimalSI'],
    ['1E-3', 1_000_000n, 'DecimalExponent'],
    ['1e3', 1000n * NANO, 'DecimalExponent'],
    ['1E18', 10n ** 18n * NANO, 'DecimalExponent'],
    ['1.3E+6', 1_300_000n * NANO, 'DecimalExponent'],
    ['0.5e-1', 50_000_000n, 'DecimalExponent'],
    ['100.035k', 100_035n * NANO, 'DecimalSI'],
    ['0.0005k', 500_000_000n, 'DecimalSI'],
    ['0.00500', 5_000_000n, 'DecimalSI'],
    ['6.987654321G', 6_987_654_321n * NANO, 'DecimalSI'],
    // finer than nano: rounded away from zero
    ['3.001n', 4n, 'DecimalSI'],
    ['1.1E-9', 2n, 'DecimalExponent'],
    ['0.0000000001', 1n, 'DecimalSI'],
    ['0.5e-9', 1n, 'DecimalExponent'],
    ['0.00000012345', 124n, 'DecimalSI'],
    ['-0.00000012345', -124n, 'DecimalSI'],
    // BinarySI is capped at 2^63-1
    ['9Ei', (2n ** 63n - 1n) * NANO, 'BinarySI'],
    ['9223372036854775807Ki', (2n ** 63n - 1n) * NANO, 'BinarySI'],
    ['-9Ei', -(2n ** 63n - 1n) * NANO, 'BinarySI'],
    // decimal values are not capped
    ['10000000000000000000.1', 10_000_000_000_000_000_000_100_000_000n, 'DecimalSI'],
    // fractional binary values; below 1 they become DecimalSI
    ['100.035Ki', 102_435_840_000_000n, 'BinarySI'],
    ['0.5Mi', 524_288n * NANO, 'BinarySI'],
    ['0.000000000001Ki', 2n, 'DecimalSI'],
    // written by trolls, still accepted
    ['.001', 1_000_000n, 'DecimalSI'],
    ['1.', NANO, 'DecimalSI'],
    ['1.G', 10n ** 9n * NANO, 'DecimalSI'],
    ['007', 7n * NANO, 'DecimalSI'],
    ['+1Ki', 1024n * NANO, 'BinarySI'],
    ['-1Ki', -1024n * NANO, 'BinarySI'],
    ['-0', 0n, 'DecimalSI'],
    // JSON numbers are read from their text
    [2, 2n * NANO, 'DecimalSI'],
    [0.5, 500_000_000n, 'DecimalSI'],
    [-1.5, -1_500_000_000n, 'DecimalSI'],
    [1e21, 10n ** 21n * NANO, 'DecimalExponent'],
    [1e-7, 100n, 'DecimalExponent'],
  ])('parses %j', (input, nanoUnits, format) => {
    expect(parseQuantity(input)).toEqual({ nanoUnits, format });
  });

  it.each<[unknown, string]>([
    ['', 'format'],
    ['abc', 'format'],
    ['aoeu', 'format'],
    ['1.2.3', 'format'],
    ['1.1.M', 'format'],
    ['1+1.0M', 'format'],
    ['5 Gi', 'format'],
    [' 1', 'format'],
    ['1 ', 'format'],
    ['-3.01e-', 'suffix'],
    ['1e', 'suffix'],
    ['1e1.5', 'format'],
    ['e3', 'format'],
    ['.', 'format'],
    ['-', 'format'],
    ['+', 'format'],
    ['.Ki', 'format'],
    ['1Kb', 'format'],
    ['1K', 'suffix'],
    ['0.1mi', 'suffix'],
    ['0.1am', 'format'],
    ['.5i', 'suffix'],
    ['1i', 'suffix'],
    ['-3.01i', 'suffix'],
    ['1Ki5', 'suffix'],
    ['1m-3', 'suffix'],
    ['1e1001', 'range'],
    ['1e-1001', 'range'],
    [Number.NaN, 'format'],
    [Number.POSITIVE_INFINITY, 'format'],
    [Number.NEGATIVE_INFINITY, 'format'],
    [null, 'type'],
    [true, 'type'],
    [{}, 'type'],
  ])('rejects %j', (input, reason) => {
    let thrown: unknown;
    try {
      parseQuantity(input as QuantityValue);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(QuantityError);
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as QuantityError;
    expect(error.reason).toBe(reason);
    expect(error.input).toBe(String(input));
    expect(error.message).toContain(JSON.stringify(String(input)));
  });
});

describe('tryParseQuantity', () => {
  it('returns the quantity, or undefined for missing and malformed values', () => {
    expect(tryParseQuantity('2Gi')).toEqual(q(2n * GIB * NANO, 'BinarySI'));
    expect(tryParseQuantity(undefined)).toBeUndefined();
    expect(tryParseQuantity('5 Gi')).toBeUndefined();
    expect(tryParseQuantity(Number.NaN)).toBeUndefined();
  });

  it('does not swallow errors that are not about the quantity', () => {
    const hostile = {
      toString(): string {
        throw new TypeError('boom');
      },
    };
    expect(() => tryParseQuantity(hostile as unknown as QuantityValue)).toThrow(TypeError);
  });
});

describe('formatQuantity', () => {
  // Cases from apimachinery's TestQuantityString (value × 10^scale in the given format).
  it.each<[bigint, number, QuantityFormat, string]>([
    [1024n * 1024n * 1024n, 0, 'BinarySI', '1Gi'],
    [300n * 1024n * 1024n, 0, 'BinarySI', '300Mi'],
    [6n * 1024n, 0, 'BinarySI', '6Ki'],
    [1001n * 1024n * 1024n * 1024n, 0, 'BinarySI', '1001Gi'],
    [1024n ** 4n, 0, 'BinarySI', '1Ti'],
    [5n, 0, 'BinarySI', '5'],
    [500n, -3, 'BinarySI', '500m'],
    [1n, 9, 'DecimalSI', '1G'],
    [1000n, 6, 'DecimalSI', '1G'],
    [1000000n, 3, 'DecimalSI', '1G'],
    [1n, -3, 'DecimalSI', '1m'],
    [80n, -3, 'DecimalSI', '80m'],
    [1080n, -3, 'DecimalSI', '1080m'],
    [108n, -2, 'DecimalSI', '1080m'],
    [300n, 6, 'DecimalSI', '300M'],
    [1n, 12, 'DecimalSI', '1T'],
    [1234567n, 6, 'DecimalSI', '1234567M'],
    [1234567n, -3, 'BinarySI', '1234567m'],
    [3n, 3, 'DecimalSI', '3k'],
    [1025n, 0, 'BinarySI', '1025'],
    [0n, 0, 'DecimalSI', '0'],
    [0n, 0, 'BinarySI', '0'],
    [0n, 0, 'DecimalExponent', '0'],
    [1n, 9, 'DecimalExponent', '1e9'],
    [1n, -3, 'DecimalExponent', '1e-3'],
    [1n, -9, 'DecimalExponent', '1e-9'],
    [80n, -3, 'DecimalExponent', '80e-3'],
    [300n, 6, 'DecimalExponent', '300e6'],
    [3n, 3, 'DecimalExponent', '3e3'],
    [1n, -9, 'DecimalSI', '1n'],
    [1080n, -9, 'DecimalSI', '1080n'],
    [108n, -8, 'DecimalSI', '1080n'],
    [1n, -6, 'DecimalSI', '1u'],
    [1080n, -6, 'DecimalSI', '1080u'],
    [1000n, 18, 'DecimalSI', '1e21'],
  ])('prints %s×10^%s (%s) as %s, and its negation with a sign', (value, scale, format, text) => {
    const nanoUnits = scale + 9 >= 0 ? value * 10n ** BigInt(scale + 9) : value;
    expect(formatQuantity(q(nanoUnits, format))).toBe(text);
    if (nanoUnits !== 0n) {
      expect(formatQuantity(q(-nanoUnits, format))).toBe(`-${text}`);
    }
  });

  // Parse then print: apimachinery's TestQuantityParseEmit / TestParseQuantity and the API server's
  // canonical forms the operator's manifests end up with.
  it.each<[QuantityValue, string]>([
    ['2000m', '2'],
    ['1500m', '1500m'],
    ['1000M', '1G'],
    ['0.5', '500m'],
    [0.5, '500m'],
    ['1024Mi', '1Gi'],
    ['0.5Gi', '512Mi'],
    ['1.5Gi', '1536Mi'],
    ['1536', '1536'],
    ['2055209Ki', '2055209Ki'],
    ['1e3', '1e3'],
    ['1.5e3', '1500'],
    ['12E-3', '12e-3'],
    ['8000m', '8'],
    ['1Ki', '1Ki'],
    ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'],
    ['.000000000001Ki', '2n'],
    ['-.001Ki', '-1024m'],
    ['1.2345', '1234500u'],
    ['0.9n', '1n'],
    ['+1', '1'],
    ['007', '7'],
    ['1000000000000000000', '1E'],
    ['9999999999999999999000m', '9999999999999999999'],
    ['10000000000000000000.1', '10000000000000000000100m'],
    ['-1.0000000000000000001E', '-1000000000000000000100m'],
    ['1.000000000000000001E', '1000000000000000001'],
    ['9223372036854775808.1', '9223372036854775808100m'],
    ['1.5Ki', '1536'],
    ['1100.5Ki', '1126912'],
    ['1.0001Ki', '1024102400u'],
    ['9Ei', '9223372036854775807'],
  ])('%j prints as %s', (input, text) => {
    expect(formatQuantity(parseQuantity(input))).toBe(text);
  });

  it('prints BinarySI integers ≥ 1024 with the largest binary suffix, and stays at Ei', () => {
    expect(formatQuantity(quantityFromBytes(257698032n, 'BinarySI'))).toBe('257698032');
    expect(formatQuantity(quantityFromBytes(536870912n, 'BinarySI'))).toBe('512Mi');
    expect(formatQuantity(quantityFromBytes(1024n ** 7n, 'BinarySI'))).toBe('1024Ei');
    expect(formatQuantity(quantityFromBytes(1024n ** 6n, 'DecimalSI'))).toBe('1152921504606846976');
  });
});

describe('arithmetic', () => {
  const gib = parseQuantity('1Gi');
  const milli = parseQuantity('100m');
  const zero = parseQuantity('0');

  it('adds and subtracts exactly, keeping the left format', () => {
    expect(addQuantities(gib, parseQuantity('1G'))).toEqual(
      q((GIB + 1_000_000_000n) * NANO, 'BinarySI'),
    );
    expect(formatQuantity(addQuantities(parseQuantity('0.1'), parseQuantity('0.2')))).toBe('300m');
    expect(subtractQuantities(gib, parseQuantity('512Mi'))).toEqual(parseQuantity('512Mi'));
    expect(formatQuantity(subtractQuantities(milli, parseQuantity('1')))).toBe('-900m');
  });

  it.each(['100m', '1Gi'])(
    'takes the right operand’s format when the left is zero (%s)',
    (text) => {
      const value = parseQuantity(text);
      expect(formatQuantity(addQuantities(value, zero))).toBe(text);
      expect(formatQuantity(addQuantities(zero, value))).toBe(text);
      expect(formatQuantity(subtractQuantities(value, zero))).toBe(text);
      expect(formatQuantity(subtractQuantities(zero, value))).toBe(`-${text}`);
    },
  );

  it('multiplies by integers only', () => {
    expect(formatQuantity(multiplyQuantity(parseQuantity('512Mi'), 2))).toBe('1Gi');
    expect(formatQuantity(multiplyQuantity(milli, 3n))).toBe('300m');
    expect(multiplyQuantity(gib, 0)).toEqual(q(0n, 'BinarySI'));
    expect(() => multiplyQuantity(gib, 1.5)).toThrow(RangeError);
    expect(() => multiplyQuantity(gib, Number.NaN)).toThrow(RangeError);
  });

  it('compares values regardless of format', () => {
    expect(compareQuantities(parseQuantity('1Ki'), parseQuantity('1024'))).toBe(0);
    expect(compareQuantities(parseQuantity('1k'), parseQuantity('1Ki'))).toBe(-1);
    expect(compareQuantities(parseQuantity('1Ki'), parseQuantity('1k'))).toBe(1);
    expect(compareQuantities(parseQuantity('-1'), zero)).toBe(-1);
  });

  it('recognises zero in any format', () => {
    expect(isZero(parseQuantity('0Gi'))).toBe(true);
    expect(isZero(parseQuantity('0.000'))).toBe(true);
    expect(isZero(parseQuantity('1n'))).toBe(false);
  });

  it('never mutates its operands', () => {
    const a = Object.freeze(parseQuantity('1Gi'));
    const b = Object.freeze(parseQuantity('1m'));
    addQuantities(a, b);
    subtractQuantities(a, b);
    multiplyQuantity(a, 4);
    expect(a).toEqual(q(GIB * NANO, 'BinarySI'));
    expect(b).toEqual(q(1_000_000n, 'DecimalSI'));
  });
});

describe('integer accessors and constructors', () => {
  it.each<[string, bigint, bigint]>([
    ['2000m', 2000n, 2n],
    ['2', 2000n, 2n],
    ['1500m', 1500n, 2n],
    ['1n', 1n, 1n],
    ['0.5m', 1n, 1n],
    ['2Gi', 2_147_483_648_000n, 2_147_483_648n],
    ['-1.5m', -2n, -1n],
    ['-1500m', -1500n, -2n],
    ['0', 0n, 0n],
  ])('%s: toMillis %s, toBytes %s (rounded away from zero)', (text, millis, bytes) => {
    const value = parseQuantity(text);
    expect(toMillis(value)).toBe(millis);
    expect(toBytes(value)).toBe(bytes);
  });

  it('builds quantities from millis and bytes, as NewMilliQuantity / NewQuantity', () => {
    expect(formatQuantity(quantityFromMillis(270n, 'BinarySI'))).toBe('270m');
    expect(formatQuantity(quantityFromMillis(1000n, 'BinarySI'))).toBe('1');
    expect(formatQuantity(quantityFromMillis(2_048_000n, 'BinarySI'))).toBe('2Ki');
    expect(formatQuantity(quantityFromMillis(2_048_000n, 'DecimalSI'))).toBe('2048');
    expect(formatQuantity(quantityFromBytes(85899344n, 'BinarySI'))).toBe('85899344');
    expect(toMillis(quantityFromMillis(135n, 'BinarySI'))).toBe(135n);
    expect(toBytes(quantityFromBytes(-7n, 'DecimalSI'))).toBe(-7n);
  });
});

describe('formatCpu', () => {
  it.each<[string, string]>([
    ['270m', '270m'],
    ['2000m', '2'],
    ['1.5', '1500m'],
    ['0.5m', '500u'],
    ['2Ki', '2048'],
    ['0', '0'],
  ])('%s → %s', (input, text) => {
    expect(formatCpu(parseQuantity(input))).toBe(text);
  });
});

describe('formatBytesHuman (approximate)', () => {
  it.each<[bigint, string]>([
    [0n, '0 B'],
    [1023n, '1023 B'],
    [1024n, '1 KiB'],
    [1536n, '1.5 KiB'],
    [-1536n, '-1.5 KiB'],
    [257698032n, '245.8 MiB'],
    [536870912n, '512 MiB'],
    [GIB - 1n, '1.0 GiB'],
    [2n * GIB, '2 GiB'],
    [1052267008n, '1003.5 MiB'],
    [5n * 1024n ** 4n + 1n, '5.0 TiB'],
    [2000n * 1024n ** 6n, '2000 EiB'],
  ])('%s bytes → %s', (bytes, text) => {
    expect(formatBytesHuman(bytes)).toBe(text);
  });
});
