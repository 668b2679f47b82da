/**
 * Everything the wizard and the edit form derive from their values in one pure step: the
 * TempoStack to send, its effective (defaulted) form, the operator's allocation for it, and every
 * message (form issues, the domain core's validation, the allocation's findings) placed on a field
 * and a step.
 */
import { computeAllocation, type Allocation } from '../allocation';
import { applyDefaults } from '../defaults';
import type { OperatorEnvironment } from '../operator-environment';
import type { TempoStack } from '../types';
import { validateTempoStack, type ValidationLookups } from '../validation';
import type { TempoStackFormValues } from './form-types';
import { formIssues } from './form-issues';
import { collectFormMessages, type FormMessage } from './form-messages';
import { presetFor, storageSecretInput } from './secret-presets';
import { toTempoStack } from './to-tempostack';

export interface FormEvaluationContext {
  env: OperatorEnvironment;
  operation: 'create' | 'update';
  /** Cluster lookups; the storage Secret is replaced by the inline one when the wizard creates it. */
  lookups: ValidationLookups;
  /** Names of the Secrets in the namespace. */
  existingSecretNames?: readonly string[];
  /** The stored object, on update. */
  oldStack?: TempoStack;
}

export interface FormEvaluation {
  /** What will be sent. */
  stack: TempoStack;
  /** What the operator will store (admission defaults applied). */
  effective: TempoStack;
  allocation: Allocation;
  messages: FormMessage[];
}

/** Evaluates the form's values merged over `base`. */
export const evaluateForm = (
  values: TempoStackFormValues,
  base: TempoStack | undefined,
  context: FormEvaluationContext,
): FormEvaluation => {
  const stack = toTempoStack(values, base);
  const inlineSecret = values.storage.secretSource === 'new';
  const lookups: ValidationLookups = inlineSecret
    ? {
        ...context.lookups,
        storageSecret: storageSecretInput(
          values.storage.secretName.trim(),
          presetFor(values.newSecret.preset, values.storage.type),
          values.newSecret.data,
        ),
      }
    : context.lookups;
  const findings = validateTempoStack(stack, {
    env: context.env,
    operation: context.operation,
    lookups,
    ...(context.oldStack ? { oldStack: context.oldStack } : {}),
  });
  const effective = applyDefaults(stack, context.env);
  const allocation = computeAllocation(effective);
  const messages = collectFormMessages({
    issues: formIssues(values, { existingSecretNames: context.existingSecretNames }),
    findings,
    allocation: allocation.summary.findings,
    secretSource: values.storage.secretSource,
  });
  return { stack, effective, allocation, messages };
};
