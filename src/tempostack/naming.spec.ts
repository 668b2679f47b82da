import { describe, expect, it } from 'vitest';
import type { TempoStack } from './types';
import {
  commonLabels,
  componentLabels,
  componentMatchLabels,
  componentSelector,
  defaultServiceAccountName,
  dnsName,
  effectiveServiceAccount,
  formatLabelSelector,
  ingesterPvcName,
  instanceMatchLabels,
  instanceSelector,
  mtlsSecretName,
  objectName,
  serviceFqdn,
  tempoStackOwnerReference,
  workloadFor,
} from './naming';

const stack = (name: string, serviceAccount?: string): TempoStack => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, namespace: 'ns', uid: 'uid-1' },
  spec: { storage: { secret: { name: 's', type: 's3' } }, serviceAccount },
});

describe('dnsName', () => {
  it.each([
    ['simplest', 'simplest'],
    ['tempo-simplest-query-frontend', 'tempo-simplest-query-frontend'],
    ['MyStack', 'mystack'],
    ['my.stack', 'my-stack'],
    ['my_stack', 'my-stack'],
    ['-stack', 'astack'],
    ['stack-', 'stacka'],
    ['.a.', 'aaa'],
    ['a..b', 'a--b'],
    ['x', 'x'],
    ['-', 'a'],
    ['', ''],
    ['tempo-Stack.1-ingester', 'tempo-stack-1-ingester'],
  ])('%j → %j', (input, expected) => {
    expect(dnsName(input)).toBe(expected);
  });

  it('never truncates', () => {
    const long = 'a'.repeat(100);
    expect(dnsName(long)).toHaveLength(100);
  });

  it('mirrors Go: a trailing invalid character after a multi-byte one is not the "last" byte', () => {
    // Go compares the byte offset (4) with the rune count - 1 (3): '-' stays '-'.
    expect(dnsName('aéb-')).toBe('a-b-');
    // Without a multi-byte character the last position is recognised.
    expect(dnsName('aeb-')).toBe('aeba');
    // 3- and 4-byte characters shift the byte offset further.
    expect(dnsName('a€b-')).toBe('a-b-');
    expect(dnsName('a😀-')).toBe('a--');
    expect(dnsName('€')).toBe('a');
  });

  it('keeps the ASCII letter Go produces for a character whose JS lower case expands', () => {
    expect(dnsName('İx')).toBe('ix');
  });
});

describe('objectName', () => {
  it.each([
    ['simplest', undefined, 'tempo-simplest'],
    ['simplest', '', 'tempo-simplest'],
    ['simplest', 'tempo', 'tempo-simplest'],
    ['simplest', 'ingester', 'tempo-simplest-ingester'],
    ['simplest', 'query-frontend-discovery', 'tempo-simplest-query-frontend-discovery'],
    ['My.Stack', 'gateway', 'tempo-my-stack-gateway'],
  ])('(%j, %j) → %j', (name, component, expected) => {
    expect(objectName(name, component)).toBe(expected);
  });
});

describe('secondary names', () => {
  it('mTLS secret, PVC and FQDN names follow the operator', () => {
    expect(mtlsSecretName('simplest', 'query-frontend')).toBe('tempo-simplest-query-frontend-mtls');
    expect(mtlsSecretName('a.b', 'gateway')).toBe('tempo-a-b-gateway-mtls');
    expect(ingesterPvcName('simplest', 2)).toBe('data-tempo-simplest-ingester-2');
    expect(serviceFqdn('simplest', 'obs', 'distributor')).toBe(
      'tempo-simplest-distributor.obs.svc.cluster.local',
    );
  });

  it('the default service account is the sanitised tempo-NAME', () => {
    expect(defaultServiceAccountName('My.Stack')).toBe('tempo-my-stack');
    expect(effectiveServiceAccount(stack('simplest'))).toBe('tempo-simplest');
    expect(effectiveServiceAccount(stack('simplest', 'custom'))).toBe('custom');
  });

  it('workloadFor: the ingester is a StatefulSet, the others are Deployments', () => {
    expect(workloadFor('s', 'ingester')).toEqual({ kind: 'StatefulSet', name: 'tempo-s-ingester' });
    expect(workloadFor('s', 'gateway')).toEqual({ kind: 'Deployment', name: 'tempo-s-gateway' });
    expect(workloadFor('s', 'metrics-generator')).toEqual({
      kind: 'Deployment',
      name: 'tempo-s-metrics-generator',
    });
  });

  it('owner reference points at the TempoStack as controller', () => {
    expect(tempoStackOwnerReference(stack('simplest'))).toEqual({
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoStack',
      name: 'simplest',
      uid: 'uid-1',
      controller: true,
      blockOwnerDeletion: true,
    });
  });
});

describe('labels and selectors', () => {
  it('common labels use the raw instance name', () => {
    expect(commonLabels('my.stack')).toEqual({
      'app.kubernetes.io/name': 'tempo',
      'app.kubernetes.io/instance': 'my.stack',
      'app.kubernetes.io/managed-by': 'tempo-operator',
    });
  });

  it('component labels add the component', () => {
    expect(componentLabels('s', 'gossip-ring')).toEqual({
      ...commonLabels('s'),
      'app.kubernetes.io/component': 'gossip-ring',
    });
    expect(componentMatchLabels('s', 'ingester')).toEqual(componentLabels('s', 'ingester'));
  });

  it('returns fresh objects each call', () => {
    const a = componentLabels('s', 'ingester');
    a['x'] = 'y';
    expect(componentLabels('s', 'ingester')).not.toHaveProperty('x');
  });

  it('componentSelector lists the 4 labels sorted by key', () => {
    expect(componentSelector('simplest', 'query-frontend')).toBe(
      'app.kubernetes.io/component=query-frontend,app.kubernetes.io/instance=simplest,' +
        'app.kubernetes.io/managed-by=tempo-operator,app.kubernetes.io/name=tempo',
    );
  });

  it('instanceSelector selects all objects of an instance', () => {
    expect(instanceSelector('simplest')).toBe(
      'app.kubernetes.io/instance=simplest,app.kubernetes.io/managed-by=tempo-operator',
    );
    expect(instanceMatchLabels('simplest')).toEqual({
      'app.kubernetes.io/instance': 'simplest',
      'app.kubernetes.io/managed-by': 'tempo-operator',
    });
  });

  it('formatLabelSelector sorts keys', () => {
    expect(formatLabelSelector({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(formatLabelSelector({})).toBe('');
  });
});
