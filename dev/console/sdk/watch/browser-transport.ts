import { consoleFetchJSON } from '../http/console-fetch';
import { basePath } from '../server-flags';
import { resourceURL } from '../k8s/resource-url';
import type { ListResult, WatchTransport } from './watch-manager';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

const wsURL = (path: string) =>
  `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${path}`;

/** Lists with `consoleFetch` and watches over a WebSocket through the host's API proxy. */
export const browserTransport: WatchTransport = {
  list: (model, ns, params) =>
    consoleFetchJSON(
      resourceURL(model, { ns, queryParams: params }, basePath()),
    ) as Promise<ListResult>,
  get: (model, name, ns) =>
    consoleFetchJSON(
      resourceURL(model, { ns, name }, basePath()),
    ) as Promise<SDK.K8sResourceCommon>,
  openWatch: (model, ns, params, handlers) => {
    const socket = new WebSocket(
      wsURL(resourceURL(model, { ns, queryParams: params }, basePath())),
    );
    socket.onopen = () => handlers.onOpen();
    socket.onmessage = (event: MessageEvent<string>) => handlers.onMessage(String(event.data));
    socket.onclose = (event) => handlers.onClose(event.code);
    return {
      close: () => {
        socket.onopen = null;
        socket.onmessage = null;
        socket.onclose = null;
        socket.close();
      },
    };
  },
};
