/**
 * OpenAPI v3 schema validation of custom resources, with the error wording of the API server
 * (kube-openapi validators converted to `field.Error`s as apiextensions-apiserver does).
 */
import { type FieldError, notSupported } from './errors';
import { deepEqual, isRecord, type JsonObject, text } from './json-util';
import { validateNumber, validateString } from './schema-scalars';

function sub(schema: JsonObject, key: string): JsonObject | undefined {
  const value = schema[key];
  return isRecord(value) ? value : undefined;
}

/** The JSON type name of a value, as kube-openapi reports it. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return true;
  }
}

function indexPath(path: string, i: number): string {
  return `${path}[${i}]`;
}

function childPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Validates a value against a schema; returns field errors (empty when valid). */
export function validateSchema(
  value: unknown,
  schema: JsonObject | undefined,
  path = '',
): FieldError[] {
  const errors: FieldError[] = [];
  if (schema) walk(value, schema, path, errors);
  return errors;
}

function walk(value: unknown, schema: JsonObject, path: string, errors: FieldError[]): void {
  const at = path || '<root>';
  if (value === null) {
    if (schema.nullable === true || !schema.type) return;
    errors.push({
      type: 'FieldValueTypeInvalid',
      field: at,
      value: 'null',
      detail: `${at} in body must be of type ${text(schema.type)}: "null"`,
    });
    return;
  }
  const intOrString = schema['x-kubernetes-int-or-string'] === true;
  const types = intOrString
    ? ['integer', 'string']
    : typeof schema.type === 'string'
      ? [schema.type]
      : [];
  if (types.length && !types.some((t) => typeMatches(t, value))) {
    const actual = typeName(value);
    errors.push({
      type: 'FieldValueTypeInvalid',
      field: at,
      value: actual,
      detail: `${at} in body must be of type ${types.join(',')}: ${JSON.stringify(actual)}`,
    });
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => deepEqual(e, value))) {
    const supported = schema.enum.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
    errors.push(notSupported(at, value, supported));
  }
  if (typeof value === 'string') validateString(value, schema, at, errors);
  if (typeof value === 'number') validateNumber(value, schema, at, errors);
  if (Array.isArray(value)) validateArray(value, schema, path, errors);
  if (isRecord(value)) validateObject(value, schema, path, errors);
  validateCombinators(value, schema, path, errors);
}

function validateArray(
  value: unknown[],
  schema: JsonObject,
  path: string,
  errors: FieldError[],
): void {
  const at = path || '<root>';
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
    errors.push({
      type: 'FieldValueTooMany',
      field: at,
      value: value.length,
      detail: `must have at most ${schema.maxItems} items`,
    });
  }
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value,
      detail: `${at} in body should have at least ${schema.minItems} items`,
    });
  }
  const listType = schema['x-kubernetes-list-type'];
  if (listType === 'set' || schema.uniqueItems === true) {
    value.forEach((v, i) => {
      if (value.findIndex((w) => deepEqual(v, w)) < i)
        errors.push({ type: 'FieldValueDuplicate', field: indexPath(path, i), value: v });
    });
  }
  const mapKeys = schema['x-kubernetes-list-map-keys'];
  if (listType === 'map' && Array.isArray(mapKeys)) {
    const keyOf = (v: unknown): unknown =>
      isRecord(v) ? Object.fromEntries(mapKeys.map((k) => [String(k), v[String(k)]])) : v;
    value.forEach((v, i) => {
      if (value.findIndex((w) => deepEqual(keyOf(v), keyOf(w))) < i) {
        errors.push({ type: 'FieldValueDuplicate', field: indexPath(path, i), value: keyOf(v) });
      }
    });
  }
  const items = sub(schema, 'items');
  if (items) value.forEach((v, i) => walk(v, items, indexPath(path, i), errors));
}

function validateObject(
  value: JsonObject,
  schema: JsonObject,
  path: string,
  errors: FieldError[],
): void {
  const at = path || '<root>';
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  for (const key of required) {
    if (!(key in value)) errors.push({ type: 'FieldValueRequired', field: childPath(path, key) });
  }
  const count = Object.keys(value).length;
  if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) {
    errors.push({
      type: 'FieldValueTooMany',
      field: at,
      value: count,
      detail: `must have at most ${schema.maxProperties} items`,
    });
  }
  if (typeof schema.minProperties === 'number' && count < schema.minProperties) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value: count,
      detail: `${at} in body should have at least ${schema.minProperties} properties`,
    });
  }
  const properties = sub(schema, 'properties') ?? {};
  const additional = schema.additionalProperties;
  for (const [key, child] of Object.entries(value)) {
    const prop = sub(properties, key);
    if (prop) walk(child, prop, childPath(path, key), errors);
    else if (isRecord(additional)) walk(child, additional, childPath(path, key), errors);
    else if (additional === false) {
      errors.push({
        type: 'FieldValueForbidden',
        field: childPath(path, key),
        detail: `${at}.${key} in body is a forbidden property`,
      });
    }
  }
}

function validateCombinators(
  value: unknown,
  schema: JsonObject,
  path: string,
  errors: FieldError[],
): void {
  const at = path || '<root>';
  const branches = (key: string): JsonObject[] =>
    Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isRecord) : [];
  for (const branch of branches('allOf')) walk(value, branch, path, errors);
  const anyOf = branches('anyOf');
  if (anyOf.length && !anyOf.some((b) => validateSchema(value, b, path).length === 0)) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value: typeof value === 'string' ? value : typeName(value),
      detail: `${at} in body must validate at least one schema (anyOf)`,
    });
  }
  const oneOf = branches('oneOf');
  if (
    oneOf.length &&
    oneOf.filter((b) => validateSchema(value, b, path).length === 0).length !== 1
  ) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value: typeof value === 'string' ? value : typeName(value),
      detail: `${at} in body must validate one and only one schema (oneOf)`,
    });
  }
  const not = sub(schema, 'not');
  if (not && validateSchema(value, not, path).length === 0) {
    errors.push({
      type: 'FieldValueInvalid',
      field: at,
      value: typeof value === 'string' ? value : typeName(value),
      detail: `${at} in body must not validate the schema (not)`,
    });
  }
}
