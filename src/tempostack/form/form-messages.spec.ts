import { collectFormMessages, fieldForPath, stepForField, stepForPath } from './form-messages';

describe('fieldForPath', () => {
  it.each([
    ['metadata.name', 'name'],
    ['spec.ReplicationFactor', 'sizing.replicationFactor'],
    ['spec.template.tenants', 'tenancy.mode'],
    [
      'spec.template.distributor.component.resources.limits.cpu',
      'sizing.components.distributor.cpuLimit',
    ],
    ['spec.template.ingester.replicas', 'sizing.components.ingester.replicas'],
    [
      'spec.template.queryFrontend.jaegerQuery.resources.requests.memory',
      'sizing.components.jaegerQuery.memoryRequest',
    ],
    [
      'spec.template.queryFrontend.jaegerQuery.tempoQuery.resources.requests.cpu',
      'sizing.components.tempoQuery.cpuRequest',
    ],
    [
      'spec.template.queryFrontend.jaegerQuery.authentication.resources.limits.memory',
      'sizing.components.oauthProxy.memoryLimit',
    ],
    ['spec.tenants.authentication[1].tenantId', 'tenancy.tenants.1.id'],
    ['spec.tenants.authorization.roleBindings[0].subjects[0].kind', 'tenancy.roleBindings.0'],
  ])('%s → %s', (path, field) => {
    expect(fieldForPath(path)).toBe(field);
  });

  it('has no field for what the form does not show', () => {
    expect(fieldForPath('spec.observability.tracing.sampling_fraction')).toBeUndefined();
    expect(
      fieldForPath('spec.template.distributor.component.resources.limits.ephemeral-storage'),
    ).toBeUndefined();
  });
});

describe('steps', () => {
  it.each([
    ['name', 'basics'],
    ['storage.caName', 'storage'],
    ['newSecret.data.bucket', 'storage'],
    ['sizing.components.gateway.replicas', 'sizing'],
    ['query.host', 'query'],
    ['tenancy.tenants.0.name', 'tenancy'],
    ['limits.timeout', 'limits'],
    ['somethingElse', 'review'],
  ])('field %s is on %s', (field, step) => {
    expect(stepForField(field)).toBe(step);
  });

  it.each([
    ['spec.template.gateway.ingress.host', 'tenancy'],
    ['spec.template.queryFrontend.jaegerQuery.monitorTab.prometheusEndpoint', 'query'],
    ['spec.template.queryFrontend.jaegerQuery.resources', 'sizing'],
    ['spec.limits.perTenant[dev].query.maxSearchBytesPerTrace', 'limits'],
    ['spec.storage.tls.caName', 'storage'],
    ['spec.serviceAccount', 'review'],
    ['spec.observability.metrics.createPrometheusRules', 'review'],
  ])('path %s is on %s', (path, step) => {
    expect(stepForPath(path)).toBe(step);
  });
});

describe('collectFormMessages', () => {
  it('drops allocation findings that validation already reports in the operator’s words', () => {
    const messages = collectFormMessages({
      issues: [],
      findings: [],
      allocation: [
        { code: 'sizeAndTotal', path: 'spec.size' },
        { code: 'invalidQuantity', path: 'spec.resources.total.limits.cpu' },
        { code: 'noResources' },
        { code: 'totalExceeds100Percent', resource: 'cpu' },
      ],
      secretSource: 'existing',
    });
    expect(messages).toEqual([
      {
        source: 'allocation',
        severity: 'warning',
        code: 'noResources',
        step: 'sizing',
        path: undefined,
      },
      {
        source: 'allocation',
        severity: 'warning',
        code: 'totalExceeds100Percent',
        field: 'sizing.totalCpu',
        step: 'sizing',
        params: { resource: 'cpu' },
      },
    ]);
  });

  it('keeps Secret findings on the Secret field for an existing Secret', () => {
    const [message] = collectFormMessages({
      issues: [],
      findings: [
        {
          rule: 'C13',
          path: 'spec.storage.secret.name',
          severity: 'error',
          code: 'gcsKeyJsonInvalid',
          message: 'gcp storage secret cannot be parsed from JSON content',
        },
      ],
      allocation: [],
      secretSource: 'existing',
    });
    expect(message.field).toBe('storage.secretName');
  });

  it('puts GCS key findings on the key.json upload of an inline Secret', () => {
    const [message] = collectFormMessages({
      issues: [],
      findings: [
        {
          rule: 'C13',
          path: 'spec.storage.secret.name',
          severity: 'error',
          code: 'gcsKeyJsonInvalid',
          message: 'gcp storage secret cannot be parsed from JSON content',
        },
      ],
      allocation: [],
      secretSource: 'new',
    });
    expect(message.field).toBe('newSecret.data.key.json');
  });
});
