import { describe, expect, it } from 'vitest';
import { COMMUNITY_ENVIRONMENT, OPENSHIFT_ENVIRONMENT } from './operator-environment';
import type { ObservabilitySpec, TempoStackSpec } from './types';
import { validateObservability } from './validation-observability';

const spec = (observability: ObservabilitySpec, gateway = false): TempoStackSpec => ({
  storage: { secret: { name: 's', type: 's3' } },
  observability,
  template: { gateway: { enabled: gateway } },
});

const GRAFANA_ENVIRONMENT = {
  ...OPENSHIFT_ENVIRONMENT,
  featureGates: { ...OPENSHIFT_ENVIRONMENT.featureGates, grafanaOperator: true },
};

describe('validateObservability', () => {
  it('passes a valid configuration', () => {
    const valid = spec({
      metrics: { createServiceMonitors: true, createPrometheusRules: true },
      tracing: { sampling_fraction: '0.5', jaeger_agent_endpoint: 'localhost:6831' },
      grafana: { createDatasource: true },
    });
    expect(validateObservability(valid, GRAFANA_ENVIRONMENT)).toEqual([]);
  });

  it.each([
    [
      'C42',
      'serviceMonitorsNeedPrometheusOperator',
      { metrics: { createServiceMonitors: true } },
      'spec.observability.metrics.createServiceMonitors',
      'the prometheusOperator feature gate must be enabled to create ServiceMonitors for Tempo components',
    ],
    [
      'C43',
      'prometheusRulesNeedPrometheusOperator',
      { metrics: { createPrometheusRules: true } },
      'spec.observability.metrics.createPrometheusRules',
      'the prometheusOperator feature gate must be enabled to create PrometheusRules for Tempo components',
    ],
  ] as const)(
    '%s: needs the prometheusOperator gate',
    (rule, code, observability, path, message) => {
      expect(validateObservability(spec(observability), COMMUNITY_ENVIRONMENT)).toEqual([
        { rule, path, severity: 'error', message, code, value: true },
      ]);
    },
  );

  it('C44: PrometheusRules need ServiceMonitors', () => {
    expect(
      validateObservability(
        spec({ metrics: { createPrometheusRules: true } }),
        OPENSHIFT_ENVIRONMENT,
      ),
    ).toEqual([
      expect.objectContaining({
        rule: 'C44',
        path: 'spec.observability.metrics.createPrometheusRules',
        message:
          'the Prometheus rules alert based on collected metrics, therefore the createServiceMonitors feature must be enabled when enabling the createPrometheusRules feature',
      }),
    ]);
  });

  it.each([
    ['x', 'strconv.ParseFloat: parsing "x": invalid syntax'],
    ['1e999', 'strconv.ParseFloat: parsing "1e999": value out of range'],
  ])('C45: sampling_fraction %j', (value, message) => {
    expect(
      validateObservability(spec({ tracing: { sampling_fraction: value } }), OPENSHIFT_ENVIRONMENT),
    ).toEqual([
      {
        rule: 'C45',
        path: 'spec.observability.tracing.sampling_fraction',
        severity: 'error',
        message,
        code: 'samplingFractionInvalid',
        value,
      },
    ]);
  });

  it.each([
    ['foo', 'address foo: missing port in address'],
    ['a:b:c', 'address a:b:c: too many colons in address'],
  ])('C46: jaeger_agent_endpoint %j', (value, message) => {
    expect(
      validateObservability(
        spec({ tracing: { jaeger_agent_endpoint: value } }),
        OPENSHIFT_ENVIRONMENT,
      ),
    ).toEqual([
      expect.objectContaining({
        rule: 'C46',
        path: 'spec.observability.tracing.jaeger_agent_endpoint',
        message,
        value,
      }),
    ]);
  });

  it('C45/C46: empty values are not checked', () => {
    const empty = spec({ tracing: { sampling_fraction: '', jaeger_agent_endpoint: '' } });
    expect(validateObservability(empty, OPENSHIFT_ENVIRONMENT)).toEqual([]);
  });

  it('C47: the data source needs the grafanaOperator gate', () => {
    expect(
      validateObservability(spec({ grafana: { createDatasource: true } }), OPENSHIFT_ENVIRONMENT),
    ).toEqual([
      expect.objectContaining({
        rule: 'C47',
        path: 'spec.observability.grafana.createDatasource',
        message:
          'the grafanaOperator feature gate must be enabled to create a Datasource for Tempo',
      }),
    ]);
  });

  it('C48: no data source with the gateway (sic)', () => {
    expect(
      validateObservability(
        spec({ grafana: { createDatasource: true } }, true),
        GRAFANA_ENVIRONMENT,
      ),
    ).toEqual([
      expect.objectContaining({
        rule: 'C48',
        path: 'spec.observability.grafana.createDatasource',
        message: 'creating a data source for Tempo is not support if the gateway is enabled',
      }),
    ]);
  });

  it('reports only the first failing rule', () => {
    const everything = spec(
      {
        metrics: { createServiceMonitors: true, createPrometheusRules: true },
        tracing: { sampling_fraction: 'x', jaeger_agent_endpoint: 'y' },
        grafana: { createDatasource: true },
      },
      true,
    );
    expect(validateObservability(everything, COMMUNITY_ENVIRONMENT).map((f) => f.rule)).toEqual([
      'C42',
    ]);
    expect(validateObservability(everything, OPENSHIFT_ENVIRONMENT).map((f) => f.rule)).toEqual([
      'C45',
    ]);
  });
});
