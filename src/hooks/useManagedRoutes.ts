import { useWatch } from './useWatch';
import { useMemo } from 'react';
import { IngressModel, RouteModel, gvkOf } from '../k8s/models';
import { LABEL_MANAGED_BY, MANAGED_BY_VALUE } from '../tempostack/naming';
import { indexObjects } from '../tempostack/stack-links';
import type { ObjectLookup } from '../tempostack/stack-links';
import type { IngressObject, RouteObject } from './k8s-objects';

/** Lookups of the operator's Routes and Ingresses by namespace and name. */
export interface ManagedRoutes {
  routes: ObjectLookup<RouteObject>;
  ingresses: ObjectLookup<IngressObject>;
}

const selector = { matchLabels: { [LABEL_MANAGED_BY]: MANAGED_BY_VALUE } };

/**
 * Every Route and Ingress the Tempo Operator manages, in a namespace or in all namespaces, for the
 * list's Jaeger UI column. Data path: ONE list watch of Routes and ONE of Ingresses with the
 * selector `app.kubernetes.io/managed-by=tempo-operator`. Errors (no Route API, no permission)
 * leave the lookups empty: the column then shows no links rather than an error.
 */
export const useManagedRoutes = (namespace: string | undefined): ManagedRoutes => {
  const scope = namespace ? { namespace } : {};
  const [routes] = useWatch<RouteObject[]>({
    groupVersionKind: gvkOf(RouteModel),
    isList: true,
    selector,
    ...scope,
  });
  const [ingresses] = useWatch<IngressObject[]>({
    groupVersionKind: gvkOf(IngressModel),
    isList: true,
    selector,
    ...scope,
  });
  return useMemo(
    () => ({ routes: indexObjects(routes ?? []), ingresses: indexObjects(ingresses ?? []) }),
    [routes, ingresses],
  );
};
