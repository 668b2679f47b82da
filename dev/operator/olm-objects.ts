/**
 * The OLM objects of the Tempo Operator installation on OpenShift: OperatorGroup, Subscription
 * `tempo-product`, its InstallPlan, the ClusterServiceVersion `tempo-operator.v0.22.0` (with the
 * bundle's TempoStack descriptors, so the console can render its operand form) and the cluster
 * scoped `Operator` `tempo-product.openshift-tempo-operator`. Statuses are as after a successful
 * automatic install.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { KubeObject } from '../cluster/api';
import { OPERATOR_DEPLOYMENT, OPERATOR_NAMESPACE } from './constants';

const CSV = 'tempo-operator.v0.22.0';
const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** The owned-CRD entry of TempoStack from the bundle's CSV (copied data). */
const tempoStackDescriptor = (): Record<string, unknown> =>
  (
    parse(readFileSync(path.join(DATA, 'csv-tempostack-descriptors.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[]
  )[0];

/** The OLM objects with their statuses, in creation order. */
export const olmObjects = (
  installPlanName: string,
  now: string,
): { object: KubeObject; status?: Record<string, unknown> }[] => {
  const ns = OPERATOR_NAMESPACE;
  return [
    {
      object: {
        apiVersion: 'operators.coreos.com/v1',
        kind: 'OperatorGroup',
        metadata: {
          name: 'openshift-tempo-operator',
          namespace: ns,
          annotations: {
            'olm.providedAPIs':
              'TempoMonolithic.v1alpha1.tempo.grafana.com,TempoStack.v1alpha1.tempo.grafana.com',
          },
        },
        spec: { upgradeStrategy: 'Default' },
      },
      status: { lastUpdated: now, namespaces: [''] },
    },
    {
      object: {
        apiVersion: 'operators.coreos.com/v1alpha1',
        kind: 'Subscription',
        metadata: {
          name: 'tempo-product',
          namespace: ns,
          labels: { 'operators.coreos.com/tempo-product.openshift-tempo-operator': '' },
        },
        spec: {
          channel: 'stable',
          installPlanApproval: 'Automatic',
          name: 'tempo-product',
          source: 'redhat-operators',
          sourceNamespace: 'openshift-marketplace',
        },
      },
      status: {
        currentCSV: CSV,
        installedCSV: CSV,
        installPlanGeneration: 1,
        installPlanRef: {
          apiVersion: 'operators.coreos.com/v1alpha1',
          kind: 'InstallPlan',
          name: installPlanName,
          namespace: ns,
        },
        installplan: {
          apiVersion: 'operators.coreos.com/v1alpha1',
          kind: 'InstallPlan',
          name: installPlanName,
          uuid: '',
        },
        lastUpdated: now,
        state: 'AtLatestKnown',
        conditions: [
          {
            type: 'CatalogSourcesUnhealthy',
            status: 'False',
            reason: 'AllCatalogSourcesHealthy',
            message: 'all available catalogsources are healthy',
            lastTransitionTime: now,
          },
        ],
      },
    },
    {
      object: {
        apiVersion: 'operators.coreos.com/v1alpha1',
        kind: 'InstallPlan',
        metadata: {
          name: installPlanName,
          namespace: ns,
          labels: { 'operators.coreos.com/tempo-product.openshift-tempo-operator': '' },
        },
        spec: {
          approval: 'Automatic',
          approved: true,
          clusterServiceVersionNames: [CSV],
          generation: 1,
        },
      },
      status: {
        phase: 'Complete',
        catalogSources: ['redhat-operators'],
        conditions: [
          { type: 'Installed', status: 'True', lastTransitionTime: now, lastUpdateTime: now },
        ],
      },
    },
    {
      object: {
        apiVersion: 'operators.coreos.com/v1alpha1',
        kind: 'ClusterServiceVersion',
        metadata: {
          name: CSV,
          namespace: ns,
          labels: {
            'operators.coreos.com/tempo-product.openshift-tempo-operator': '',
            'olm.copiedFrom': ns,
          },
          annotations: {
            'olm.operatorGroup': 'openshift-tempo-operator',
            'olm.operatorNamespace': ns,
            'operators.operatorframework.io/builder': 'operator-sdk',
            categories: 'Logging & Tracing,Monitoring',
            containerImage: 'ghcr.io/grafana/tempo-operator/tempo-operator:v0.22.0',
            support: 'Grafana Tempo Operator SIG',
          },
        },
        spec: {
          displayName: 'Tempo Operator',
          description:
            'Create and manage deployments of Tempo, a high-scale distributed tracing backend.',
          version: '0.22.0',
          maturity: 'alpha',
          provider: { name: 'Grafana Labs' },
          keywords: ['tempo', 'tracing', 'observability', 'monitoring', 'database'],
          customresourcedefinitions: {
            owned: [
              tempoStackDescriptor(),
              {
                kind: 'TempoMonolithic',
                name: 'tempomonolithics.tempo.grafana.com',
                version: 'v1alpha1',
                displayName: 'TempoMonolithic',
                description: 'TempoMonolithic manages a Tempo deployment in monolithic mode.',
              },
            ],
          },
          install: {
            strategy: 'deployment',
            spec: { deployments: [{ name: OPERATOR_DEPLOYMENT }] },
          },
          installModes: [
            { supported: true, type: 'OwnNamespace' },
            { supported: true, type: 'SingleNamespace' },
            { supported: false, type: 'MultiNamespace' },
            { supported: true, type: 'AllNamespaces' },
          ],
        },
      },
      status: {
        phase: 'Succeeded',
        reason: 'InstallSucceeded',
        message: 'install strategy completed with no errors',
        lastTransitionTime: now,
        lastUpdateTime: now,
        requirementStatus: [
          {
            group: 'apiextensions.k8s.io',
            kind: 'CustomResourceDefinition',
            name: 'tempostacks.tempo.grafana.com',
            status: 'Present',
            version: 'v1',
            message: 'CRD is present and Established condition is true',
          },
        ],
        conditions: [
          {
            phase: 'Pending',
            reason: 'RequirementsUnknown',
            message: 'requirements not yet checked',
            lastTransitionTime: now,
            lastUpdateTime: now,
          },
          {
            phase: 'InstallReady',
            reason: 'AllRequirementsMet',
            message: 'all requirements found, attempting install',
            lastTransitionTime: now,
            lastUpdateTime: now,
          },
          {
            phase: 'Installing',
            reason: 'InstallSucceeded',
            message: 'waiting for install components to report healthy',
            lastTransitionTime: now,
            lastUpdateTime: now,
          },
          {
            phase: 'Succeeded',
            reason: 'InstallSucceeded',
            message: 'install strategy completed with no errors',
            lastTransitionTime: now,
            lastUpdateTime: now,
          },
        ],
      },
    },
    {
      object: {
        apiVersion: 'operators.coreos.com/v1',
        kind: 'Operator',
        metadata: { name: `tempo-product.${ns}` },
        spec: {},
      },
      status: {
        components: {
          labelSelector: {
            matchExpressions: [
              {
                key: 'operators.coreos.com/tempo-product.openshift-tempo-operator',
                operator: 'Exists',
              },
            ],
          },
          refs: [
            {
              apiVersion: 'operators.coreos.com/v1alpha1',
              kind: 'ClusterServiceVersion',
              name: CSV,
              namespace: ns,
            },
            {
              apiVersion: 'operators.coreos.com/v1alpha1',
              kind: 'Subscription',
              name: 'tempo-product',
              namespace: ns,
            },
            {
              apiVersion: 'operators.coreos.com/v1alpha1',
              kind: 'InstallPlan',
              name: installPlanName,
              namespace: ns,
            },
            { apiVersion: 'apps/v1', kind: 'Deployment', name: OPERATOR_DEPLOYMENT, namespace: ns },
          ],
        },
      },
    },
  ];
};
