import { describe, expect, it } from 'vitest';
import { COMMUNITY_ENVIRONMENT, OPENSHIFT_ENVIRONMENT } from './operator-environment';
import type { ObjectMeta, SecretInput, TempoStack, TempoStackSpec } from './types';
import {
  admissionErrorFindings,
  admissionWarnings,
  formatAdmissionError,
  TEMPO_FINALIZER,
  validateTempoStack,
  type Finding,
  type ValidationContext,
} from './validation';

const S3_SECRET: SecretInput = {
  name: 'minio',
  data: {
    bucket: 'tempo',
    endpoint: 'http://minio.minio.svc:9000',
    access_key_id: 'tempo',
    access_key_secret: 'supersecret-password',
  },
};

const makeStack = (spec: Partial<TempoStackSpec> = {}, metadata: ObjectMeta = {}): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'observability', ...metadata },
  spec: { storage: { secret: { name: 'minio', type: 's3' } }, ...spec },
});

const context = (overrides: Partial<ValidationContext> = {}): ValidationContext => ({
  env: COMMUNITY_ENVIRONMENT,
  operation: 'create',
  ...overrides,
  lookups: { storageSecret: S3_SECRET, ...overrides.lookups },
});

const validate = (stack: TempoStack, ctx: Partial<ValidationContext> = {}) =>
  validateTempoStack(stack, context(ctx));

const rules = (stack: TempoStack, ctx: Partial<ValidationContext> = {}) =>
  validate(stack, ctx).map((f) => f.rule);

