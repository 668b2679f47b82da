/**
 * The parts of the simulated kubelet shared by its lifecycle code: tracked timers per pod, events
 * from the scheduler and kubelet, container log lines, serialised status writes, and the fault
 * behaviours (failing readiness probes, crash loops with back-off, image pull failures) and Job
 * completion.
 */
import { isNotFound } from './api-errors';
import { containerLogLines, type LogContext, type LogMoment } from './container-logs';
import type { ControllerContext } from './controller-context';
import type { InvolvedObject } from './events';
import type { Pod } from './kube-types';
import type { LogBook } from './log-book';
import { podStatus, type ContainerRuntime, type PodRuntime } from './pod-runtime';
import { REFS } from './refs';

/** Produces log lines for containers the built-in generators do not know (e.g. the operator). */
export type LogGenerator = (ctx: LogContext, moment: LogMoment) => string[] | undefined;

/** Timers, events, logs, status writes and fault behaviours of the kubelet. */
export abstract class KubeletBase {
  protected readonly runtimes = new Map<string, PodRuntime>();
  protected readonly pods = new Map<string, Pod>();

  constructor(
    protected readonly ctx: ControllerContext,
    protected readonly logBook: LogBook,
    protected readonly logGenerators: LogGenerator[] = [],
  ) {}

  /** (Re)starts a container of a pod. */
  protected abstract startContainer(rt: PodRuntime, c: ContainerRuntime): void;

  /** Drops a pod's runtime (and cancels its timers). */
  protected abstract forget(uid: string, graceful: boolean): void;

  protected later(rt: PodRuntime, delayMs: number, fn: () => void): void {
    const cancel = this.ctx.clock.after(delayMs, () => {
      rt.cancels.delete(cancel);
      if (!rt.deleted) fn();
    });
    rt.cancels.add(cancel);
  }

  protected involved(rt: PodRuntime): InvolvedObject {
    return { apiVersion: 'v1', kind: 'Pod', name: rt.name, namespace: rt.namespace, uid: rt.uid };
  }

  protected event(
    rt: PodRuntime,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    container?: string,
  ): void {
    const source = rt.node
      ? { component: 'kubelet', host: rt.node }
      : { component: 'default-scheduler' };
    void this.ctx.recorder.record(
      this.involved(rt),
      type,
      reason,
      message,
      source,
      container ? `spec.containers{${container}}` : undefined,
    );
  }

  protected log(rt: PodRuntime, c: ContainerRuntime, moment: LogMoment): void {
    const pod = this.pods.get(rt.uid);
    const container = pod?.spec.containers.find((x) => x.name === c.name);
    if (!pod || !container) return;
    const ctx = { pod, container, at: new Date() };
    const lines =
      this.logGenerators.map((g) => g(ctx, moment)).find((l) => l !== undefined) ??
      containerLogLines(ctx, moment);
    this.logBook.append(rt.namespace, rt.name, c.name, lines);
  }

  protected writeStatus(rt: PodRuntime): void {
    rt.writes = rt.writes.then(async () => {
      const pod = this.pods.get(rt.uid);
      if (!pod || rt.deleted) return;
      const status = podStatus(pod, rt, this.ctx.clock.now());
      try {
        await this.ctx.api.patch(
          REFS.pods,
          rt.name,
          rt.namespace,
          'merge',
          { status },
          { subresource: 'status' },
        );
      } catch (error) {
        if (isNotFound(error)) this.forget(rt.uid, false);
      }
    });
  }

  protected failReadiness(
    rt: PodRuntime,
    c: ContainerRuntime,
    instance: number,
    first: boolean,
  ): void {
    if (c.instance !== instance) return;
    if (first) this.log(rt, c, 'not-ready');
    this.event(
      rt,
      'Warning',
      'Unhealthy',
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
      c.name,
    );
    this.later(rt, this.ctx.clock.timings.probePeriodMs, () =>
      this.failReadiness(rt, c, instance, false),
    );
  }

