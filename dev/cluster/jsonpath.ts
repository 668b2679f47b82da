/**
 * The subset of Kubernetes JSONPath used by printer columns: `.a.b`, `.a[0]`, `.a[*].b`,
 * `.a['x.y']`, and filters `[?(@.type=="Ready")]` (`==`, `!=`).
 */
import { isRecord } from './json-util';

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'filter'; path: string[]; op: '==' | '!='; value: string };

/** Parses a path such as `.status.conditions[?(@.type=="Ready")].status`. */
export function parseJsonPath(expression: string): Step[] {
  const text = expression
    .trim()
    .replace(/^\{|\}$/g, '')
    .replace(/^\$/, '');
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      i++;
      const m = /^[^.[\]]+/.exec(text.slice(i));
      if (m) {
        steps.push(m[0] === '*' ? { kind: 'all' } : { kind: 'field', name: m[0] });
        i += m[0].length;
      }
    } else if (ch === '[') {
      const end = text.indexOf(']', text.startsWith('[?(', i) ? text.indexOf(')', i) : i);
      const inner = text.slice(i + 1, end);
      i = end + 1;
      const filter = /^\?\(@((?:\.[^.=!\s]+)+)\s*(==|!=)\s*["']?([^"']*)["']?\)$/.exec(inner);
      if (inner === '*') steps.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^['"].*['"]$/.test(inner)) steps.push({ kind: 'field', name: inner.slice(1, -1) });
      else if (filter)
        steps.push({
          kind: 'filter',
          path: filter[1].slice(1).split('.'),
          op: filter[2] === '!=' ? '!=' : '==',
          value: filter[3],
        });
      else throw new Error(`unsupported JSONPath ${expression}`);
    } else {
      throw new Error(`unsupported JSONPath ${expression}`);
    }
  }
  return steps;
}

function lookup(value: unknown, path: string[]): unknown {
  let current = value;
  for (const p of path) current = isRecord(current) ? current[p] : undefined;
  return current;
}

/** Every value the path selects (missing keys select nothing). */
export function evaluateJsonPath(value: unknown, expression: string): unknown[] {
  let current: unknown[] = [value];
  for (const step of parseJsonPath(expression)) {
    const next: unknown[] = [];
    for (const v of current) {
      if (step.kind === 'field' && isRecord(v) && v[step.name] !== undefined)
        next.push(v[step.name]);
      else if (step.kind === 'index' && Array.isArray(v)) {
        const item: unknown = v[step.index < 0 ? v.length + step.index : step.index];
        if (item !== undefined) next.push(item);
      } else if (step.kind === 'all') {
        if (Array.isArray(v)) next.push(...(v as unknown[]));
        else if (isRecord(v)) next.push(...Object.values(v));
      } else if (step.kind === 'filter' && Array.isArray(v)) {
        for (const item of v as unknown[]) {
          const actual = lookup(item, step.path);
          const text =
            actual === undefined
              ? undefined
              : typeof actual === 'string'
                ? actual
                : JSON.stringify(actual);
          if (step.op === '==' ? text === step.value : text !== step.value) next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}

/** Prints a value as kubectl's JSONPath printer does (strings bare, the rest as JSON). */
export function printJsonPathValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
