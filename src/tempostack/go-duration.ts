/**
 * Go `time.ParseDuration`, the parser behind every `metav1.Duration` field of a TempoStack
 * (`spec.timeout`, `spec.retention.*.traces`, `servicesQueryDuration`, …).
 */

const NANOS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['ns', 1],
  ['us', 1e3],
  ['\u00b5s', 1e3], // µs (micro sign)
  ['\u03bcs', 1e3], // μs (Greek mu)
  ['ms', 1e6],
  ['s', 1e9],
  ['m', 60e9],
  ['h', 3600e9],
]);

/** Largest value of Go's `time.Duration` (int64 nanoseconds). */
const MAX_DURATION_NANOS = 2 ** 63;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * Parses a Go duration string (`"48h"`, `"1h30m"`, `"-1.5s"`, `"0"`) as Go does and returns its
 * length in nanoseconds (a float: exact to the microsecond for any realistic value), or `undefined`
 * when Go would reject the string.
 */
export const parseGoDuration = (value: string): number | undefined => {
  let rest = value;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') {
    return 0;
  }
  if (rest === '') {
    return undefined;
  }
  let total = 0;
  while (rest !== '') {
    let i = 0;
    while (i < rest.length && isDigit(rest[i])) i++;
    const whole = rest.slice(0, i);
    let fraction = '';
    if (rest[i] === '.') {
      let j = i + 1;
      while (j < rest.length && isDigit(rest[j])) j++;
      fraction = rest.slice(i + 1, j);
      i = j;
    }
    if (whole === '' && fraction === '') {
      return undefined;
    }
    let u = i;
    while (u < rest.length && rest[u] !== '.' && !isDigit(rest[u])) u++;
    const unit = NANOS_PER_UNIT.get(rest.slice(i, u));
    if (unit === undefined) {
      return undefined;
    }
    total += Number(`${whole || '0'}.${fraction || '0'}`) * unit;
    if (total > MAX_DURATION_NANOS) {
      return undefined;
    }
    rest = rest.slice(u);
  }
  return negative ? -total : total;
};
