import { describe, expect, it } from 'vitest';
import {
  admissionErrorFindings,
  admissionWarnings,
  formatAdmissionError,
  formatFieldError,
} from './admission-error';
import type { Finding } from './validation-types';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'C1',
  path: 'metadata.name',
  severity: 'error',
  message: 'm',
  code: 'c',
  ...overrides,
});

describe('formatFieldError', () => {
  it.each([
    [finding({ value: 'x', message: 'bad' }), 'metadata.name: Invalid value: "x": bad'],
    [finding({ value: 'a"b', message: 'bad' }), 'metadata.name: Invalid value: "a\\"b": bad'],
    [
      finding({ path: 'spec.ReplicationFactor', value: 3, message: 'q' }),
      'spec.ReplicationFactor: Invalid value: 3: q',
    ],
    [
      finding({ path: 'spec.template.gateway.enabled', value: true, message: 'g' }),
      'spec.template.gateway.enabled: Invalid value: true: g',
    ],
    [
      finding({ path: 'spec.size', value: '1x.x', valueFormat: 'json', message: 's' }),
      'spec.size: Invalid value: "1x.x": s',
    ],
    [
      finding({ value: '<&>', valueFormat: 'json', message: 'html' }),
      'metadata.name: Invalid value: "\\u003c\\u0026\\u003e": html',
    ],
    [finding({ value: '<&>', message: 'quoted' }), 'metadata.name: Invalid value: "<&>": quoted'],
    [finding({ value: undefined, message: 'nil' }), 'metadata.name: Invalid value: null: nil'],
    [finding({ value: 'x', message: '' }), 'metadata.name: Invalid value: "x"'],
    [
      finding({
        path: 'spec.template.metricsGenerator.remoteWriteURLs',
        errorType: 'Required',
        message: 'Required value: at least one remote write URL is required',
      }),
      'spec.template.metricsGenerator.remoteWriteURLs: Required value: at least one remote write URL is required',
    ],
    [
      finding({
        path: 'spec.replicationZones[1].topologyKey',
        errorType: 'Duplicate',
        message: 'Duplicate value: "zone"',
      }),
      'spec.replicationZones[1].topologyKey: Duplicate value: "zone"',
    ],
  ])('%# formats as %s', (f, expected) => {
    expect(formatFieldError(f)).toBe(expected);
  });
});

describe('formatAdmissionError', () => {
  const a = finding({ value: 'x', message: 'first' });
  const b = finding({ path: 'spec.size', value: 'y', valueFormat: 'json', message: 'second' });

  it('prints a single error without brackets', () => {
    expect(formatAdmissionError('simplest', [a])).toBe(
      'TempoStack.tempo.grafana.com "simplest" is invalid: metadata.name: Invalid value: "x": first',
    );
  });

  it('prints several errors in brackets, in order', () => {
    expect(formatAdmissionError('simplest', [a, b])).toBe(
      'TempoStack.tempo.grafana.com "simplest" is invalid: [metadata.name: Invalid value: "x": first, spec.size: Invalid value: "y": second]',
    );
  });

  it('reports identical errors once, and ignores warnings', () => {
    const warning = finding({ severity: 'warning', message: 'w' });
    expect(formatAdmissionError('s', [a, warning, { ...a, rule: 'C7' }])).toBe(
      'TempoStack.tempo.grafana.com "s" is invalid: metadata.name: Invalid value: "x": first',
    );
  });

  it('prints the bare sentence without errors', () => {
    expect(formatAdmissionError('s', [])).toBe('TempoStack.tempo.grafana.com "s" is invalid');
  });
});

describe('admissionErrorFindings and admissionWarnings', () => {
  const schema = finding({ rule: 'schema.size', errorType: 'NotSupported' });
  const webhook = finding({ rule: 'C19' });
  const recommendation = finding({ rule: 'E.nameLength', severity: 'warning', message: 'rec' });
  const warning = finding({ rule: 'C33', severity: 'warning', message: 'no gateway' });

  it('reports schema errors alone, as the API server rejects them before the webhook', () => {
    expect(admissionErrorFindings([webhook, schema, warning])).toEqual([schema]);
  });

  it('reports webhook errors when the schema is fine', () => {
    expect(admissionErrorFindings([webhook, warning, recommendation])).toEqual([webhook]);
  });

  it('returns the webhook warnings only', () => {
    expect(admissionWarnings([webhook, warning, recommendation])).toEqual(['no gateway']);
  });
});
