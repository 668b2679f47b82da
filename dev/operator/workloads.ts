/**
 * Deployments and the ingester StatefulSet of a TempoStack, from the domain core's inventory
 * entry (labels, selector, pod labels, service account, containers and ports) and the operator's
 * pod template details: annotations (config and certificate hashes), anti-affinity, volumes,
 * security context, node placement and the ingester's `data` volume claim template.
 */
import type { ExpectedObject } from '../../src/tempostack/inventory';
import { objectName } from '../../src/tempostack/naming';
import type { Component, TempoComponentSpec } from '../../src/tempostack/types';
import type { KubeObject } from '../cluster/api';
import type { Container } from '../controllers/kube-types';
import { buildContainer } from './containers';
import type { ManifestContext } from './manifest-context';
import { sha256 } from './tempo-config';

const componentSpec = (
  ctx: ManifestContext,
  component: Component,
): TempoComponentSpec | undefined => {
  const t = ctx.stack.spec.template;
  switch (component) {
    case 'distributor':
      return t?.distributor?.component;
    case 'query-frontend':
      return t?.queryFrontend?.component;
    case 'gateway':
      return t?.gateway?.component;
    case 'metrics-generator':
      return t?.metricsGenerator?.component;
    default:
      return t?.[component];
  }
};

const affinity = (labels: Record<string, string>): Record<string, unknown> => ({
  podAntiAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: [
      {
        weight: 100,
        podAffinityTerm: {
          labelSelector: { matchLabels: labels },
          topologyKey: 'kubernetes.io/hostname',
        },
      },
      {
        weight: 75,
        podAffinityTerm: {
          labelSelector: { matchLabels: labels },
          topologyKey: 'failure-domain.beta.kubernetes.io/zone',
        },
      },
    ],
  },
});

/** The volume a mount name refers to. */
const volumeFor = (
  ctx: ManifestContext,
  mount: string,
  component: Component,
): Record<string, unknown> | undefined => {
  const name = ctx.stack.metadata.name ?? '';
  if (mount === 'tempo-conf')
    return { name: mount, configMap: { name: objectName(name), defaultMode: 420 } };
  if (mount === 'tempo-tmp-storage' || mount === 'tempo-tmp-storage-query')
    return { name: mount, emptyDir: {} };
  if (mount === `tempo-${name}-ca-bundle`)
    return { name: mount, configMap: { name: mount, defaultMode: 420 } };
  if (mount === `${objectName(name, component)}-mtls`)
    return { name: mount, secret: { secretName: mount, defaultMode: 420 } };
  if (mount === `${name}-ui-oauth-proxy-tls`)
    return { name: mount, secret: { secretName: mount, defaultMode: 420 } };
  if (mount === 'storage')
    return { name: mount, secret: { secretName: ctx.storage.secretName, defaultMode: 420 } };
  if (mount === 'rbac')
    return { name: mount, configMap: { name: objectName(name, 'gateway'), defaultMode: 420 } };
  if (mount === 'tenant')
    return { name: mount, secret: { secretName: objectName(name, 'gateway'), defaultMode: 420 } };
  return undefined;
};

/** A Deployment or StatefulSet for a workload entry of the inventory. */
export const buildWorkload = (ctx: ManifestContext, expected: ExpectedObject): KubeObject => {
  const workload = expected.workload;
  if (!workload || !expected.component) throw new Error(`${expected.name} is not a workload`);
  const component = expected.component as Component;
  const spec = componentSpec(ctx, component);
  const containers: Container[] = workload.containers.map((c) => buildContainer(ctx, component, c));
  const mountNames = [
    ...new Set(
      containers.flatMap((c) => ((c.volumeMounts ?? []) as { name: string }[]).map((m) => m.name)),
    ),
  ];
  const volumes = mountNames
    .map((m) => volumeFor(ctx, m, component))
    .filter((v): v is Record<string, unknown> => v !== undefined);
  const annotations: Record<string, string> = {
    'tempo.grafana.com/config.hash': ctx.configHash,
    ...ctx.certHashes,
  };
  if (component === 'gateway') {
    annotations['tempo.grafana.com/rbacConfig.hash'] = sha256(
      `rbac/${ctx.stack.metadata.name ?? ''}/${JSON.stringify(ctx.stack.spec.tenants ?? {})}`,
    );
    annotations['tempo.grafana.com/tenantsConfig.hash'] = sha256(
      `tenants/${JSON.stringify(ctx.stack.spec.tenants ?? {})}`,
    );
  }
  const podSpec: Record<string, unknown> = {
    serviceAccountName: workload.serviceAccountName,
    affinity: affinity(workload.selector),
    containers,
    volumes,
    ...(spec?.nodeSelector ? { nodeSelector: spec.nodeSelector } : {}),
    ...(spec?.tolerations ? { tolerations: spec.tolerations } : {}),
    securityContext: spec?.podSecurityContext ?? {},
  };
  const template = { metadata: { labels: workload.podLabels, annotations }, spec: podSpec };
  const metadata = { name: expected.name, namespace: expected.namespace, labels: expected.labels };
  if (expected.kind === 'StatefulSet') {
    return {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata,
      spec: {
        replicas: workload.replicas,
        selector: { matchLabels: workload.selector },
        podManagementPolicy: 'Parallel',
        template,
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: {
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: String(ctx.stack.spec.storageSize ?? '10Gi') } },
              ...(ctx.stack.spec.storageClassName
                ? { storageClassName: ctx.stack.spec.storageClassName }
                : {}),
              volumeMode: 'Filesystem',
            },
          },
        ],
      },
    };
  }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: workload.replicas,
      selector: { matchLabels: workload.selector },
      template,
    },
  };
};
