import { describe, expect, it } from 'vitest';
import {
  bundleFileName,
  containerLogPath,
  coreListPath,
  diagnosticsPath,
  fileTimestamp,
  goTimeString,
  instanceObjectPath,
  olmObjectPath,
  operatorDeploymentPath,
  operatorLogPath,
  timestampFile,
} from './layout';

describe('upstream must-gather paths', () => {
  it.each([
    [
      'TempoStack',
      'simplest',
      'namespaces/chainsaw-route/tempostack/simplest/tempostack-simplest.yaml',
    ],
    [
      'ConfigMap',
      'tempo-simplest-ca-bundle',
      'namespaces/chainsaw-route/tempostack/simplest/configmap-tempo-simplest-ca-bundle.yaml',
    ],
    [
      'StatefulSet',
      'tempo-simplest-ingester',
      'namespaces/chainsaw-route/tempostack/simplest/statefulset-tempo-simplest-ingester.yaml',
    ],
    [
      'ServiceAccount',
      'tempo-simplest-query-frontend',
      'namespaces/chainsaw-route/tempostack/simplest/serviceaccount-tempo-simplest-query-frontend.yaml',
    ],
    [
      'PodDisruptionBudget',
      'a.b.c',
      'namespaces/chainsaw-route/tempostack/simplest/poddisruptionbudget-a-b-c.yaml',
    ],
  ])('%s %s → %s', (kind, name, path) => {
    expect(instanceObjectPath('chainsaw-route', 'simplest', kind, name)).toBe(path);
  });

  it('names the operator files as upstream does', () => {
    expect(operatorDeploymentPath('tempo-operator-controller')).toBe(
      'deployment-tempo-operator-controller.yaml',
    );
    expect(operatorLogPath('tempo-operator-controller-7d9f-x2x')).toBe(
      'tempo-operator-controller-7d9f-x2x',
    );
    expect(olmObjectPath('ClusterServiceVersion', 'tempo-operator.v0.22.0')).toBe(
      'olm/clusterserviceversion-tempo-operator-v0-22-0.yaml',
    );
    expect(olmObjectPath('Operator', 'tempo-product.openshift-tempo-operator')).toBe(
      'olm/operator-tempo-product-openshift-tempo-operator.yaml',
    );
  });
});

describe('additions in the oc adm inspect layout', () => {
  it('puts lists, logs and findings where support tools look', () => {
    expect(coreListPath('ns', 'events')).toBe('namespaces/ns/core/events.yaml');
    expect(containerLogPath('ns', 'p-0', 'tempo', false)).toBe(
      'namespaces/ns/pods/p-0/tempo/tempo/logs/current.log',
    );
    expect(containerLogPath('ns', 'p-0', 'tempo', true)).toBe(
      'namespaces/ns/pods/p-0/tempo/tempo/logs/previous.log',
    );
    expect(diagnosticsPath('ns', 's', 'allocation')).toBe(
      'namespaces/ns/tempostack/s/diagnostics/allocation.yaml',
    );
  });
});

describe('names and times', () => {
  const at = new Date('2026-07-01T10:15:03.250Z');

  it('names the archive must-gather-tempostack-<ns>-<name>-<timestamp>.tar.gz', () => {
    expect(fileTimestamp(at)).toBe('20260701T101503Z');
    expect(bundleFileName('chainsaw-route', 'simplest', at)).toBe(
      'must-gather-tempostack-chainsaw-route-simplest-20260701T101503Z.tar.gz',
    );
  });

  it('prints times as Go time.Time.String() does in UTC', () => {
    expect(goTimeString(at)).toBe('2026-07-01 10:15:03.25 +0000 UTC');
    expect(goTimeString(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02 03:04:05 +0000 UTC');
    expect(timestampFile(new Date('2026-01-02T03:04:05Z'), at)).toBe(
      '2026-01-02 03:04:05 +0000 UTC\n2026-07-01 10:15:03.25 +0000 UTC\n',
    );
  });
});
