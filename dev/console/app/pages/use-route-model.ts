import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useParams } from 'react-router';
import {
  kindForReference,
  isGroupVersionKindReference,
  parseReference,
} from '../../sdk/k8s/model-ref';
import { ALL_NAMESPACES_KEY } from '../../sdk/k8s/resource-url';
import { findModelByUrlSegment, useModelState } from '../../sdk/models/model-store';

export interface RouteModel {
  model?: SDK.K8sModel;
  /** Discovery has not answered yet. */
  pending: boolean;
  segment: string;
  namespace?: string;
  name?: string;
  missingMessage: string;
}

/** The model a `/k8s/…/:plural` URL designates (a built-in kind's plural or a reference). */
export const useRouteModel = (scope: 'ns' | 'all' | 'cluster'): RouteModel => {
  const params = useParams();
  const models = useModelState();
  const segment = params.plural ?? '';
  const model = findModelByUrlSegment(models, segment);
  const missing = isGroupVersionKindReference(segment)
    ? `"${kindForReference(segment)}" in "${[parseReference(segment).group, parseReference(segment).version].filter(Boolean).join('/')}"`
    : `"${segment}"`;
  return {
    model,
    pending: !model && !models.loaded,
    segment,
    namespace: scope === 'ns' ? params.ns : scope === 'all' ? ALL_NAMESPACES_KEY : undefined,
    name: params.name,
    missingMessage: `The server doesn't have a resource type ${missing}. Try refreshing the page if it was recently added.`,
  };
};
