/**
 * Names, labels and selectors of a TempoStack's objects, exactly as the Tempo Operator v0.22.0
 * builds them (components-and-naming.md §1–§2). Pure string functions; no dependencies.
 */
import type { Component, TempoStack } from './types';
import { TEMPOSTACK_API_VERSION } from './types';

/** `app.kubernetes.io/name` */
export const LABEL_NAME = 'app.kubernetes.io/name';
/** `app.kubernetes.io/instance` (the TempoStack's name) */
export const LABEL_INSTANCE = 'app.kubernetes.io/instance';
/** `app.kubernetes.io/managed-by` */
export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
/** `app.kubernetes.io/component` */
export const LABEL_COMPONENT = 'app.kubernetes.io/component';
/** Value of `app.kubernetes.io/managed-by` on operand objects. */
export const MANAGED_BY_VALUE = 'tempo-operator';
/** Pod-template label of memberlist (gossip ring) members. */
export const GOSSIP_MEMBER_LABEL = 'tempo-gossip-member';
/** Pod-template label added when `spec.replicationZones` is set. */
export const ZONE_AWARE_LABEL = 'tempo.grafana.com/zone-aware';
/** Annotation asking the service-ca operator for a serving certificate Secret. */
export const SERVING_CERT_ANNOTATION = 'service.beta.openshift.io/serving-cert-secret-name';
/** Annotation asking the service-ca operator to inject its CA bundle into a ConfigMap. */
export const INJECT_CABUNDLE_ANNOTATION = 'service.beta.openshift.io/inject-cabundle';
/** Route annotation carrying the HAProxy timeout. */
export const ROUTE_TIMEOUT_ANNOTATION = 'haproxy.router.openshift.io/timeout';

/** Values of `app.kubernetes.io/component` used by the operator. */
export type ComponentLabelValue =
  Component | 'config' | 'serviceaccount' | 'gossip-ring' | 'query-frontend-discovery';

/** Services of a TempoStack, by the component part of their name. */
export type ServiceComponent = Component | 'gossip-ring' | 'query-frontend-discovery';
/**
 * The operator's name sanitising (`naming.DNSName`): lower-cases, then replaces every character
 * outside `[a-z0-9]` with `-`, or with `a` at the first or last position. Never truncates.
 *
 * Mirrors Go's quirk for non-ASCII input: "position" is the UTF-8 byte offset in the lower-cased
 * string, compared with the code-point count of the input.
 */
export function dnsName(s: string): string {
  const lastIndex = Array.from(s).length - 1;
  let byteOffset = 0;
  let out = '';
  for (const ch of Array.from(s)) {
    // Go lower-cases code point by code point; JS may expand one (İ → i̇), keep the first.
    const lower = Array.from(ch.toLowerCase())[0] ?? ch;
    if (/^[a-z0-9]$/.test(lower)) {
      out += lower;
    } else {
      out += byteOffset === 0 || byteOffset === lastIndex ? 'a' : '-';
    }
    byteOffset += utf8Length(lower);
  }
  return out;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** `tempo-NAME` or `tempo-NAME-<component>`, sanitised with {@link dnsName}. */
export function objectName(name: string, component?: string): string {
  if (!component || component === 'tempo') return dnsName(`tempo-${name}`);
  return dnsName(`tempo-${name}-${component}`);
}

/** The default service account `tempo-NAME` (sanitised), written by the webhook when unset. */
export function defaultServiceAccountName(name: string): string {
  return objectName(name);
}

/** The service account the Tempo pods run as: `spec.serviceAccount`, default `tempo-NAME`. */
export function effectiveServiceAccount(stack: TempoStack): string {
  return stack.spec.serviceAccount || defaultServiceAccountName(stack.metadata.name ?? '');
}

/** In-cluster DNS name of a component's Service: `tempo-NAME-<component>.NS.svc.cluster.local`. */
export function serviceFqdn(name: string, namespace: string, component: ServiceComponent): string {
  return `${objectName(name, component)}.${namespace}.svc.cluster.local`;
}

/** The three labels on every namespaced operand object. */
export function commonLabels(name: string): Record<string, string> {
  return {
    [LABEL_NAME]: 'tempo',
    [LABEL_INSTANCE]: name,
    [LABEL_MANAGED_BY]: MANAGED_BY_VALUE,
  };
}

/** Common labels plus `app.kubernetes.io/component`; also the workload and Service selector. */
export function componentLabels(
  name: string,
  component: ComponentLabelValue,
): Record<string, string> {
  return { ...commonLabels(name), [LABEL_COMPONENT]: component };
}

/** `matchLabels` selecting a component's pods (the 4 component labels). */
export function componentMatchLabels(name: string, component: Component): Record<string, string> {
  return componentLabels(name, component);
}

/** `matchLabels` selecting every object of an instance (instance + managed-by). */
export function instanceMatchLabels(name: string): Record<string, string> {
  return { [LABEL_INSTANCE]: name, [LABEL_MANAGED_BY]: MANAGED_BY_VALUE };
}

/** Formats `matchLabels` as a `labelSelector` query value, keys sorted like Kubernetes does. */
export function formatLabelSelector(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`)
    .join(',');
}

/**
 * Label selector of a component's pods, e.g.
 * `app.kubernetes.io/component=ingester,app.kubernetes.io/instance=NAME,app.kubernetes.io/managed-by=tempo-operator,app.kubernetes.io/name=tempo`.
 */
export function componentSelector(name: string, component: Component): string {
  return formatLabelSelector(componentMatchLabels(name, component));
}

/** Label selector of all of an instance's objects: `app.kubernetes.io/instance=NAME,app.kubernetes.io/managed-by=tempo-operator`. */
export function instanceSelector(name: string): string {
  return formatLabelSelector(instanceMatchLabels(name));
}

/** Kind and name of a component's workload (the ingester is a StatefulSet, all others Deployments). */
export function workloadFor(
  stackName: string,
  component: Component,
): { kind: 'Deployment' | 'StatefulSet'; name: string } {
  return {
    kind: component === 'ingester' ? 'StatefulSet' : 'Deployment',
    name: objectName(stackName, component),
  };
}

/** `tempo-NAME-<component>-mtls`: the built-in mTLS certificate Secret of a component. */
export function mtlsSecretName(name: string, component: Component): string {
  return dnsName(`${objectName(name, component)}-mtls`);
}

/** Name of the PVC the ingester StatefulSet creates for a replica: `data-tempo-NAME-ingester-<ordinal>`. */
export function ingesterPvcName(name: string, ordinal: number): string {
  return `data-${objectName(name, 'ingester')}-${ordinal}`;
}

/** The owner reference every operator-owned namespaced object carries (uid from the CR). */
export function tempoStackOwnerReference(stack: TempoStack): {
  apiVersion: typeof TEMPOSTACK_API_VERSION;
  kind: 'TempoStack';
  name: string;
  uid: string;
  controller: true;
  blockOwnerDeletion: true;
} {
  return {
    apiVersion: TEMPOSTACK_API_VERSION,
    kind: 'TempoStack',
    name: stack.metadata.name ?? '',
    uid: stack.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}
