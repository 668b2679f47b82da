/**
 * Finds a TempoStack's Route or Ingress among watched objects and turns it into the Jaeger UI link
 * (`jaegerUiUrl`). Used by the list (one watch of every operator-managed Route and Ingress) and by
 * the dashboard (the instance's own watches).
 */
import { isGatewayEnabled } from './effective-spec';
import { jaegerUiUrl } from './endpoints';
import type { IngressLike, JaegerUiLink, RouteLike } from './endpoints';
import { LABEL_INSTANCE, objectName } from './naming';
import type { TempoStack } from './types';

/** The metadata an operator-managed object is matched by. */
export interface ManagedObjectLike {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
}

/** Looks an object up by namespace and name. */
export type ObjectLookup<T> = (namespace: string, name: string) => T | undefined;

/** An index of objects by `namespace/name`, for O(1) lookups in a list of many stacks. */
export function indexObjects<T extends ManagedObjectLike>(objects: readonly T[]): ObjectLookup<T> {
  const byKey = new Map<string, T>();
  for (const object of objects) {
    byKey.set(`${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`, object);
  }
  return (namespace, name) => byKey.get(`${namespace}/${name}`);
}

/** Name of the Route / Ingress that serves the Jaeger UI: the gateway's or the query-frontend's. */
export function jaegerUiObjectName(stack: TempoStack): string {
  return objectName(
    stack.metadata.name ?? '',
    isGatewayEnabled(stack) ? 'gateway' : 'query-frontend',
  );
}

/** The object of that name in the stack's namespace, if it carries the stack's instance label. */
function ownObject<T extends ManagedObjectLike>(
  stack: TempoStack,
  lookup: ObjectLookup<T>,
): T | undefined {
  const object = lookup(stack.metadata.namespace ?? '', jaegerUiObjectName(stack));
  return object?.metadata?.labels?.[LABEL_INSTANCE] === stack.metadata.name ? object : undefined;
}

/** The stack's Jaeger UI exposure: the link (if any) and the Route or Ingress behind it. */
export interface StackJaegerUi {
  link?: JaegerUiLink;
  route?: RouteLike & ManagedObjectLike;
  ingress?: IngressLike & ManagedObjectLike;
}

/**
 * The Jaeger UI link of a stack from its Route (`tempo-NAME-query-frontend`, or
 * `tempo-NAME-gateway` with the gateway) or Ingress of the same name, matched by namespace, name
 * and the `app.kubernetes.io/instance` label. The URL has passed `safeHttpUrl`.
 */
export function stackJaegerUi(
  stack: TempoStack,
  routes: ObjectLookup<RouteLike & ManagedObjectLike>,
  ingresses: ObjectLookup<IngressLike & ManagedObjectLike>,
): StackJaegerUi {
  const route = ownObject(stack, routes);
  const ingress = ownObject(stack, ingresses);
  const link = jaegerUiUrl(stack, route, ingress);
  return {
    ...(link ? { link } : {}),
    ...(route ? { route } : {}),
    ...(ingress ? { ingress } : {}),
  };
}
