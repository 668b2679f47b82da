/**
 * Fault injection for the simulated kubelet: rules that make containers of matching pods
 * crash-loop (exit `Error` or `OOMKilled`), fail to pull their image, or never pass their readiness
 * probe. A rule applies to pods the kubelet starts after it was added; `maxPods` limits how many
 * live pods it affects at once (e.g. one of two querier replicas).
 */
import { matchesLabels } from './objects';
import type { Pod } from './kube-types';

/** What goes wrong. */
export type FaultKind = 'crashLoop' | 'imagePull' | 'neverReady';

/** A fault and the pods it applies to. */
export interface FaultRule {
  /** Identifies the rule for {@link FaultRegistry.remove}; generated when absent. */
  id?: string;
  kind: FaultKind;
  /** Only pods in this namespace. */
  namespace?: string;
  /** Only pods carrying all these labels. */
  labels?: Record<string, string>;
  /** Only pods whose name starts with this. */
  podNamePrefix?: string;
  /** The affected container; default: the pod's first container. */
  container?: string;
  /** For `crashLoop`: how the container terminates (default `Error`). */
  reason?: 'Error' | 'OOMKilled';
  /**
   * For `crashLoop`: the container dies before its readiness probe ever passes (at half the
   * readiness delay) instead of after `crashAfterMs`; the pod then never becomes ready.
   */
  crashBeforeReady?: boolean;
  /** Affect at most this many live pods at once. */
  maxPods?: number;
}

/** The fault assigned to one container of one pod. */
export interface ContainerFault {
  rule: FaultRule;
  container: string;
}

/** The set of active fault rules and which pods they were assigned to. */
export class FaultRegistry {
  private readonly rules: FaultRule[] = [];
  private readonly assigned = new Map<string, Set<string>>();
  private counter = 0;

  constructor(rules: FaultRule[] = []) {
    rules.forEach((rule) => this.add(rule));
  }

  /** Adds a rule; returns its id. */
  add(rule: FaultRule): string {
    const id = rule.id ?? `fault-${(this.counter += 1)}`;
    this.rules.push({ ...rule, id });
    this.assigned.set(id, new Set());
    return id;
  }

  /** Removes a rule (pods already affected keep their fault until they are replaced). */
  remove(id: string): void {
    const index = this.rules.findIndex((rule) => rule.id === id);
    if (index >= 0) this.rules.splice(index, 1);
    this.assigned.delete(id);
  }

  /** The active rules. */
  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** Decides the faults of a pod the kubelet starts (at most one per container). */
  assign(pod: Pod): ContainerFault[] {
    const uid = pod.metadata.uid ?? pod.metadata.name;
    const faults: ContainerFault[] = [];
    for (const rule of this.rules) {
      if (rule.namespace && rule.namespace !== pod.metadata.namespace) continue;
      if (rule.podNamePrefix && !pod.metadata.name.startsWith(rule.podNamePrefix)) continue;
      if (!matchesLabels(pod.metadata.labels, rule.labels)) continue;
      const pods = this.assigned.get(rule.id as string) as Set<string>;
      if (rule.maxPods !== undefined && pods.size >= rule.maxPods) continue;
      const container = rule.container ?? pod.spec.containers[0]?.name;
      if (!container || !pod.spec.containers.some((c) => c.name === container)) continue;
      if (faults.some((f) => f.container === container)) continue;
      pods.add(uid);
      faults.push({ rule, container });
    }
    return faults;
  }

  /** A pod is gone: it no longer counts against `maxPods`. */
  release(podUid: string): void {
    for (const pods of this.assigned.values()) pods.delete(podUid);
  }
}
