import { emptyComponent } from '../../tempostack/form/form-values';
import { toFormValues } from '../../tempostack/form/form-values';
import type {
  ComponentFields,
  LimitsFields,
  NewSecretFields,
  QueryFields,
  ResourceComponent,
  SizingFields,
  StorageFields,
  TempoStackFormValues,
  TenancyFields,
} from '../../tempostack/form/form-types';
import type { FormStep } from '../../tempostack/form/form-messages';
import type { TempoStack } from '../../tempostack/types';

/** What the form remembers besides its values. */
export interface TempoStackFormState {
  values: TempoStackFormValues;
  /** The object the values are merged over (fields the form does not show come from it). */
  base: TempoStack | undefined;
  /** Fields the user has left at least once: their messages are shown. */
  touched: Readonly<Record<string, true>>;
  /** Steps the user tried to leave or submit: all their messages are shown. */
  attempted: Readonly<Partial<Record<FormStep, true>>>;
  /** Set when choosing OpenShift tenancy turned the Jaeger UI ingress off. */
  jaegerIngressTurnedOff: boolean;
}

export type TempoStackFormAction =
  | {
      type: 'basics';
      patch: Partial<Pick<TempoStackFormValues, 'name' | 'namespace' | 'managementState'>>;
    }
  | { type: 'storage'; patch: Partial<StorageFields> }
  | { type: 'newSecret'; patch: Partial<NewSecretFields> }
  | { type: 'sizing'; patch: Partial<Omit<SizingFields, 'components'>> }
  | { type: 'component'; component: ResourceComponent; patch: Partial<ComponentFields> }
  | { type: 'query'; patch: Partial<QueryFields> }
  | { type: 'tenancy'; patch: Partial<TenancyFields> }
  | { type: 'limits'; patch: Partial<LimitsFields> }
  | { type: 'touch'; field: string }
  | { type: 'attempt'; steps: FormStep[] }
  | { type: 'replaceObject'; stack: TempoStack }
  | { type: 'reset'; values: TempoStackFormValues; base: TempoStack | undefined };

export const initialFormState = (
  values: TempoStackFormValues,
  base?: TempoStack,
): TempoStackFormState => ({
  values,
  base,
  touched: {},
  attempted: {},
  jaegerIngressTurnedOff: false,
});

/**
 * Choosing OpenShift tenancy enables the gateway it requires and, since the gateway then serves the
 * Jaeger UI, turns a Jaeger UI ingress off (the user is told on both steps).
 */
const applyTenancy = (
  state: TempoStackFormState,
  patch: Partial<TenancyFields>,
): TempoStackFormState => {
  const values = state.values;
  const tenancy = { ...values.tenancy, ...patch };
  if (patch.mode !== 'openshift' || values.tenancy.mode === 'openshift') {
    return { ...state, values: { ...values, tenancy } };
  }
  const ingressOn = values.query.ingressType !== 'none';
  return {
    ...state,
    values: {
      ...values,
      tenancy: { ...tenancy, gatewayEnabled: true },
      query: ingressOn ? { ...values.query, ingressType: 'none' } : values.query,
    },
    jaegerIngressTurnedOff: state.jaegerIngressTurnedOff || ingressOn,
  };
};

const withValues = (
  state: TempoStackFormState,
  update: (values: TempoStackFormValues) => TempoStackFormValues,
): TempoStackFormState => ({ ...state, values: update(state.values) });

export const formReducer = (
  state: TempoStackFormState,
  action: TempoStackFormAction,
): TempoStackFormState => {
  switch (action.type) {
    case 'basics':
      return withValues(state, (v) => ({ ...v, ...action.patch }));
    case 'storage':
      return withValues(state, (v) => ({ ...v, storage: { ...v.storage, ...action.patch } }));
    case 'newSecret':
      return withValues(state, (v) => ({ ...v, newSecret: { ...v.newSecret, ...action.patch } }));
    case 'sizing':
      return withValues(state, (v) => ({ ...v, sizing: { ...v.sizing, ...action.patch } }));
    case 'component':
      return withValues(state, (v) => ({
        ...v,
        sizing: {
          ...v.sizing,
          components: {
            ...v.sizing.components,
            [action.component]: {
              ...(v.sizing.components[action.component] ?? emptyComponent()),
              ...action.patch,
            },
          },
        },
      }));
    case 'query':
      return withValues(state, (v) => ({ ...v, query: { ...v.query, ...action.patch } }));
    case 'tenancy':
      return applyTenancy(state, action.patch);
    case 'limits':
      return withValues(state, (v) => ({ ...v, limits: { ...v.limits, ...action.patch } }));
    case 'touch':
      return state.touched[action.field]
        ? state
        : { ...state, touched: { ...state.touched, [action.field]: true } };
    case 'attempt':
      return {
        ...state,
        attempted: {
          ...state.attempted,
          ...Object.fromEntries(action.steps.map((s) => [s, true])),
        },
      };
    case 'replaceObject': {
      // The YAML is the truth now: the values follow it, and it is the new base. What the form
      // keeps outside the object (the inline Secret, the Secret source) stays.
      const next = toFormValues(action.stack);
      return {
        ...state,
        base: action.stack,
        values: {
          ...next,
          storage: { ...next.storage, secretSource: state.values.storage.secretSource },
          newSecret: state.values.newSecret,
        },
      };
    }
    case 'reset':
      return initialFormState(action.values, action.base);
  }
};
