/**
 * NetworkPolicies of a TempoStack (`spec.networkPolicy.enabled`, default on since v0.20.0). Names
 * and labels come from the inventory; the rules are a simplified rendering of the operator's
 * (gossip between ring members, metrics scraping, DNS egress, and per component the ports its
 * peers use) — plausible, not byte-identical.
 */
import type { ExpectedObject } from '../../src/tempostack/inventory';
import { componentLabels, commonLabels } from '../../src/tempostack/naming';
import type { Component } from '../../src/tempostack/types';
import type { KubeObject } from '../cluster/api';
import type { ManifestContext } from './manifest-context';

const tcp = (port: number): Record<string, unknown> => ({ port, protocol: 'TCP' });

const INGRESS_PORTS: Record<Component, number[]> = {
  distributor: [4317, 4318, 14268, 6831, 6832, 14250, 9411, 3200],
  ingester: [9095, 3200],
  querier: [9095, 3200],
  'query-frontend': [3200, 9095, 16685, 16686, 16687, 8443],
  compactor: [3200],
  gateway: [8080, 8081, 8090],
  'metrics-generator': [9095, 3200],
};

/** The NetworkPolicy for an inventory entry. */
export const buildNetworkPolicy = (
  ctx: ManifestContext,
  e: ExpectedObject,
  metadata: KubeObject['metadata'],
): KubeObject => {
  const name = ctx.stack.metadata.name ?? '';
  const base = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata };
  const instance = commonLabels(name);
  if (e.name.endsWith('-gossip')) {
    const members = { matchLabels: { ...instance, 'tempo-gossip-member': 'true' } };
    return {
      ...base,
      spec: {
        podSelector: members,
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: members }], ports: [tcp(7946)] }],
        egress: [{ to: [{ podSelector: members }], ports: [tcp(7946)] }],
      },
    };
  }
  if (e.name.endsWith('-ingress-to-operand-metrics')) {
    return {
      ...base,
      spec: {
        podSelector: { matchLabels: instance },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [tcp(3200), tcp(8081)] }],
      },
    };
  }
  if (e.name.endsWith('-allow-dns') || e.name.endsWith('-allow-dns-openshift')) {
    const openshift = e.name.endsWith('-openshift');
    return {
      ...base,
      spec: {
        podSelector: { matchLabels: instance },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: {
                  matchLabels: {
                    'kubernetes.io/metadata.name': openshift ? 'openshift-dns' : 'kube-system',
                  },
                },
              },
            ],
            ports: openshift
              ? [{ port: 5353, protocol: 'UDP' }, tcp(5353)]
              : [{ port: 53, protocol: 'UDP' }, tcp(53)],
          },
        ],
      },
    };
  }
  const component = e.component as Component;
  return {
    ...base,
    spec: {
      podSelector: { matchLabels: componentLabels(name, component) },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ ports: INGRESS_PORTS[component].map(tcp) }],
      egress: [
        { to: [{ podSelector: { matchLabels: instance } }] },
        { ports: [tcp(443), tcp(6443), tcp(9000)] },
      ],
    },
  };
};
