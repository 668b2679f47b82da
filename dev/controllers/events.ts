/**
 * Records core/v1 Events the way Kubernetes' event recorder does: one Event per involved object,
 * type, reason, message and source; repeats increment `count` and move `lastTimestamp` instead of
 * creating new objects. Recording is best effort (failures are ignored, as in client-go).
 */
import type { ClusterApi, KubeObject } from '../cluster/api';
import { REFS } from './refs';
import type { SimClock } from './sim-clock';

/** Who emits an event (`source` / `reportingComponent`). */
export interface EventSource {
  component: string;
  host?: string;
}

/** What an event is about. */
export interface InvolvedObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

/** The reference to `object` an event carries, optionally to one container (`fieldPath`). */
export const involvedObjectOf = (object: KubeObject, fieldPath?: string): InvolvedObject => ({
  apiVersion: object.apiVersion,
  kind: object.kind,
  name: object.metadata.name,
  ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
  ...(object.metadata.uid ? { uid: object.metadata.uid } : {}),
  ...(object.metadata.resourceVersion ? { resourceVersion: object.metadata.resourceVersion } : {}),
  ...(fieldPath ? { fieldPath } : {}),
});

interface Aggregate {
  name: string;
  namespace: string;
  count: number;
  chain: Promise<void>;
}

/** Writes and aggregates Events. */
export class EventRecorder {
  private readonly aggregates = new Map<string, Aggregate>();

  constructor(
    private readonly api: ClusterApi,
    private readonly clock: SimClock,
  ) {}

  /** Records an event about `object` (a stored object or a reference to one). */
  record(
    object: KubeObject | InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: EventSource,
    fieldPath?: string,
  ): Promise<void> {
    const involved =
      'metadata' in object ? involvedObjectOf(object, fieldPath) : { ...object, fieldPath };
    if (!fieldPath) delete involved.fieldPath;
    const namespace = involved.namespace ?? 'default';
    const key = [
      namespace,
      involved.kind,
      involved.name,
      involved.uid,
      involved.fieldPath,
      type,
      reason,
      message,
      source.component,
      source.host,
    ].join('\u0000');
    let aggregate = this.aggregates.get(key);
    if (!aggregate) {
      const stamp = (BigInt(Date.now()) * 1_000_000n + BigInt(this.aggregates.size)).toString(16);
      aggregate = {
        name: `${involved.name}.${stamp}`,
        namespace,
        count: 0,
        chain: Promise.resolve(),
      };
      this.aggregates.set(key, aggregate);
    }
    const entry = aggregate;
    entry.chain = entry.chain
      .then(() => this.write(entry, involved, type, reason, message, source))
      .catch(() => undefined);
    return entry.chain;
  }

  private async write(
    entry: Aggregate,
    involved: InvolvedObject,
    type: string,
    reason: string,
    message: string,
    source: EventSource,
  ): Promise<void> {
    const now = this.clock.now();
    entry.count += 1;
    if (entry.count > 1) {
      try {
        await this.api.patch(REFS.events, entry.name, entry.namespace, 'merge', {
          count: entry.count,
          lastTimestamp: now,
        });
        return;
      } catch {
        // Deleted meanwhile (namespace gone, TTL): record it anew.
        entry.count = 1;
      }
    }
    await this.api.create(REFS.events, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: entry.name, namespace: entry.namespace },
      involvedObject: involved,
      reason,
      message,
      type,
      source: source.host
        ? { component: source.component, host: source.host }
        : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    });
  }

  /** Resolves when every event recorded so far has been written. */
  async flush(): Promise<void> {
    await Promise.all([...this.aggregates.values()].map((entry) => entry.chain));
  }
}
