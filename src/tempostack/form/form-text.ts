/**
 * How the form's text turns into the JSON types of a TempoStack: integers, durations and
 * comma-separated lists. A text that cannot be converted is reported by `conversionIssues`
 * (`conversion-issues.ts`) and left out of the object.
 */
import { parseGoDuration } from '../go-duration';

const INTEGER = /^[+-]?\d+$/;

/** The integer a text holds; `undefined` when blank or not an integer. */
export const parseInteger = (text: string): number | undefined => {
  const trimmed = text.trim();
  if (!INTEGER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
};

/** Whether a non-blank text is not an integer. */
export const isInvalidInteger = (text: string): boolean =>
  text.trim() !== '' && parseInteger(text) === undefined;

/** Whether a non-blank text is not a Go duration (`30s`, `2m`, `48h0m0s`). */
export const isInvalidDuration = (text: string): boolean =>
  text.trim() !== '' && parseGoDuration(text.trim()) === undefined;

/** Items of a comma-separated list, trimmed, blanks dropped. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A trimmed text, or `undefined` when blank. */
export const textOrUnset = (text: string): string | undefined => {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
};
