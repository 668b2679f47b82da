/** Validation of string and number values against a schema (kube-openapi wording). */
import type { FieldError } from './errors';
import type { JsonObject } from './json-util';

/** Go's `%v` of a float64 bound. */
function bound(n: number): string {
  return String(n);
}

const int32 = { min: -2147483648, max: 2147483647 };

const formatChecks: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
};

const patterns = new Map<string, RegExp>();

/** Compiles an ECMA/RE2 pattern once (Unicode mode, or plain if the pattern needs it). */
function compilePattern(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = new RegExp(pattern);
    }
    patterns.set(pattern, re);
  }
  return re;
}

/** String checks: length, pattern, format. */
export function validateString(
  value: string,
  schema: JsonObject,
  at: string,
  errors: FieldError[],
): void {
  if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) {
    errors.push({
      type: 'FieldValueTooLong',
      field: at,
      value,
      detail: `may not be longer than ${schema.maxLength}`,
    });
  }
  if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should be at least ${schema.minLength} chars long`,
    });
  }
  if (typeof schema.pattern === 'string' && !compilePattern(schema.pattern).test(value)) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should match '${schema.pattern}'`,
    });
  }
  const format = typeof schema.format === 'string' ? formatChecks[schema.format] : undefined;
  if (format && !format.test(value)) {
    errors.push({
      type: 'FieldValueTypeInvalid',
      field: at,
      value,
      detail: `${at} in body must be of type ${String(schema.format)}: ${JSON.stringify(value)}`,
    });
  }
}

/** Number checks: bounds, multipleOf, int32/int64 formats. */
export function validateNumber(
  value: number,
  schema: JsonObject,
  at: string,
  errors: FieldError[],
): void {
  const exclusiveMax = schema.exclusiveMaximum === true;
  const exclusiveMin = schema.exclusiveMinimum === true;
  if (
    typeof schema.maximum === 'number' &&
    (exclusiveMax ? value >= schema.maximum : value > schema.maximum)
  ) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should be less than ${exclusiveMax ? '' : 'or equal to '}${bound(schema.maximum)}`,
    });
  }
  if (
    typeof schema.minimum === 'number' &&
    (exclusiveMin ? value <= schema.minimum : value < schema.minimum)
  ) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should be greater than ${exclusiveMin ? '' : 'or equal to '}${bound(schema.minimum)}`,
    });
  }
  if (
    typeof schema.multipleOf === 'number' &&
    schema.multipleOf > 0 &&
    (value / schema.multipleOf) % 1 !== 0
  ) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should be a multiple of ${bound(schema.multipleOf)}`,
    });
  }
  if (schema.format === 'int32' && (value < int32.min || value > int32.max)) {
    errors.push({
      type: 'FieldValueTypeInvalid',
      field: at,
      value,
      detail: `${at} in body must be of type int32: ${JSON.stringify(String(value))}`,
    });
  }
  if (schema.format === 'int64' && !Number.isSafeInteger(value) && Number.isInteger(value)) {
    errors.push({
      type: 'FieldValueTypeInvalid',
      field: at,
      value,
      detail: `${at} in body must be of type int64: ${JSON.stringify(String(value))}`,
    });
  }
}
