import { useMemo, useReducer, type Dispatch } from 'react';
import { evaluateForm, type FormEvaluation } from '../../tempostack/form/form-evaluation';
import type { FormMessage, FormStep } from '../../tempostack/form/form-messages';
import type { TempoStackFormValues } from '../../tempostack/form/form-types';
import { OPENSHIFT_ENVIRONMENT } from '../../tempostack/operator-environment';
import type { TempoStack } from '../../tempostack/types';
import { useValidationLookups, type ClusterLookups } from '../hooks/useValidationLookups';
import {
  formReducer,
  initialFormState,
  type TempoStackFormAction,
  type TempoStackFormState,
} from './formReducer';

export interface TempoStackForm {
  state: TempoStackFormState;
  dispatch: Dispatch<TempoStackFormAction>;
  evaluation: FormEvaluation;
  cluster: ClusterLookups;
  operation: 'create' | 'update';
  /** The values the edit form opened with (to say what a change will do); undefined in the wizard. */
  original: TempoStackFormValues | undefined;
  /** Messages of a field (or of every field under it, e.g. a component row), shown or not. */
  messagesFor: (field: string, options?: { all?: boolean }) => FormMessage[];
  /** Messages of a step that have no field of their own. */
  stepMessages: (step: FormStep) => FormMessage[];
  /** Whether a step has blocking errors. */
  stepHasErrors: (step: FormStep) => boolean;
}

const under = (field: string, prefix: string): boolean =>
  field === prefix || field.startsWith(`${prefix}.`);

/**
 * The state of the wizard or the edit form: the values in a reducer, evaluated on every change by
 * the domain core (`evaluateForm`: validation after defaults, allocation) with the cluster lookups
 * it needs. A field's messages are shown once it was touched or its step was attempted.
 */
export const useTempoStackForm = (options: {
  initialValues: TempoStackFormValues;
  initialBase?: TempoStack;
  operation: 'create' | 'update';
  oldStack?: TempoStack;
  original?: TempoStackFormValues;
}): TempoStackForm => {
  const [state, dispatch] = useReducer(formReducer, undefined, () =>
    initialFormState(options.initialValues, options.initialBase),
  );
  const cluster = useValidationLookups(state.values);
  const { operation, oldStack, original } = options;
  const evaluation = useMemo(
    () =>
      evaluateForm(state.values, state.base, {
        env: OPENSHIFT_ENVIRONMENT,
        operation,
        lookups: cluster.lookups,
        existingSecretNames: cluster.secretNames,
        oldStack,
      }),
    [state.values, state.base, cluster.lookups, cluster.secretNames, operation, oldStack],
  );
  return useMemo(() => {
    const visible = (message: FormMessage): boolean =>
      Boolean(state.attempted[message.step]) ||
      (message.field !== undefined &&
        Object.keys(state.touched).some((t) => under(message.field ?? '', t)));
    const messagesFor = (field: string, opts: { all?: boolean } = {}) =>
      evaluation.messages.filter(
        (m) => m.field !== undefined && under(m.field, field) && (opts.all || visible(m)),
      );
    return {
      state,
      dispatch,
      evaluation,
      cluster,
      operation,
      original,
      messagesFor,
      stepMessages: (step) =>
        evaluation.messages.filter((m) => m.step === step && m.field === undefined),
      stepHasErrors: (step) =>
        evaluation.messages.some((m) => m.step === step && m.severity === 'error'),
    };
  }, [state, evaluation, cluster, operation, original]);
};
