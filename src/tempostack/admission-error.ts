/**
 * The API server's answer to a rejected TempoStack, built from findings: the aggregated
 * `Invalid` status message (apimachinery `NewInvalid` + `ErrorList.ToAggregate`) and the admission
 * warnings. Lets a simulator answer exactly like the cluster.
 */
import { goJSONMarshal, goQuote } from './go-format';
import type { Finding } from './validation-types';

/** The qualified kind the API server names in its messages. */
const QUALIFIED_KIND = 'TempoStack.tempo.grafana.com';

/** How apimachinery prints a rejected value (`ErrorBody`): `%q` for plain strings, else JSON. */
const formatValue = (finding: Finding): string =>
  typeof finding.value === 'string' && finding.valueFormat !== 'json'
    ? goQuote(finding.value)
    : goJSONMarshal(finding.value);

/** One field error as apimachinery prints it: `<path>: <type>[: <value>][: <detail>]`. */
export const formatFieldError = (finding: Finding): string => {
  if ((finding.errorType ?? 'Invalid') !== 'Invalid') return `${finding.path}: ${finding.message}`;
  const detail = finding.message === '' ? '' : `: ${finding.message}`;
  return `${finding.path}: Invalid value: ${formatValue(finding)}${detail}`;
};

/**
 * The `Invalid` status message for the error findings (warnings are ignored), e.g.
 * `TempoStack.tempo.grafana.com "x" is invalid: [spec.a: Invalid value: …, spec.b: …]`. Identical
 * field errors are reported once; a single error is not put in brackets.
 */
export const formatAdmissionError = (name: string, findings: Finding[]): string => {
  const messages = [
    ...new Set(findings.filter((f) => f.severity === 'error').map(formatFieldError)),
  ];
  const prefix = `${QUALIFIED_KIND} ${goQuote(name)} is invalid`;
  if (messages.length === 0) return prefix;
  if (messages.length === 1) return `${prefix}: ${messages[0]}`;
  return `${prefix}: [${messages.join(', ')}]`;
};

const isSchemaFinding = (finding: Finding): boolean => finding.rule.startsWith('schema.');

/**
 * The error findings the cluster would report: the API server rejects schema violations before
 * the validating webhook runs, so when there are any, only they are reported; otherwise the
 * webhook's errors (recommendations from §E are never errors).
 */
export const admissionErrorFindings = (findings: Finding[]): Finding[] => {
  const errors = findings.filter((f) => f.severity === 'error');
  const schema = errors.filter(isSchemaFinding);
  return schema.length > 0 ? schema : errors.filter((f) => /^C\d+$/.test(f.rule));
};

/** The webhook's admission warnings (`Warning: …` in `oc`), in order; not the §E recommendations. */
export const admissionWarnings = (findings: Finding[]): string[] =>
  findings.filter((f) => f.severity === 'warning' && /^C\d+$/.test(f.rule)).map((f) => f.message);
