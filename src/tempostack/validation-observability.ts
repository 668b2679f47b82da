/**
 * Observability validation of the TempoStack webhook (validation-rules.md §C 42–48): only the
 * first failing rule is reported.
 */
import { goSplitHostPortError } from './go-net';
import { goParseFloatError } from './go-strconv';
import type { OperatorEnvironment } from './operator-environment';
import type { TempoStackSpec } from './types';
import type { Finding } from './validation-types';

const METRICS = 'spec.observability.metrics';
const TRACING = 'spec.observability.tracing';
const DATASOURCE = 'spec.observability.grafana.createDatasource';

const error = (
  rule: string,
  path: string,
  code: string,
  message: string,
  value: unknown = true,
): Finding => ({ rule, path, severity: 'error', message, code, value });

/** The webhook's observability check (rules C42–C48): at most one finding. */
export const validateObservability = (
  spec: TempoStackSpec,
  env: OperatorEnvironment,
): Finding[] => {
  const metrics = spec.observability?.metrics;
  const tracing = spec.observability?.tracing;
  const prometheusOperator = env.featureGates.prometheusOperator;
  if (metrics?.createServiceMonitors && !prometheusOperator) {
    return [
      error(
        'C42',
        `${METRICS}.createServiceMonitors`,
        'serviceMonitorsNeedPrometheusOperator',
        'the prometheusOperator feature gate must be enabled to create ServiceMonitors for Tempo components',
      ),
    ];
  }
  if (metrics?.createPrometheusRules && !prometheusOperator) {
    return [
      error(
        'C43',
        `${METRICS}.createPrometheusRules`,
        'prometheusRulesNeedPrometheusOperator',
        'the prometheusOperator feature gate must be enabled to create PrometheusRules for Tempo components',
      ),
    ];
  }
  if (metrics?.createPrometheusRules && !metrics.createServiceMonitors) {
    return [
      error(
        'C44',
        `${METRICS}.createPrometheusRules`,
        'prometheusRulesNeedServiceMonitors',
        'the Prometheus rules alert based on collected metrics, therefore the createServiceMonitors feature must be enabled when enabling the createPrometheusRules feature',
      ),
    ];
  }
  const samplingFraction = tracing?.sampling_fraction ?? '';
  const samplingError = samplingFraction === '' ? undefined : goParseFloatError(samplingFraction);
  if (samplingError) {
    return [
      error(
        'C45',
        `${TRACING}.sampling_fraction`,
        'samplingFractionInvalid',
        samplingError,
        samplingFraction,
      ),
    ];
  }
  const agentEndpoint = tracing?.jaeger_agent_endpoint ?? '';
  const endpointError = agentEndpoint === '' ? undefined : goSplitHostPortError(agentEndpoint);
  if (endpointError) {
    return [
      error(
        'C46',
        `${TRACING}.jaeger_agent_endpoint`,
        'jaegerAgentEndpointInvalid',
        endpointError,
        agentEndpoint,
      ),
    ];
  }
  const createDatasource = spec.observability?.grafana?.createDatasource;
  if (createDatasource && !env.featureGates.grafanaOperator) {
    return [
      error(
        'C47',
        DATASOURCE,
        'datasourceNeedsGrafanaOperator',
        'the grafanaOperator feature gate must be enabled to create a Datasource for Tempo',
      ),
    ];
  }
  if (createDatasource && spec.template?.gateway?.enabled) {
    return [
      error(
        'C48',
        DATASOURCE,
        'datasourceWithGateway',
        'creating a data source for Tempo is not support if the gateway is enabled',
      ),
    ];
  }
  return [];
};
