/**
 * Field selectors (`metadata.name=x,status.phase!=Running`), with the per-resource set of supported
 * fields the API server enforces.
 */
import type { KubeObject } from './api';
import { badRequest } from './errors';
import { getPath, text } from './json-util';
import type { ResourceType } from './resource-type';

const nul = String.fromCharCode(0);

/** One `field=value` or `field!=value` term. */
export interface FieldRequirement {
  field: string;
  operator: '=' | '!=';
  value: string;
}

/** Splits at unescaped separators and unescapes `\,`, `\=`, `\\`. */
function splitEscaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1];
      i++;
    } else if (ch === sep) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Parses a field selector; 400 BadRequest on bad syntax. */
export function parseFieldSelector(selector: string | undefined): FieldRequirement[] {
  if (!selector || !selector.trim()) return [];
  return splitEscaped(selector, ',').map((term) => {
    const m = /^(.*?)(==|!=|=)(.*)$/.exec(term.split('\\=').join(nul));
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${term}'`);
    return {
      field: m[1].trim(),
      operator: m[2] === '!=' ? '!=' : '=',
      value: unescape(m[3].split(nul).join('\\=').trim()),
    };
  });
}

/** Fields every resource can be selected on. */
const commonFields = ['metadata.name', 'metadata.namespace'];

/** Checks that the fields are supported for a resource (400 like the API server otherwise). */
export function checkFieldSelector(type: ResourceType, requirements: FieldRequirement[]): void {
  const allowed = [...commonFields, ...type.fieldSelectors];
  for (const r of requirements) {
    if (!allowed.includes(r.field)) {
      throw badRequest(`field label not supported: ${r.field}`);
    }
  }
}

/** The value of a selectable field of an object, as the API server's field set renders it. */
function fieldValue(object: KubeObject, field: string): string {
  if (field === 'source') return text(getPath(object, 'source.component'));
  const value = getPath(object, field);
  if (value === undefined || value === null) {
    // Unset numbers and booleans render as Go zero values.
    if (field === 'spec.hostNetwork' || field === 'spec.unschedulable') return 'false';
    if (field === 'status.replicas' || field === 'status.successful') return '0';
    return '';
  }
  return text(value);
}

/** Whether an object satisfies the field requirements. */
export function matchesFields(requirements: FieldRequirement[], object: KubeObject): boolean {
  return requirements.every((r) => {
    const value = fieldValue(object, r.field);
    return r.operator === '=' ? value === r.value : value !== r.value;
  });
}
