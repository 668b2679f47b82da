import { OPENSHIFT_ENVIRONMENT } from '../operator-environment';
import { emptyFormValues, emptyTenant } from './form-values';
import type { TempoStackFormValues } from './form-types';
import { evaluateForm, type FormEvaluationContext } from './form-evaluation';
import { hasBlockingErrors, type FormMessage } from './form-messages';

const minioSecret = {
  name: 'minio',
  data: {
    endpoint: 'http://minio:9000',
    bucket: 'tempo',
    access_key_id: 'tempo',
    access_key_secret: 's',
  },
};

const context: FormEvaluationContext = {
  env: OPENSHIFT_ENVIRONMENT,
  operation: 'create',
  lookups: { storageSecret: minioSecret, userCanCreateTokenReviews: true },
};

const valid = (): TempoStackFormValues => {
  const values = emptyFormValues('team-a');
  values.name = 'simplest';
  values.storage.secretName = 'minio';
  return values;
};

const errorsOf = (messages: FormMessage[]) =>
  messages
    .filter((m) => m.severity === 'error')
    .map((m) => ({ field: m.field, step: m.step, code: m.code }));

describe('evaluateForm', () => {
  it('has no error for a complete minimal stack, only the no-gateway warning of OpenShift', () => {
    const { messages, effective } = evaluateForm(valid(), undefined, context);
    expect(hasBlockingErrors(messages)).toBe(false);
    expect(messages.map((m) => m.code)).toContain('gatewayDisabledNoAuth');
    expect(effective.spec.storageSize).toBe('10Gi');
  });

  it('puts a bad name on the name field of the basics step', () => {
    const values = valid();
    values.name = 'Bad_Name';
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      { field: 'name', step: 'basics', code: 'nameInvalid' },
    ]);
  });

  it('puts a bad quantity on its field', () => {
    const values = valid();
    values.sizing.totalCpu = '2 cores';
    values.sizing.components.ingester.memoryLimit = '1GB';
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      { field: 'sizing.totalCpu', step: 'sizing', code: 'invalidQuantity' },
      { field: 'sizing.components.ingester.memoryLimit', step: 'sizing', code: 'invalidQuantity' },
    ]);
  });

  it('reports the gateway together with a Jaeger UI ingress on the gateway switch', () => {
    const values = valid();
    values.query.jaegerEnabled = true;
    values.query.ingressType = 'route';
    values.tenancy.mode = 'openshift';
    values.tenancy.gatewayEnabled = true;
    values.tenancy.tenants = [{ ...emptyTenant('1'), name: 'dev' }];
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      { field: 'tenancy.gatewayEnabled', step: 'tenancy', code: 'gatewayWithJaegerQueryIngress' },
    ]);
  });

  it('reports openshift mode without the gateway on the mode', () => {
    const values = valid();
    values.tenancy.mode = 'openshift';
    values.tenancy.tenants = [{ ...emptyTenant('1'), name: 'dev' }];
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      { field: 'tenancy.mode', step: 'tenancy', code: 'openshiftModeRequiresGateway' },
    ]);
  });

  it('reports each key missing from an existing Secret on the Secret field', () => {
    const missing = {
      ...context,
      lookups: { storageSecret: { name: 'minio', data: { bucket: 'tempo' } } },
    };
    const messages = evaluateForm(valid(), undefined, missing).messages.filter(
      (m) => m.severity === 'error',
    );
    expect(messages.map((m) => [m.field, m.params?.key, m.message])).toEqual([
      ['storage.secretName', 'endpoint', 'storage secret must contain "endpoint" field'],
      ['storage.secretName', 'access_key_id', 'storage secret must contain "access_key_id" field'],
      [
        'storage.secretName',
        'access_key_secret',
        'storage secret must contain "access_key_secret" field',
      ],
    ]);
  });

  it('checks the inline Secret live and puts a missing key on its own input', () => {
    const values = valid();
    values.storage.secretSource = 'new';
    values.newSecret = {
      preset: 'minio',
      region: '',
      data: { bucket: 'tempo', endpoint: 'minio 9000' },
    };
    const errors = errorsOf(
      evaluateForm(values, undefined, { ...context, existingSecretNames: ['other'] }).messages,
    );
    expect(errors).toEqual([
      { field: 'newSecret.data.access_key_id', step: 'storage', code: 'storageSecretMissingKey' },
      {
        field: 'newSecret.data.access_key_secret',
        step: 'storage',
        code: 'storageSecretMissingKey',
      },
      { field: 'newSecret.data.endpoint', step: 'storage', code: 'storageSecretInvalidEndpoint' },
    ]);
  });

  it('refuses to create a Secret over an existing one', () => {
    const values = valid();
    values.storage.secretSource = 'new';
    expect(
      errorsOf(
        evaluateForm(values, undefined, { ...context, existingSecretNames: ['minio'] }).messages,
      ),
    ).toContainEqual({ field: 'storage.secretName', step: 'storage', code: 'secretExists' });
  });

  it('blocks tempo-query resources without jaeger-query resources (the operator would crash)', () => {
    const values = valid();
    values.query.jaegerEnabled = true;
    values.sizing.components.tempoQuery.cpuLimit = '100m';
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      {
        field: 'sizing.components.jaegerQuery',
        step: 'sizing',
        code: 'tempoQueryResourcesWithoutJaegerQuery',
      },
    ]);
    values.sizing.components.jaegerQuery.cpuLimit = '100m';
    expect(hasBlockingErrors(evaluateForm(values, undefined, context).messages)).toBe(false);
  });

  it('warns when size and total are both set, and when per-component limits exceed the total', () => {
    const values = valid();
    values.sizing.size = '1x.small';
    values.sizing.totalCpu = '2';
    const codes = evaluateForm(values, undefined, context).messages.map((m) => [
      m.code,
      m.severity,
      m.field,
    ]);
    expect(codes).toContainEqual(['sizeOverridesResources', 'warning', 'sizing.size']);
    const over = valid();
    over.sizing.totalMemory = '1Gi';
    over.sizing.components.ingester.memoryLimit = '2Gi';
    expect(evaluateForm(over, undefined, context).messages).toContainEqual(
      expect.objectContaining({
        code: 'totalExceeds100Percent',
        field: 'sizing.totalMemory',
        severity: 'warning',
      }),
    );
  });

  it('reports the ingester quorum rule on the replication factor', () => {
    const values = valid();
    values.sizing.replicationFactor = '3';
    values.sizing.components.ingester.replicas = '1';
    expect(errorsOf(evaluateForm(values, undefined, context).messages)).toEqual([
      { field: 'sizing.replicationFactor', step: 'sizing', code: 'ingesterReplicasBelowQuorum' },
    ]);
  });
});
