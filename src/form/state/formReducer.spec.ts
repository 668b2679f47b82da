import { describe, expect, it } from 'vitest';
import { emptyFormValues, toFormValues } from '../../tempostack/form/form-values';
import { toTempoStack } from '../../tempostack/form/to-tempostack';
import { formReducer, initialFormState } from './formReducer';

const start = () => {
  const values = emptyFormValues('team-a');
  values.query = { ...values.query, jaegerEnabled: true, ingressType: 'route' };
  return initialFormState(values);
};

describe('formReducer', () => {
  it('turns the gateway on and the Jaeger UI ingress off when OpenShift tenancy is chosen, and says so', () => {
    const state = formReducer(start(), { type: 'tenancy', patch: { mode: 'openshift' } });
    expect(state.values.tenancy.gatewayEnabled).toBe(true);
    expect(state.values.query.ingressType).toBe('none');
    expect(state.jaegerIngressTurnedOff).toBe(true);
  });

  it('leaves the ingress alone when the gateway is switched on by hand', () => {
    const state = formReducer(start(), { type: 'tenancy', patch: { gatewayEnabled: true } });
    expect(state.values.query.ingressType).toBe('route');
    expect(state.jaegerIngressTurnedOff).toBe(false);
  });

  it('lets the user turn the gateway off again in OpenShift mode (validation then reports it)', () => {
    let state = formReducer(start(), { type: 'tenancy', patch: { mode: 'openshift' } });
    state = formReducer(state, { type: 'tenancy', patch: { gatewayEnabled: false } });
    expect(state.values.tenancy).toMatchObject({ mode: 'openshift', gatewayEnabled: false });
  });

  it('follows a YAML object and keeps it as the base, with the inline Secret untouched', () => {
    let state = formReducer(start(), {
      type: 'storage',
      patch: { secretSource: 'new', secretName: 'minio' },
    });
    state = formReducer(state, { type: 'newSecret', patch: { data: { bucket: 'tempo' } } });
    const yaml = toTempoStack(state.values);
    (yaml.spec as unknown as Record<string, unknown>).extraConfig = { tempo: { a: 1 } };
    yaml.spec.timeout = '2m';
    state = formReducer(state, { type: 'replaceObject', stack: yaml });
    expect(state.values.limits.timeout).toBe('2m');
    expect(state.values.storage.secretSource).toBe('new');
    expect(state.values.newSecret.data).toEqual({ bucket: 'tempo' });
    expect(toTempoStack(state.values, state.base)).toEqual(yaml);
  });

  it('changes one component without touching the others', () => {
    const state = formReducer(start(), {
      type: 'component',
      component: 'ingester',
      patch: { memoryLimit: '2Gi' },
    });
    expect(state.values.sizing.components.ingester.memoryLimit).toBe('2Gi');
    expect(state.values.sizing.components.querier).toEqual(
      start().values.sizing.components.querier,
    );
  });

  it('records touched fields and attempted steps, and resets', () => {
    let state = formReducer(start(), { type: 'touch', field: 'name' });
    state = formReducer(state, { type: 'attempt', steps: ['basics', 'storage'] });
    expect(state.touched).toEqual({ name: true });
    expect(state.attempted).toEqual({ basics: true, storage: true });
    const fresh = toFormValues(toTempoStack(emptyFormValues('b')));
    state = formReducer(state, { type: 'reset', values: fresh, base: undefined });
    expect(state).toEqual(initialFormState(fresh));
  });
});
