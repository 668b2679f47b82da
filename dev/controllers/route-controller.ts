/**
 * What OpenShift's route API and router do for Routes and Ingresses in the simulated cluster: a
 * Route without `spec.host` gets `<name>-<namespace>.<apps domain>` (the API server's host
 * allocation), and every Route is admitted by the default router (`status.ingress[]` with
 * `Admitted=True`); Ingresses get the router's canonical hostname in `status.loadBalancer`.
 */
import type { KubeObject } from '../cluster/api';
import { ignoreNotFound } from './api-errors';
import type { Controller, ControllerContext } from './controller-context';
import { startInformer, type Informer } from './informer';
import { deepEqual, objectKey, splitKey } from './objects';
import { REFS } from './refs';
import { WorkQueue } from './work-queue';

/** Options of the route controller. */
export interface RouteControllerOptions {
  /** The cluster's apps domain (default `apps.sim.example.com`). */
  appsDomain?: string;
}

/** Route host allocation and admission, Ingress status. */
export class RouteController implements Controller {
  readonly name = 'route-controller';
  private readonly routes: WorkQueue;
  private readonly ingresses: WorkQueue;
  private informers: Informer[] = [];
  private readonly domain: string;

  constructor(
    private readonly ctx: ControllerContext,
    options: RouteControllerOptions = {},
  ) {
    this.domain = options.appsDomain ?? 'apps.sim.example.com';
    this.routes = new WorkQueue((key) => this.syncRoute(key), ctx.queue);
    this.ingresses = new WorkQueue((key) => this.syncIngress(key), ctx.queue);
  }

  async start(): Promise<void> {
    this.informers = [
      startInformer(
        this.ctx.api,
        REFS.routes,
        (t, o) => t !== 'DELETED' && this.routes.add(objectKey(o)),
      ),
      startInformer(
        this.ctx.api,
        REFS.ingresses,
        (t, o) => t !== 'DELETED' && this.ingresses.add(objectKey(o)),
      ),
    ];
    await Promise.all(this.informers.map((i) => i.synced));
  }

  async idle(): Promise<void> {
    await Promise.all([this.routes.idle(), this.ingresses.idle()]);
  }

  async stop(): Promise<void> {
    this.informers.forEach((i) => i.stop());
    await Promise.all([this.routes.stop(), this.ingresses.stop()]);
  }

  private async syncRoute(key: string): Promise<void> {
    const { api, clock } = this.ctx;
    const { namespace, name } = splitKey(key);
    const route = await ignoreNotFound(() =>
      api.get<KubeObject & { spec?: Record<string, unknown> }>(REFS.routes, name, namespace),
    );
    if (!route || route.metadata.deletionTimestamp) return;
    let host = route.spec?.host as string | undefined;
    if (!host) {
      host = `${name}-${namespace}.${this.domain}`;
      await api.patch(REFS.routes, name, namespace, 'merge', { spec: { host } });
      return; // The update triggers the admission pass.
    }
    const previous = ((
      route.status as
        | { ingress?: { host?: string; conditions?: { lastTransitionTime?: string }[] }[] }
        | undefined
    )?.ingress ?? [])[0];
    const ingress = [
      {
        host,
        routerName: 'default',
        routerCanonicalHostname: `router-default.${this.domain}`,
        wildcardPolicy: (route.spec?.wildcardPolicy as string | undefined) ?? 'None',
        conditions: [
          {
            type: 'Admitted',
            status: 'True',
            lastTransitionTime:
              previous?.host === host
                ? (previous.conditions?.[0]?.lastTransitionTime ?? clock.now())
                : clock.now(),
          },
        ],
      },
    ];
    if (deepEqual(ingress, (route.status as { ingress?: unknown } | undefined)?.ingress)) return;
    await api.patch(
      REFS.routes,
      name,
      namespace,
      'merge',
      { status: { ingress } },
      { subresource: 'status' },
    );
  }

  private async syncIngress(key: string): Promise<void> {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const ingress = await ignoreNotFound(() => api.get(REFS.ingresses, name, namespace));
    if (!ingress || ingress.metadata.deletionTimestamp) return;
    const loadBalancer = { ingress: [{ hostname: `router-default.${this.domain}` }] };
    if (
      deepEqual(
        loadBalancer,
        (ingress.status as { loadBalancer?: unknown } | undefined)?.loadBalancer,
      )
    )
      return;
    await api.patch(
      REFS.ingresses,
      name,
      namespace,
      'merge',
      { status: { loadBalancer } },
      { subresource: 'status' },
    );
  }
}
