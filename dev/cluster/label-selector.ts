/**
 * Label selectors, as `k8s.io/apimachinery/pkg/labels`: the string form (`a=b,c!=d,e in (x,y),!f`)
 * and the object form (`matchLabels` / `matchExpressions`).
 */
import { badRequest } from './errors';
import { getRecord, getString, isRecord } from './json-util';

/** One requirement of a selector. */
export interface Requirement {
  key: string;
  operator: 'in' | 'notin' | 'exists' | '!' | '=' | '!=' | 'gt' | 'lt';
  values: string[];
}

/** A parsed selector: all requirements must hold. An empty selector matches everything. */
export type LabelSelector = Requirement[];

const keyPattern =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

function fail(selector: string, why: string): never {
  throw badRequest(
    `unable to parse requirement: ${why} in label selector ${JSON.stringify(selector)}`,
  );
}

/** Splits at top-level commas (not inside parentheses). */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else current += ch;
  }
  terms.push(current);
  return terms.map((t) => t.trim());
}

function checkKey(selector: string, key: string): string {
  if (!keyPattern.test(key)) fail(selector, `invalid label key ${JSON.stringify(key)}`);
  return key;
}

/** Parses the string form. Throws 400 BadRequest on a syntax error. */
export function parseLabelSelector(selector: string | undefined): LabelSelector {
  if (!selector || !selector.trim()) return [];
  const result: LabelSelector = [];
  for (const term of splitTerms(selector)) {
    if (!term) fail(selector, "found '', expected: identifier");
    let m = /^!\s*(\S+)$/.exec(term);
    if (m) {
      result.push({ key: checkKey(selector, m[1]), operator: '!', values: [] });
      continue;
    }
    m = /^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
    if (m) {
      const values = m[3].split(',').map((v) => v.trim());
      result.push({
        key: checkKey(selector, m[1]),
        operator: m[2] === 'in' ? 'in' : 'notin',
        values,
      });
      continue;
    }
    m = /^([^=!<>\s]+)\s*(==|=|!=|<|>)\s*(\S*)$/.exec(term);
    if (m) {
      const op =
        m[2] === '==' || m[2] === '=' ? '=' : m[2] === '!=' ? '!=' : m[2] === '>' ? 'gt' : 'lt';
      if ((op === 'gt' || op === 'lt') && !/^-?\d+$/.test(m[3])) {
        fail(selector, `for 'Gt', 'Lt' operators, the value must be an integer`);
      }
      result.push({ key: checkKey(selector, m[1]), operator: op, values: [m[3]] });
      continue;
    }
    if (/^\S+$/.test(term)) {
      result.push({ key: checkKey(selector, term), operator: 'exists', values: [] });
      continue;
    }
    fail(selector, `found ${JSON.stringify(term)}, expected: in, notin, =, ==, !=, gt, lt`);
  }
  return result;
}

/** Whether labels satisfy a selector. */
export function matchesLabels(
  selector: LabelSelector,
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  return selector.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const value = l[r.key];
    switch (r.operator) {
      case '=':
      case 'in':
        return has && r.values.includes(value);
      case '!=':
      case 'notin':
        return !has || !r.values.includes(value);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
        return has && /^-?\d+$/.test(value) && Number(value) > Number(r.values[0]);
      case 'lt':
        return has && /^-?\d+$/.test(value) && Number(value) < Number(r.values[0]);
    }
  });
}

/**
 * Converts a `metav1.LabelSelector` object (`matchLabels`, `matchExpressions`) to requirements.
 * `undefined` (no selector) yields `undefined`; an empty object matches everything.
 */
export function fromLabelSelectorObject(value: unknown): LabelSelector | undefined {
  if (!isRecord(value)) return undefined;
  const result: LabelSelector = [];
  const matchLabels = getRecord(value, 'matchLabels') ?? {};
  for (const [key, v] of Object.entries(matchLabels)) {
    result.push({ key, operator: '=', values: [String(v)] });
  }
  const expressions = Array.isArray(value.matchExpressions) ? value.matchExpressions : [];
  for (const e of expressions) {
    const key = getString(e, 'key') ?? '';
    const op = getString(e, 'operator');
    const values = isRecord(e) && Array.isArray(e.values) ? e.values.map(String) : [];
    if (op === 'In') result.push({ key, operator: 'in', values });
    else if (op === 'NotIn') result.push({ key, operator: 'notin', values });
    else if (op === 'Exists') result.push({ key, operator: 'exists', values: [] });
    else if (op === 'DoesNotExist') result.push({ key, operator: '!', values: [] });
  }
  return result;
}

/** The string form of a selector, as `labels.Selector.String()` prints it (sorted by key). */
export function formatLabelSelector(selector: LabelSelector): string {
  return [...selector]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => {
      switch (r.operator) {
        case '=':
          return `${r.key}=${r.values[0]}`;
        case '!=':
          return `${r.key}!=${r.values[0]}`;
        case 'in':
          return `${r.key} in (${[...r.values].sort().join(',')})`;
        case 'notin':
          return `${r.key} notin (${[...r.values].sort().join(',')})`;
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
        case 'gt':
          return `${r.key}>${r.values[0]}`;
        case 'lt':
          return `${r.key}<${r.values[0]}`;
      }
    })
    .join(',');
}
