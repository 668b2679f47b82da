/** `GET pods/<name>/log`: text, with `follow` streaming appended lines until the client or the pod goes. */
import type { ServerResponse } from 'node:http';
import type { RequestUser } from './api';
import type { Cluster } from './cluster';
import { boolParam, intParam } from './http-util';
import { renderLog } from './pod-logs';

/** Serves a pod's log. */
export async function serveLog(
  cluster: Cluster,
  res: ServerResponse,
  user: RequestUser,
  q: URLSearchParams,
  namespace: string,
  name: string,
): Promise<void> {
  const query = {
    container: q.get('container') || undefined,
    previous: boolParam(q, 'previous'),
    tailLines: intParam(q, 'tailLines'),
    sinceSeconds: intParam(q, 'sinceSeconds'),
    limitBytes: intParam(q, 'limitBytes'),
    timestamps: boolParam(q, 'timestamps'),
  };
  const { container, lines } = cluster.logs.read(namespace, name, query, user);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private' });
  res.write(renderLog(lines, query));
  if (!boolParam(q, 'follow') || query.previous) {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stops: (() => void)[] = [];
    const done = (): void => {
      for (const stop of stops) stop();
      res.end();
      resolve();
    };
    stops.push(
      cluster.logs.follow(namespace, name, container, (added) =>
        res.write(renderLog(added, { timestamps: query.timestamps })),
      ),
    );
    stops.push(
      cluster.core.store.subscribe((key, event) => {
        const m = event.object.metadata;
        if (
          key === 'pods' &&
          event.type === 'DELETED' &&
          m.name === name &&
          m.namespace === namespace
        )
          done();
      }),
    );
    res.on('close', done);
  });
}
