/**
 * Container logs, as the kubelet would serve them through `pods/log`: written by whoever simulates
 * the pods (`setPodLog`, `appendPodLog`), read with `container`, `previous`, `tailLines`,
 * `sinceSeconds`, `limitBytes`, `timestamps` and `follow`.
 */
import type { KubeObject, RequestUser } from './api';
import type { ClusterCore } from './core';
import { badRequest, notFound } from './errors';
import { getRecord, getString, isRecord } from './json-util';

/** One log line with the time it was written. */
export interface LogLine {
  time: string;
  text: string;
}

/** The parameters of a log request. */
export interface LogQuery {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  limitBytes?: number;
  timestamps?: boolean;
}

function logKey(ns: string, pod: string, container: string, previous: boolean): string {
  return `${ns}/${pod}/${container}/${previous ? 'previous' : 'current'}`;
}

/** The log store. */
export class PodLogs {
  private readonly logs = new Map<string, LogLine[]>();
  private readonly followers = new Map<string, Set<(lines: LogLine[]) => void>>();

  constructor(private readonly core: ClusterCore) {
    core.store.subscribe((key, event) => {
      if (key === 'pods' && event.type === 'DELETED') {
        const prefix = `${event.object.metadata.namespace ?? ''}/${event.object.metadata.name}/`;
        for (const k of [...this.logs.keys()]) if (k.startsWith(prefix)) this.logs.delete(k);
      }
    });
  }

  /** Replaces a container's log (or its previous instance's log). */
  set(
    ns: string,
    pod: string,
    container: string,
    lines: string[],
    options: { previous?: boolean } = {},
  ): void {
    const time = this.core.clock().toISOString();
    this.logs.set(
      logKey(ns, pod, container, options.previous ?? false),
      lines.map((text) => ({ time, text })),
    );
  }

  /** Appends lines to a container's current log; followers receive them. */
  append(ns: string, pod: string, container: string, lines: string[]): void {
    const key = logKey(ns, pod, container, false);
    const time = this.core.clock().toISOString();
    const added = lines.map((text) => ({ time, text }));
    this.logs.set(key, [...(this.logs.get(key) ?? []), ...added]);
    for (const f of this.followers.get(key) ?? []) f(added);
  }

  /** Subscribes to appended lines; returns the unsubscribe function. */
  follow(
    ns: string,
    pod: string,
    container: string,
    listener: (lines: LogLine[]) => void,
  ): () => void {
    const key = logKey(ns, pod, container, false);
    let set = this.followers.get(key);
    if (!set) {
      set = new Set();
      this.followers.set(key, set);
    }
    set.add(listener);
    return () => set?.delete(listener);
  }

  private lines(
    ns: string,
    pod: string,
    container: string,
    previous: boolean,
  ): LogLine[] | undefined {
    return this.logs.get(logKey(ns, pod, container, previous));
  }

  /**
   * Resolves the container and returns the selected lines, with the kubelet's errors: a container
   * must be named when the pod has several, it must exist, a previous instance must have run.
   */
  read(
    ns: string,
    name: string,
    query: LogQuery,
    user?: RequestUser,
  ): { container: string; lines: LogLine[] } {
    this.core.authorize(user, {
      verb: 'get',
      group: '',
      resource: 'pods',
      subresource: 'log',
      namespace: ns,
      name,
    });
    const pod = this.core.store.get('pods', ns, name);
    if (!pod) throw notFound({ group: '', resource: 'pods' }, name);
    const container = this.resolveContainer(pod, query.container);
    const previous = query.previous ?? false;
    let lines = this.lines(ns, name, container, previous);
    if (!lines && previous)
      throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
    if (!lines) {
      const waiting = this.waitingReason(pod, container);
      if (waiting)
        throw badRequest(
          `container "${container}" in pod "${name}" is waiting to start: ${waiting}`,
        );
      lines = [];
    }
    return { container, lines: this.select(lines, query) };
  }

  private resolveContainer(pod: KubeObject, requested: string | undefined): string {
    const spec = getRecord(pod, 'spec') ?? {};
    const names = (key: string): string[] =>
      (Array.isArray(spec[key]) ? (spec[key] as unknown[]) : []).map(
        (c) => getString(c, 'name') ?? '',
      );
    const containers = names('containers');
    const init = names('initContainers');
    const name = pod.metadata.name;
    if (requested) {
      if (!containers.includes(requested) && !init.includes(requested)) {
        throw badRequest(`container ${requested} is not valid for pod ${name}`);
      }
      return requested;
    }
    const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
    if (annotated && containers.includes(annotated)) return annotated;
    if (containers.length === 1) return containers[0];
    const initText = init.length ? ` or one of the init containers: [${init.join(' ')}]` : '';
    throw badRequest(
      `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]${initText}`,
    );
  }

  private waitingReason(pod: KubeObject, container: string): string | undefined {
    const statuses = getRecord(pod, 'status')?.containerStatuses;
    if (!Array.isArray(statuses)) return undefined;
    const status: unknown = statuses.find((s) => getString(s, 'name') === container);
    const waiting = isRecord(status) ? getRecord(getRecord(status, 'state'), 'waiting') : undefined;
    return waiting ? (getString(waiting, 'reason') ?? 'ContainerCreating') : undefined;
  }

  private select(lines: LogLine[], query: LogQuery): LogLine[] {
    let result = lines;
    if (query.sinceSeconds !== undefined) {
      const since = this.core.clock().getTime() - query.sinceSeconds * 1000;
      result = result.filter((l) => Date.parse(l.time) >= since);
    }
    if (query.tailLines !== undefined)
      result = query.tailLines <= 0 ? [] : result.slice(-query.tailLines);
    return result;
  }
}

/** Renders lines as the log endpoint's text body. */
export function renderLog(lines: LogLine[], query: LogQuery): string {
  let text = lines
    .map(
      (l) =>
        `${query.timestamps ? `${l.time.replace(/\.(\d{3})Z$/, '.$1000000Z')} ` : ''}${l.text}\n`,
    )
    .join('');
  if (query.limitBytes !== undefined && query.limitBytes >= 0) {
    text = Buffer.from(text, 'utf8').subarray(0, query.limitBytes).toString('utf8');
  }
  return text;
}
