/**
 * Kubernetes `resource.Quantity` (k8s.io/apimachinery `pkg/api/resource`) in exact BigInt
 * arithmetic: parsing, canonical printing (`CanonicalizeBytes`), arithmetic and the integer
 * accessors (`Value`, `MilliValue`).
 */
import type { QuantityValue } from './types';

/** How a quantity prints, decided by the suffix it was written with (as Kubernetes does). */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** An exact Kubernetes quantity: its value as a count of nano-units (value × 10⁹) and its format. */
export interface Quantity {
  readonly nanoUnits: bigint;
  readonly format: QuantityFormat;
}

/** Why a value is not a quantity. */
export type QuantityErrorReason = 'type' | 'format' | 'suffix' | 'range';

/** Thrown by {@link parseQuantity} for a value the API server would not accept as a quantity. */
export class QuantityError extends Error {
  /** The rejected value, as text. */
  readonly input: string;
  readonly reason: QuantityErrorReason;

  constructor(input: string, reason: QuantityErrorReason, detail: string) {
    super(`Invalid quantity ${JSON.stringify(input)}: ${detail}`);
    this.name = 'QuantityError';
    this.input = input;
    this.reason = reason;
  }
}

const NANO_PER_UNIT = 1_000_000_000n;
const NANO_PER_MILLI = 1_000_000n;
/** Parsing caps a BinarySI quantity at 2⁶³−1 (Kubernetes `maxAllowed`). */
const MAX_BINARY_NANO_UNITS = (2n ** 63n - 1n) * NANO_PER_UNIT;
/**
 * Largest decimal exponent accepted in `1e<n>` notation. Kubernetes accepts any int32; values this
 * large are meaningless for resources and would make exact arithmetic needlessly expensive.
 */
const MAX_EXPONENT = 1000;

const DECIMAL_SUFFIX_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['n', -9],
  ['u', -6],
  ['m', -3],
  ['', 0],
  ['k', 3],
  ['M', 6],
  ['G', 9],
  ['T', 12],
  ['P', 15],
  ['E', 18],
]);
const DECIMAL_EXPONENT_SUFFIXES: ReadonlyMap<number, string> = new Map(
  [...DECIMAL_SUFFIX_EXPONENTS].map(([suffix, exponent]) => [exponent, suffix]),
);
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const;
const BINARY_SUFFIX_POWERS: ReadonlyMap<string, number> = new Map(
  BINARY_SUFFIXES.slice(1).map((suffix, index) => [suffix, (index + 1) * 10]),
);
const SUFFIX_CHARACTERS = 'eEinumkKMGTP';

const FORMAT_HINT = 'expected a number with an optional suffix, such as 500m, 2Gi, 1.5 or 1e3';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** n ÷ d (d > 0) with any remainder rounded away from zero, like Kubernetes' `RoundUp`. */
const divideAwayFromZero = (n: bigint, d: bigint): bigint => {
  const quotient = abs(n) / d;
  const rounded = abs(n) % d === 0n ? quotient : quotient + 1n;
  return n < 0n ? -rounded : rounded;
};

/** value × 10^exponent, rounded away from zero when the exponent is negative. */
const scaleByPowerOfTen = (value: bigint, exponent: number): bigint =>
  exponent >= 0
    ? value * 10n ** BigInt(exponent)
    : divideAwayFromZero(value, 10n ** BigInt(-exponent));

interface ScannedQuantity {
  negative: boolean;
  integerDigits: string;
  fractionDigits: string;
  suffix: string;
}

/** Splits text into sign, digits and suffix like apimachinery's `parseQuantityString`. */
const scanQuantity = (text: string): ScannedQuantity | undefined => {
  let pos = 0;
  let negative = false;
  if (text[0] === '-' || text[0] === '+') {
    negative = text[0] === '-';
    pos = 1;
  }
  const integerStart = pos;
  while (isDigit(text[pos])) pos++;
  const integerDigits = text.slice(integerStart, pos);
  let fractionDigits = '';
  if (text[pos] === '.') {
    const fractionStart = ++pos;
    while (isDigit(text[pos])) pos++;
    fractionDigits = text.slice(fractionStart, pos);
  }
  // The CRD's OpenAPI pattern (checked before the operator ever parses) needs at least one digit.
  if (integerDigits === '' && fractionDigits === '') {
    return undefined;
  }
  const suffixStart = pos;
  while (pos < text.length && SUFFIX_CHARACTERS.includes(text[pos])) pos++;
  if (text[pos] === '-' || text[pos] === '+') pos++;
  while (isDigit(text[pos])) pos++;
  if (pos !== text.length) {
    return undefined;
  }
  return { negative, integerDigits, fractionDigits, suffix: text.slice(suffixStart) };
};

interface InterpretedSuffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

