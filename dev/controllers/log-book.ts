/**
 * Container logs of the simulated world. The kubelet and the operator append lines here; every
 * change is written through to the cluster's pod log store (what `kubectl logs` and the console's
 * log viewer read), current and previous (`--previous`) logs apart.
 */

/** The pod log store of the simulated cluster (provided by the API server). */
export interface PodLogStore {
  setPodLog(
    namespace: string,
    pod: string,
    container: string,
    lines: string[],
    options?: { previous?: boolean },
  ): void;
  /** Appends to the current log (streams to `follow` readers); `setPodLog` is used without it. */
  appendPodLog?(namespace: string, pod: string, container: string, lines: string[]): void;
}

/** At most this many lines are kept per container log. */
const MAX_LINES = 2000;

interface ContainerLogs {
  current: string[];
  previous?: string[];
}

/** Per-container logs with write-through to the cluster's log store. */
export class LogBook {
  private readonly logs = new Map<string, ContainerLogs>();

  constructor(private readonly store?: PodLogStore) {}

  private entry(namespace: string, pod: string, container: string): ContainerLogs {
    const key = `${namespace}/${pod}/${container}`;
    let entry = this.logs.get(key);
    if (!entry) {
      entry = { current: [] };
      this.logs.set(key, entry);
    }
    return entry;
  }

  /** Appends lines to the current log of a container. */
  append(namespace: string, pod: string, container: string, lines: string[]): void {
    if (lines.length === 0) return;
    const entry = this.entry(namespace, pod, container);
    entry.current.push(...lines);
    if (entry.current.length > MAX_LINES) entry.current.splice(0, entry.current.length - MAX_LINES);
    if (this.store?.appendPodLog) this.store.appendPodLog(namespace, pod, container, lines);
    else this.store?.setPodLog(namespace, pod, container, [...entry.current]);
  }

  /** A container restarted: the current log becomes the previous one and a new one starts. */
  rotate(namespace: string, pod: string, container: string): void {
    const entry = this.entry(namespace, pod, container);
    entry.previous = entry.current;
    entry.current = [];
    this.store?.setPodLog(namespace, pod, container, [...entry.previous], { previous: true });
    this.store?.setPodLog(namespace, pod, container, []);
  }

  /** The current (or previous) log lines of a container. */
  lines(namespace: string, pod: string, container: string, previous = false): string[] {
    const entry = this.logs.get(`${namespace}/${pod}/${container}`);
    return [...((previous ? entry?.previous : entry?.current) ?? [])];
  }

  /** Forgets the logs of a deleted pod. */
  forgetPod(namespace: string, pod: string): void {
    const prefix = `${namespace}/${pod}/`;
    for (const key of this.logs.keys()) if (key.startsWith(prefix)) this.logs.delete(key);
  }
}