const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('validateTempoStack', () => {
  it('accepts a valid community stack without findings', () => {
    expect(validate(makeStack())).toEqual([]);
  });

  it('C1: names longer than 63 characters', () => {
    const name = 'a'.repeat(64);
    expect(only(validate(makeStack({}, { name })), 'C1')).toEqual([
      {
        rule: 'C1',
        path: 'metadata.name',
        severity: 'error',
        message: 'must be no more than 63 characters',
        code: 'nameTooLong',
        params: { max: 63, length: 64 },
        value: name,
      },
    ]);
    expect(rules(makeStack({}, { name: 'a'.repeat(63) }))).not.toContain('C1');
  });

  it.each([
    [false, 'serviceaccounts "custom" not found', 'serviceAccountNotFound'],
    [
      { error: 'serviceaccounts "custom" is forbidden' },
      'serviceaccounts "custom" is forbidden',
      'serviceAccountLookupFailed',
    ],
  ])('C2: a custom service account that cannot be found (%j)', (exists, message, code) => {
    const findings = validate(makeStack({ serviceAccount: 'custom' }), {
      lookups: { serviceAccountExists: exists },
    });
    expect(findings).toEqual([
      {
        rule: 'C2',
        path: 'spec.serviceAccount',
        severity: 'error',
        message,
        code,
        params: { serviceAccount: 'custom' },
        value: 'custom',
      },
    ]);
  });

  it.each([
    ['custom', true],
    ['custom', undefined],
    ['tempo-simplest', false],
    [undefined, false],
  ])('C2: service account %s (exists %s) passes', (serviceAccount, exists) => {
    const stack = makeStack(serviceAccount ? { serviceAccount } : {});
    expect(rules(stack, { lookups: { serviceAccountExists: exists } })).toEqual([]);
  });

  it('C3–C17: runs the storage checks with the lookups', () => {
    expect(
      rules(makeStack(), { lookups: { storageSecret: { error: 'secrets "minio" not found' } } }),
    ).toEqual(['C3']);
    expect(rules(makeStack(), { lookups: { storageSecret: { name: 'minio', data: {} } } })).toEqual(
      ['C7', 'C7', 'C7', 'C7'],
    );
  });

  it('C18: warns about extra Tempo configuration', () => {
    expect(validate(makeStack({ extraConfig: { tempo: {} } }))).toEqual([
      {
        rule: 'C18',
        path: 'spec.extraConfig.tempo',
        severity: 'warning',
        message: 'override tempo configuration could potentially break the stack, use it carefully',
        code: 'extraConfigOverride',
      },
    ]);
    expect(rules(makeStack({ extraConfig: { tempo: null } }))).toEqual([]);
    expect(rules(makeStack({ extraConfig: {} }))).toEqual([]);
  });

  it('C19: an unknown size (after the schema error)', () => {
    const findings = validate(makeStack({ size: '1x.large' as TempoStackSpec['size'] }));
    expect(findings.map((f) => f.rule)).toEqual(['schema.size', 'C19']);
    expect(findings[1]).toEqual({
      rule: 'C19',
      path: 'spec.size',
      severity: 'error',
      message:
        'invalid size "1x.large", must be one of: 1x.demo, 1x.pico, 1x.extra-small, 1x.small, 1x.medium',
      code: 'sizeInvalid',
      params: { size: '1x.large' },
      value: '1x.large',
      valueFormat: 'json',
    });
  });

  it('C20: warns when both size and resources.total are set', () => {
    const stack = makeStack({ size: '1x.small', resources: { total: { limits: { cpu: '2' } } } });
    expect(validate(stack)).toEqual([
      expect.objectContaining({
        rule: 'C20',
        severity: 'warning',
        message:
          'both spec.size and spec.resources.total are specified; spec.size takes precedence for resource allocation',
      }),
    ]);
    expect(rules(makeStack({ resources: { total: { limits: { cpu: '2' } } } }))).toEqual([]);
  });

  it.each([
    [{ replicationFactor: 3 }, 3, 2, 1],
    [{ replicationFactor: 5, template: { ingester: { replicas: 2 } } }, 5, 3, 2],
  ])('C21: ingester replicas below quorum %j', (spec, replicationFactor, quorum, replicas) => {
    expect(only(validate(makeStack(spec)), 'C21')).toEqual([
      expect.objectContaining({
        path: 'spec.ReplicationFactor',
        message: `replica factor of ${replicationFactor} requires at least ${quorum} ingester replicas`,
        value: replicationFactor,
        params: { replicationFactor, quorum, replicas },
      }),
    ]);
  });

  it('C21: a size defaults the ingesters to the quorum', () => {
    expect(rules(makeStack({ size: '1x.small', replicationFactor: 3 }))).toEqual([]);
  });

  it('C22: duplicate zone topology keys', () => {
    const stack = makeStack({
      replicationZones: [
        { topologyKey: 'zone', maxSkew: 1 },
        { topologyKey: 'host', maxSkew: 1 },
        { topologyKey: 'zone', maxSkew: 2 },
        { topologyKey: 'host', maxSkew: 2 },
      ],
    });
    expect(validate(stack)).toEqual([
      {
        rule: 'C22',
        path: 'spec.replicationZones[2].topologyKey',
        severity: 'error',
        message: 'Duplicate value: "zone"',
        code: 'replicationZoneDuplicateTopologyKey',
        params: { topologyKey: 'zone', index: 2 },
        value: 'zone',
        errorType: 'Duplicate',
      },
    ]);
  });

  const jaeger = (jaegerQuery: object) =>
    makeStack({ template: { queryFrontend: { jaegerQuery } } });

  it('C23: a Jaeger ingress without Jaeger Query', () => {
    expect(validate(jaeger({ ingress: { type: 'ingress' } }))).toEqual([
      {
        rule: 'C23',
        path: 'spec.template.queryFrontend.jaegerQuery.ingress.type',
        severity: 'error',
        message: 'Ingress cannot be enabled if jaegerQuery is disabled',
        code: 'jaegerQueryIngressWithoutJaegerQuery',
        value: 'ingress',
        valueFormat: 'json',
      },
    ]);
  });

  it('C24: a Jaeger route without the route gate (and the C26 warning)', () => {
    expect(rules(jaeger({ enabled: true, ingress: { type: 'route' } }))).toEqual(['C24', 'C26']);
    expect(validate(jaeger({ enabled: true, ingress: { type: 'route' } }))[0].message).toBe(
      'Please enable the featureGates.openshift.openshiftRoute feature gate to use Routes',
    );
  });

  it('C25: the monitor tab needs a Prometheus endpoint', () => {
    const findings = validate(jaeger({ enabled: true, monitorTab: { enabled: true } }));
    expect(findings.map((f) => f.rule)).toEqual(['C25', 'C26']);
    expect(findings[0]).toMatchObject({
      path: 'spec.template.queryFrontend.jaegerQuery.monitorTab.prometheusEndpoint',
      message: 'Prometheus endpoint must be set when monitoring is enabled',
      value: '',
    });
    const withEndpoint = jaeger({
      enabled: true,
      monitorTab: { enabled: true, prometheusEndpoint: 'http://prometheus:9090' },
    });
    expect(rules(withEndpoint)).toEqual(['C26']);
  });

  it('C23–C25: only the first failing query-frontend rule', () => {
    expect(rules(jaeger({ ingress: { type: 'route' }, monitorTab: { enabled: true } }))).toEqual([
      'C23',
    ]);
  });

  it('C26: Jaeger Query is deprecated', () => {
    expect(validate(jaeger({ enabled: true }))).toEqual([
      {
        rule: 'C26',
        path: 'spec.template.queryFrontend.jaegerQuery.enabled',
        severity: 'warning',
        message:
          'spec.template.queryFrontend.jaegerQuery.enabled is deprecated and will be removed in a future release',
        code: 'jaegerQueryDeprecated',
      },
    ]);
  });

  it('C27–C41: runs the gateway and tenant checks on the defaulted stack', () => {
    const openshiftTenancy = makeStack({
      tenants: { mode: 'openshift' },
      template: { gateway: { enabled: true } },
    });
    // The defaulted gateway route needs the route gate (C30).
    expect(rules(openshiftTenancy)).toEqual(['C30']);
    expect(rules(openshiftTenancy, { env: OPENSHIFT_ENVIRONMENT })).toEqual([]);
    expect(rules(makeStack({ tenants: { mode: 'openshift' } }))).toEqual(['C39']);
  });

  it('C33: warns about a stack without gateway on OpenShift', () => {
    expect(rules(makeStack(), { env: OPENSHIFT_ENVIRONMENT })).toEqual(['C33']);
  });

  it('C42–C48: runs the observability check', () => {
    expect(
      rules(makeStack({ observability: { metrics: { createServiceMonitors: true } } })),
    ).toEqual(['C42']);
  });

  it('C49: the deprecated global maxSearchBytesPerTrace', () => {
    const stack = makeStack({
      limits: {
        global: { query: { maxSearchBytesPerTrace: 1000 } },
        perTenant: { dev: { query: { maxSearchBytesPerTrace: 5 } } },
      },
    });
    expect(validate(stack)).toEqual([
      {
        rule: 'C49',
        path: 'spec.limits.global.query.maxSearchBytesPerTrace',
        severity: 'error',
        message: 'this field is deprecated and must be unset',
        code: 'deprecatedMaxSearchBytesPerTrace',
        value: 1000,
      },
    ]);
  });

  it('C49: the deprecated per-tenant maxSearchBytesPerTrace', () => {
    const stack = makeStack({
      limits: {
        perTenant: {
          prod: { query: { maxBytesPerTagValues: 1 } },
          dev: { query: { maxSearchBytesPerTrace: 0 } },
        },
      },
    });
    expect(validate(stack)).toEqual([
      expect.objectContaining({
        rule: 'C49',
        path: 'spec.limits.perTenant[dev].query.maxSearchBytesPerTrace',
        value: 0,
        params: { tenant: 'dev' },
      }),
    ]);
  });

  it('C50: distributor TLS needs a certificate without the serving-certs gate', () => {
    const tls = (certName?: string) =>
      makeStack({ template: { distributor: { tls: { enabled: true, certName } } } });
    expect(validate(tls())).toEqual([
      {
        rule: 'C50',
        path: 'spec.template.distributor.tls.cert',
        severity: 'error',
        message: 'need to specify cert secret name',
        code: 'distributorTlsCertRequired',
        value: '',
      },
    ]);
    expect(rules(tls('receiver-cert'))).toEqual([]);
    expect(rules(tls(), { env: OPENSHIFT_ENVIRONMENT })).toEqual(['C33']);
  });

  it('C51: the metrics-generator needs a remote write URL', () => {
    const stack = makeStack({ template: { metricsGenerator: { enabled: true } } });
    expect(validate(stack)).toEqual([
      {
        rule: 'C51',
        path: 'spec.template.metricsGenerator.remoteWriteURLs',
        severity: 'error',
        message:
          'Required value: at least one remote write URL is required when the metrics-generator is enabled',
        code: 'metricsGeneratorRemoteWriteRequired',
        value: undefined,
        errorType: 'Required',
      },
    ]);
    const withUrl = makeStack({
      template: {
        metricsGenerator: { enabled: true, remoteWriteURLs: ['http://prom/api/v1/write'] },
      },
    });
    expect(rules(withUrl)).toEqual([]);
  });

  it('C52: a TempoMonolithic with the same name', () => {
    expect(validate(makeStack(), { lookups: { monolithicWithSameName: true } })).toEqual([
      {
        rule: 'C52',
        path: 'metadata.name',
        severity: 'error',
        message:
          'Cannot create a TempoStack with the same name as a TempoMonolithic instance in the same namespace',
        code: 'nameConflictsWithMonolithic',
        value: 'simplest',
      },
    ]);
  });

  it('reports schema, then webhook findings in the operator order, then recommendations', () => {
    const stack = makeStack(
      {
        serviceAccount: 'custom',
        extraConfig: { tempo: { a: 1 } },
        size: '1x.small',
        resources: { total: {} },
        replicationFactor: 7,
        managementState: 'Paused' as TempoStackSpec['managementState'],
        template: {
          queryFrontend: { jaegerQuery: { enabled: true } },
          gateway: { enabled: true },
          distributor: { tls: { enabled: true } },
          metricsGenerator: { enabled: true },
          ingester: { replicas: 1 },
        },
        tenants: { mode: 'static' },
        observability: { tracing: { sampling_fraction: 'half' } },
        limits: { global: { query: { maxSearchBytesPerTrace: 1 } } },
      },
      { name: `stack-${'x'.repeat(60)}` },
    );
    const findings = validate(stack, {
      lookups: { serviceAccountExists: false, monolithicWithSameName: true },
    });
    expect(findings.map((f) => f.rule)).toEqual([
      'schema.managementState',
      'C1',
      'C2',
      'C18',
      'C20',
      'C21',
      'C26',
      'C31',
      'C34',
      'C45',
      'C49',
      'C50',
      'C51',
      'C52',
    ]);
  });

  it('skips the webhook when an update only removes the finalizer of a deleted stack', () => {
    const old = makeStack({ replicationFactor: 3 }, { finalizers: [TEMPO_FINALIZER] });
    const deleting = makeStack(
      { replicationFactor: 3 },
      { finalizers: [], deletionTimestamp: '2026-01-01T00:00:00Z' },
    );
    expect(rules(deleting, { operation: 'update', oldStack: old })).toEqual([]);
    expect(rules(deleting, { operation: 'create', oldStack: old })).toEqual(['C21']);
    expect(
      rules(
        { ...deleting, metadata: { ...deleting.metadata, deletionTimestamp: undefined } },
        { operation: 'update', oldStack: old },
      ),
    ).toEqual(['C21']);
    expect(rules(deleting, { operation: 'update', oldStack: makeStack() })).toEqual(['C21']);
  });

  it('adds the §E recommendations for the defaulted stack', () => {
    const stack = makeStack(
      {
        template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
      },
      { name: 'a-rather-long-tempostack-name-over-32', namespace: 'team-observability' },
    );
    expect(rules(stack, { env: OPENSHIFT_ENVIRONMENT })).toEqual([
      'C26',
      'C33',
      'E.nameLength',
      'E.routeHostLength',
    ]);
  });

  it('answers like the API server, without secret values', () => {
    const stack = makeStack({
      replicationFactor: 3,
      template: { metricsGenerator: { enabled: true } },
    });
    const findings = validate(stack, {
      env: OPENSHIFT_ENVIRONMENT,
      lookups: {
        storageSecret: { ...S3_SECRET, data: { ...S3_SECRET.data, endpoint: 'supersecret-host' } },
      },
    });
    expect(formatAdmissionError('simplest', admissionErrorFindings(findings))).toBe(
      'TempoStack.tempo.grafana.com "simplest" is invalid: [spec.storage.secret.name: Invalid value: "minio": "endpoint" field of storage secret must be a valid URL, spec.ReplicationFactor: Invalid value: 3: replica factor of 3 requires at least 2 ingester replicas, spec.template.metricsGenerator.remoteWriteURLs: Required value: at least one remote write URL is required when the metrics-generator is enabled]',
    );
    expect(admissionWarnings(findings)).toEqual([
      'TempoStack instances without gateway provide no authentication or authorization on the ingest or query paths, and are not supported on OpenShift',
    ]);
    expect(JSON.stringify(findings)).not.toContain('supersecret');
  });

  it('does not change the stack it validates', () => {
    const stack = makeStack({ size: '1x.pico' });
    const before = structuredClone(stack);
    validate(stack);
    expect(stack).toEqual(before);
  });
});