/** apimachinery's `suffixer.interpret`. */
const interpretSuffix = (suffix: string, input: string): InterpretedSuffix | undefined => {
  const decimal = DECIMAL_SUFFIX_EXPONENTS.get(suffix);
  if (decimal !== undefined) {
    return { base: 10, exponent: decimal, format: 'DecimalSI' };
  }
  const binary = BINARY_SUFFIX_POWERS.get(suffix);
  if (binary !== undefined) {
    return { base: 2, exponent: binary, format: 'BinarySI' };
  }
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const exponentText = suffix.slice(1);
    if (!/^[+-]?[0-9]+$/.test(exponentText)) {
      return undefined;
    }
    const exponent = Number(exponentText);
    if (Math.abs(exponent) > MAX_EXPONENT) {
      throw new QuantityError(
        input,
        'range',
        `the exponent must be between -${MAX_EXPONENT} and ${MAX_EXPONENT}`,
      );
    }
    return { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
};

const quantityText = (value: unknown): string => {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new QuantityError(String(value), 'format', 'a quantity must be a finite number');
    }
    // JSON numbers are parsed from their text, as Quantity.UnmarshalJSON does.
    return String(value);
  }
  throw new QuantityError(String(value), 'type', 'a quantity must be a string or a number');
};

/**
 * Parses a quantity exactly as Kubernetes does (`resource.ParseQuantity`), for any value a
 * TempoStack can hold (a string or a JSON number). The value is kept to the nano-unit, finer
 * fractions rounding away from zero; BinarySI values are capped at 2⁶³−1 and switch to DecimalSI
 * when their magnitude is below 1.
 * @throws QuantityError for anything the API server would reject (`''`, `'5 Gi'`, `'1Kb'`, NaN…).
 */
export const parseQuantity = (value: QuantityValue): Quantity => {
  const text = quantityText(value);
  const scanned = scanQuantity(text);
  if (scanned === undefined) {
    throw new QuantityError(text, 'format', FORMAT_HINT);
  }
  const suffix = interpretSuffix(scanned.suffix, text);
  if (suffix === undefined) {
    throw new QuantityError(
      text,
      'suffix',
      `unknown suffix ${JSON.stringify(scanned.suffix)}; use n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or e<exponent>`,
    );
  }
  const digits = BigInt(`${scanned.integerDigits}${scanned.fractionDigits}`);
  const signedDigits = scanned.negative ? -digits : digits;
  const fractionLength = scanned.fractionDigits.length;

  if (suffix.base === 10) {
    const nanoUnits = scaleByPowerOfTen(signedDigits, suffix.exponent - fractionLength + 9);
    return { nanoUnits, format: suffix.format };
  }
  let nanoUnits = scaleByPowerOfTen(
    signedDigits * 2n ** BigInt(suffix.exponent),
    9 - fractionLength,
  );
  if (abs(nanoUnits) > MAX_BINARY_NANO_UNITS) {
    nanoUnits = nanoUnits < 0n ? -MAX_BINARY_NANO_UNITS : MAX_BINARY_NANO_UNITS;
  }
  const belowOne = nanoUnits !== 0n && abs(nanoUnits) < NANO_PER_UNIT;
  return { nanoUnits, format: belowOne ? 'DecimalSI' : 'BinarySI' };
};

/** {@link parseQuantity}, returning `undefined` instead of throwing (also for `undefined` input). */
export const tryParseQuantity = (value: QuantityValue | undefined): Quantity | undefined => {
  if (value === undefined) {
    return undefined;
  }
  try {
    return parseQuantity(value);
  } catch (error) {
    if (error instanceof QuantityError) {
      return undefined;
    }
    throw error;
  }
};

/** Decimal mantissa and exponent (a multiple of 3) with an integer mantissa, largest exponent. */
const decimalCanonicalParts = (nanoUnits: bigint): { mantissa: bigint; exponent: number } => {
  let mantissa = nanoUnits;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  return { mantissa, exponent };
};

const formatDecimal = (nanoUnits: bigint, format: 'DecimalSI' | 'DecimalExponent'): string => {
  const { mantissa, exponent } = decimalCanonicalParts(nanoUnits);
  const siSuffix = DECIMAL_EXPONENT_SUFFIXES.get(exponent);
  if (format === 'DecimalSI' && siSuffix !== undefined) {
    return `${mantissa}${siSuffix}`;
  }
  return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
};

/**
 * The canonical text the API server prints for a quantity (Kubernetes `CanonicalizeBytes`):
 * `2000m` → `2`, `0.5` → `500m`, `1024Mi` → `1Gi`, `0.5Gi` → `512Mi`, `1e3` → `1e3`. A BinarySI
 * value below 1024 in magnitude, or not an integer, prints as DecimalSI.
 */
