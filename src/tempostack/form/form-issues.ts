/**
 * What is wrong with the form's values before they can become a TempoStack at all: text that is
 * not an integer or a Go duration where the CRD needs one, and the entries the form itself needs
 * (a namespace, tenant names and ids, a valid and unused name for the Secret it creates). The
 * operator's own rules are not here: they come from `validateTempoStack` on the result.
 */
import { isDns1123Subdomain } from '../validation-schema';
import { REPLICATED_COMPONENTS, type TempoStackFormValues } from './form-types';
import { isInvalidDuration, isInvalidInteger, parseInteger } from './form-text';

export type FormIssueCode =
  'notAnInteger' | 'negative' | 'notADuration' | 'required' | 'invalidSecretName' | 'secretExists';

/** One problem with one field (`field` is the dotted path into the form values). */
export interface FormIssue {
  field: string;
  code: FormIssueCode;
}

/** What the issues depend on besides the values. */
export interface FormIssueContext {
  /** Names of the Secrets in the namespace (to keep the wizard from overwriting one). */
  existingSecretNames?: readonly string[];
}

const integerIssue = (field: string, text: string, nonNegative: boolean): FormIssue[] => {
  if (isInvalidInteger(text)) return [{ field, code: 'notAnInteger' }];
  const value = parseInteger(text);
  return nonNegative && value !== undefined && value < 0 ? [{ field, code: 'negative' }] : [];
};

const durationIssue = (field: string, text: string): FormIssue[] =>
  isInvalidDuration(text) ? [{ field, code: 'notADuration' }] : [];

const required = (field: string, text: string): FormIssue[] =>
  text.trim() === '' ? [{ field, code: 'required' }] : [];

const newSecretIssues = (values: TempoStackFormValues, context: FormIssueContext): FormIssue[] => {
  if (values.storage.secretSource !== 'new') return [];
  const name = values.storage.secretName.trim();
  if (name === '') return [{ field: 'storage.secretName', code: 'required' }];
  if (!isDns1123Subdomain(name))
    return [{ field: 'storage.secretName', code: 'invalidSecretName' }];
  return (context.existingSecretNames ?? []).includes(name)
    ? [{ field: 'storage.secretName', code: 'secretExists' }]
    : [];
};

/** Every issue of the values, in form order. */
export const formIssues = (
  values: TempoStackFormValues,
  context: FormIssueContext = {},
): FormIssue[] => {
  const { sizing, query, tenancy, limits } = values;
  return [
    ...required('namespace', values.namespace),
    ...newSecretIssues(values, context),
    ...integerIssue('sizing.replicationFactor', sizing.replicationFactor, true),
    ...REPLICATED_COMPONENTS.flatMap((component) =>
      integerIssue(
        `sizing.components.${component}.replicas`,
        sizing.components[component].replicas,
        true,
      ),
    ),
    ...durationIssue('query.servicesQueryDuration', query.servicesQueryDuration),
    ...integerIssue('query.searchDefaultResultLimit', query.searchDefaultResultLimit, true),
    ...integerIssue('query.searchMaxResultLimit', query.searchMaxResultLimit, true),
    ...durationIssue('query.searchMaxDuration', query.searchMaxDuration),
    ...(tenancy.mode === 'none'
      ? []
      : tenancy.tenants.flatMap((tenant, i) => [
          ...required(`tenancy.tenants.${i}.name`, tenant.name),
          ...required(`tenancy.tenants.${i}.id`, tenant.id),
        ])),
    ...durationIssue('limits.retention', limits.retention),
    ...durationIssue('limits.timeout', limits.timeout),
    ...integerIssue('limits.ingestionBurstSizeBytes', limits.ingestionBurstSizeBytes, true),
    ...integerIssue('limits.ingestionRateLimitBytes', limits.ingestionRateLimitBytes, true),
    ...integerIssue('limits.maxBytesPerTrace', limits.maxBytesPerTrace, true),
    ...integerIssue('limits.maxTracesPerUser', limits.maxTracesPerUser, true),
    ...integerIssue('limits.maxBytesPerTagValues', limits.maxBytesPerTagValues, true),
    ...durationIssue('limits.maxSearchDuration', limits.maxSearchDuration),
  ];
};