  protected nextBackoff(c: ContainerRuntime): number {
    const { backoffBaseMs, backoffMaxMs } = this.ctx.clock.timings;
    c.backoffMs = Math.min(backoffMaxMs, c.backoffMs === 0 ? backoffBaseMs : c.backoffMs * 2);
    return c.backoffMs;
  }

  protected crash(rt: PodRuntime, c: ContainerRuntime, instance: number): void {
    if (c.instance !== instance) return;
    const oom = c.fault?.rule.reason === 'OOMKilled';
    this.log(rt, c, oom ? 'crash-oom' : 'crash-error');
    const terminated = {
      exitCode: oom ? 137 : 1,
      reason: oom ? 'OOMKilled' : 'Error',
      startedAt: c.state.running?.startedAt,
      finishedAt: this.ctx.clock.now(),
      containerID: c.containerID,
    };
    c.ready = false;
    c.started = false;
    const pod = this.pods.get(rt.uid);
    if (pod?.spec.restartPolicy === 'Never') {
      c.state = { terminated };
      rt.phase = 'Failed';
      return this.writeStatus(rt);
    }
    c.lastState = { terminated };
    c.restartCount += 1;
    const backoff = this.nextBackoff(c);
    c.state = {
      waiting: {
        reason: 'CrashLoopBackOff',
        message: `back-off ${Math.round(backoff / 1000)}s restarting failed container=${c.name} pod=${rt.name}_${rt.namespace}(${rt.uid})`,
      },
    };
    this.writeStatus(rt);
    this.event(
      rt,
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${c.name} in pod ${rt.name}_${rt.namespace}(${rt.uid})`,
      c.name,
    );
    this.later(rt, backoff, () => {
      this.logBook.rotate(rt.namespace, rt.name, c.name);
      this.startContainer(rt, c);
      this.writeStatus(rt);
    });
  }

  protected failPull(rt: PodRuntime, c: ContainerRuntime, instance: number): void {
    if (c.instance !== instance) return;
    const reference = c.image.includes('/') ? c.image : `docker.io/library/${c.image}`;
    const message = `initializing source docker://${reference}: reading manifest ${c.image.split(':').pop() ?? 'latest'} in ${reference.replace(/:[^:/]*$/, '')}: manifest unknown`;
    this.event(rt, 'Normal', 'Pulling', `Pulling image "${c.image}"`, c.name);
    this.event(rt, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${message}`, c.name);
    this.event(rt, 'Warning', 'Failed', 'Error: ErrImagePull', c.name);
    c.state = { waiting: { reason: 'ErrImagePull', message } };
    this.writeStatus(rt);
    const backoff = this.nextBackoff(c);
    this.later(rt, Math.max(1, Math.round(backoff / 2)), () => {
      if (c.instance !== instance) return;
      c.state = {
        waiting: {
          reason: 'ImagePullBackOff',
          message: `Back-off pulling image "${c.image}": ErrImagePull: ${message}`,
        },
      };
      this.event(rt, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, c.name);
      this.event(rt, 'Warning', 'Failed', 'Error: ImagePullBackOff', c.name);
      this.writeStatus(rt);
      this.later(rt, backoff, () => this.failPull(rt, c, instance));
    });
  }

  protected complete(rt: PodRuntime, c: ContainerRuntime, instance: number): void {
    if (c.instance !== instance) return;
    this.log(rt, c, 'completed');
    c.ready = false;
    c.started = false;
    c.state = {
      terminated: {
        exitCode: 0,
        reason: 'Completed',
        startedAt: c.state.running?.startedAt,
        finishedAt: this.ctx.clock.now(),
        containerID: c.containerID,
      },
    };
    if (rt.containers.every((x) => x.state.terminated?.reason === 'Completed'))
      rt.phase = 'Succeeded';
    this.writeStatus(rt);
  }
}