export const formatQuantity = (q: Quantity): string => {
  if (q.nanoUnits === 0n) {
    return '0';
  }
  if (q.format !== 'BinarySI') {
    return formatDecimal(q.nanoUnits, q.format);
  }
  if (abs(q.nanoUnits) < 1024n * NANO_PER_UNIT || q.nanoUnits % NANO_PER_UNIT !== 0n) {
    return formatDecimal(q.nanoUnits, 'DecimalSI');
  }
  let mantissa = q.nanoUnits / NANO_PER_UNIT;
  let power = 0;
  // Kubernetes has no suffix beyond Ei (it would drop the exponent); stay at Ei instead.
  while (power < BINARY_SUFFIXES.length - 1 && mantissa % 1024n === 0n) {
    mantissa /= 1024n;
    power++;
  }
  return `${mantissa}${BINARY_SUFFIXES[power]}`;
};

/** a + b. The result keeps a's format, or b's when a is zero (Kubernetes `Add`). */
export const addQuantities = (a: Quantity, b: Quantity): Quantity => ({
  nanoUnits: a.nanoUnits + b.nanoUnits,
  format: a.nanoUnits === 0n ? b.format : a.format,
});

/** a − b. The result keeps a's format, or b's when a is zero (Kubernetes `Sub`). */
export const subtractQuantities = (a: Quantity, b: Quantity): Quantity => ({
  nanoUnits: a.nanoUnits - b.nanoUnits,
  format: a.nanoUnits === 0n ? b.format : a.format,
});

/**
 * q × n for an integer n (Kubernetes `Mul`), keeping q's format.
 * @throws RangeError when n is a number that is not a safe integer.
 */
export const multiplyQuantity = (q: Quantity, n: bigint | number): Quantity => {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) {
    throw new RangeError(`A quantity can only be multiplied by an integer, not ${n}`);
  }
  return { nanoUnits: q.nanoUnits * BigInt(n), format: q.format };
};

/** -1, 0 or 1 as a is less than, equal to or greater than b (Kubernetes `Cmp`). */
export const compareQuantities = (a: Quantity, b: Quantity): -1 | 0 | 1 => {
  if (a.nanoUnits === b.nanoUnits) {
    return 0;
  }
  return a.nanoUnits < b.nanoUnits ? -1 : 1;
};

/** Whether the quantity is zero (whatever its format). */
export const isZero = (q: Quantity): boolean => q.nanoUnits === 0n;

/** The value in thousandths (CPU millicores), rounded away from zero (Kubernetes `MilliValue`). */
export const toMillis = (q: Quantity): bigint => divideAwayFromZero(q.nanoUnits, NANO_PER_MILLI);

/** The value as an integer (bytes for memory), rounded away from zero (Kubernetes `Value`). */
export const toBytes = (q: Quantity): bigint => divideAwayFromZero(q.nanoUnits, NANO_PER_UNIT);

/** A quantity of `millis` thousandths (Kubernetes `NewMilliQuantity`). */
export const quantityFromMillis = (millis: bigint, format: QuantityFormat): Quantity => ({
  nanoUnits: millis * NANO_PER_MILLI,
  format,
});

/** A quantity of `bytes` whole units (Kubernetes `NewQuantity`). */
export const quantityFromBytes = (bytes: bigint, format: QuantityFormat): Quantity => ({
  nanoUnits: bytes * NANO_PER_UNIT,
  format,
});

/**
 * A CPU amount in the usual notation, the canonical DecimalSI text: `270m`, `1500m`, `2`. (For
 * values below 1024 cores this is also what the API server prints for a BinarySI quantity.)
 */
export const formatCpu = (q: Quantity): string =>
  formatQuantity({ nanoUnits: q.nanoUnits, format: 'DecimalSI' });

const HUMAN_BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/**
 * An APPROXIMATE, human-readable byte count for UI hints only (`257698032` → `245.8 MiB`): exact
 * multiples of a unit print without decimals (`512 MiB`), anything else is rounded to one decimal.
 * Never use the result as a quantity.
 */
export const formatBytesHuman = (bytes: bigint): string => {
  const sign = bytes < 0n ? '-' : '';
  const magnitude = abs(bytes);
  let power = 0;
  while (power < HUMAN_BYTE_UNITS.length - 1 && magnitude >= 1024n ** BigInt(power + 1)) power++;
  let unit = 1024n ** BigInt(power);
  let tenths = (magnitude * 20n + unit) / (2n * unit);
  if (tenths >= 10240n && power < HUMAN_BYTE_UNITS.length - 1) {
    power++;
    unit *= 1024n;
    tenths = (magnitude * 20n + unit) / (2n * unit);
  }
  const name = HUMAN_BYTE_UNITS[power];
  if (magnitude % unit === 0n) {
    return `${sign}${magnitude / unit} ${name}`;
  }
  return `${sign}${tenths / 10n}.${tenths % 10n} ${name}`;
};
