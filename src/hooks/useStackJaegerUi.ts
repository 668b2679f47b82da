import { useWatch } from './useWatch';
import { useMemo } from 'react';
import { IngressModel, RouteModel, gvkOf } from '../k8s/models';
import { instanceMatchLabels } from '../tempostack/naming';
import { indexObjects, stackJaegerUi } from '../tempostack/stack-links';
import type { StackJaegerUi } from '../tempostack/stack-links';
import type { TempoStack } from '../tempostack/types';
import type { IngressObject, RouteObject } from './k8s-objects';

/**
 * The Jaeger UI link of one stack. Data path: the stack's Routes and Ingresses (same watches as
 * `useTempoStackObjects`, so the console shares them).
 */
export const useStackJaegerUi = (stack: TempoStack): StackJaegerUi => {
  const watch = {
    isList: true,
    namespace: stack.metadata.namespace,
    selector: { matchLabels: instanceMatchLabels(stack.metadata.name ?? '') },
  };
  const [routes] = useWatch<RouteObject[]>({
    ...watch,
    groupVersionKind: gvkOf(RouteModel),
  });
  const [ingresses] = useWatch<IngressObject[]>({
    ...watch,
    groupVersionKind: gvkOf(IngressModel),
  });
  return useMemo(
    () => stackJaegerUi(stack, indexObjects(routes ?? []), indexObjects(ingresses ?? [])),
    [stack, routes, ingresses],
  );
};
