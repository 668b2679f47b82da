/**
 * The OpenShift platform kinds that a real cluster serves from CRDs: the console's ConsolePlugin and
 * operator config, and OLM's kinds. Their schemas keep unknown fields (the real CRDs' schemas are
 * large and of no concern to the plugin), so they are stored as given.
 */
import type { KubeObject } from './api';

interface PlatformKind {
  group: string;
  versions: string[];
  kind: string;
  plural: string;
  scope: 'Namespaced' | 'Cluster';
  shortNames?: string[];
  categories?: string[];
  status: boolean;
  columns?: { name: string; type: string; jsonPath: string; description?: string }[];
}

const kinds: PlatformKind[] = [
  {
    group: 'console.openshift.io',
    versions: ['v1'],
    kind: 'ConsolePlugin',
    plural: 'consoleplugins',
    scope: 'Cluster',
    status: false,
  },
  {
    group: 'operator.openshift.io',
    versions: ['v1'],
    kind: 'Console',
    plural: 'consoles',
    scope: 'Cluster',
    status: true,
  },
  {
    group: 'operators.coreos.com',
    versions: ['v1alpha1'],
    kind: 'ClusterServiceVersion',
    plural: 'clusterserviceversions',
    scope: 'Namespaced',
    shortNames: ['csv', 'csvs'],
    categories: ['olm'],
    status: true,
    columns: [
      {
        name: 'Display',
        type: 'string',
        jsonPath: '.spec.displayName',
        description: 'The name of the CSV',
      },
      {
        name: 'Version',
        type: 'string',
        jsonPath: '.spec.version',
        description: 'The version of the CSV',
      },
      {
        name: 'Replaces',
        type: 'string',
        jsonPath: '.spec.replaces',
        description: 'The name of a CSV that this one replaces',
      },
      { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
    ],
  },
  {
    group: 'operators.coreos.com',
    versions: ['v1alpha1'],
    kind: 'Subscription',
    plural: 'subscriptions',
    scope: 'Namespaced',
    shortNames: ['sub', 'subs'],
    categories: ['olm'],
    status: true,
    columns: [
      {
        name: 'Package',
        type: 'string',
        jsonPath: '.spec.name',
        description: 'The package subscribed to',
      },
      {
        name: 'Source',
        type: 'string',
        jsonPath: '.spec.source',
        description: 'The catalog source for the specified package',
      },
      {
        name: 'Channel',
        type: 'string',
        jsonPath: '.spec.channel',
        description: 'The channel of updates to subscribe to',
      },
    ],
  },
  {
    group: 'operators.coreos.com',
    versions: ['v1alpha1'],
    kind: 'InstallPlan',
    plural: 'installplans',
    scope: 'Namespaced',
    shortNames: ['ip'],
    categories: ['olm'],
    status: true,
    columns: [
      {
        name: 'CSV',
        type: 'string',
        jsonPath: '.spec.clusterServiceVersionNames[0]',
        description: 'The first CSV in the list of clusterServiceVersionNames',
      },
      {
        name: 'Approval',
        type: 'string',
        jsonPath: '.spec.approval',
        description: 'The approval mode',
      },
      { name: 'Approved', type: 'boolean', jsonPath: '.spec.approved' },
    ],
  },
  {
    group: 'operators.coreos.com',
    versions: ['v1', 'v1alpha2'],
    kind: 'OperatorGroup',
    plural: 'operatorgroups',
    scope: 'Namespaced',
    shortNames: ['og'],
    categories: ['olm'],
    status: true,
  },
  {
    group: 'operators.coreos.com',
    versions: ['v1'],
    kind: 'Operator',
    plural: 'operators',
    scope: 'Cluster',
    categories: ['olm'],
    status: true,
  },
];

/** CustomResourceDefinition objects for the platform kinds. */
export function platformCrds(): KubeObject[] {
  return kinds.map((k) => ({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${k.plural}.${k.group}` },
    spec: {
      group: k.group,
      names: {
        kind: k.kind,
        listKind: `${k.kind}List`,
        plural: k.plural,
        singular: k.kind.toLowerCase(),
        ...(k.shortNames ? { shortNames: k.shortNames } : {}),
        ...(k.categories ? { categories: k.categories } : {}),
      },
      scope: k.scope,
      versions: k.versions.map((v, i) => ({
        name: v,
        served: true,
        storage: i === 0,
        schema: {
          openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        },
        ...(k.status ? { subresources: { status: {} } } : {}),
        ...(k.columns
          ? {
              additionalPrinterColumns: [
                ...k.columns,
                { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
              ],
            }
          : {}),
      })),
    },
  }));
}
