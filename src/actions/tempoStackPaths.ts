import { TEMPOSTACK_REFERENCE } from '../k8s/models';

/** The console's URLs of TempoStack pages. */
export const tempoStackListPath = (namespace?: string): string =>
  namespace
    ? `/k8s/ns/${namespace}/${TEMPOSTACK_REFERENCE}`
    : `/k8s/all-namespaces/${TEMPOSTACK_REFERENCE}`;

/** The details page of a stack, or one of its tabs (`resources`, `diagnostics`, …). */
export const tempoStackDetailsPath = (namespace: string, name: string, tab?: string): string =>
  `/k8s/ns/${namespace}/${TEMPOSTACK_REFERENCE}/${encodeURIComponent(name)}${tab ? `/${tab}` : ''}`;

/** The edit form of a stack. */
export const tempoStackEditPath = (namespace: string, name: string): string =>
  tempoStackDetailsPath(namespace, name, 'form');

/** The console's create page for TempoStacks (the wizard answers there). */
export const tempoStackCreatePath = (namespace: string): string =>
  `/k8s/ns/${namespace}/${TEMPOSTACK_REFERENCE}/~new`;
