/**
 * The simulated scheduler and kubelet. A new pod is bound to a node (`Scheduled`), its claims
 * waited for, its containers pulled, created and started (`Pulled`, `Created`, `Started`), then
 * marked ready once their readiness probe would pass; Job pods run to completion. Faults from the
 * {@link FaultRegistry} make containers crash-loop (`CrashLoopBackOff`, `lastState.terminated`,
 * rising `restartCount`, previous logs), fail to pull their image, or never become ready
 * (`Unhealthy` events). Every container writes plausible log lines to the {@link LogBook}.
 */
import { ignoreNotFound } from './api-errors';
import type { Controller, ControllerContext } from './controller-context';
import { FaultRegistry } from './faults';
import { startInformer, type Informer } from './informer';
import { KubeletBase, type LogGenerator } from './kubelet-base';
import type { PersistentVolumeClaim, Pod } from './kube-types';
import type { LogBook } from './log-book';
import { fnv32a } from './objects';
import { newPodRuntime, type ContainerRuntime, type PodRuntime } from './pod-runtime';
import { REFS } from './refs';

export type { LogGenerator } from './kubelet-base';

/** Options of the kubelet. */
export interface KubeletOptions {
  logs: LogBook;
  faults?: FaultRegistry;
  /** Node names pods are spread over. */
  nodes?: string[];
  /** Tried before the built-in log line generators. */
  logGenerators?: LogGenerator[];
}

/** Default node names of the simulated cluster. */
export const DEFAULT_NODES = ['sim-worker-0', 'sim-worker-1', 'sim-worker-2'];

/** The scheduler + kubelet of the simulated cluster. */
export class Kubelet extends KubeletBase implements Controller {
  readonly name = 'kubelet';
  readonly faults: FaultRegistry;
  private informer: Informer | undefined;
  private readonly pulled = new Map<string, Set<string>>();
  private readonly nodes: string[];
  private placed = 0;
  private addresses = 0;

  constructor(ctx: ControllerContext, options: KubeletOptions) {
    super(ctx, options.logs, options.logGenerators);
    this.faults = options.faults ?? new FaultRegistry();
    this.nodes = options.nodes ?? DEFAULT_NODES;
  }

  async start(): Promise<void> {
    this.informer = startInformer<Pod>(this.ctx.api, REFS.pods, (type, pod) => {
      const uid = pod.metadata.uid ?? pod.metadata.name;
      if (type === 'DELETED') return this.forget(uid, false);
      this.pods.set(uid, pod);
      if (pod.metadata.deletionTimestamp) return this.terminate(pod);
      if (
        !this.runtimes.has(uid) &&
        pod.status?.phase !== 'Succeeded' &&
        pod.status?.phase !== 'Failed'
      ) {
        this.begin(pod);
      }
    });
    await this.informer.synced;
  }

  async idle(): Promise<void> {
    await Promise.all([...this.runtimes.values()].map((rt) => rt.writes));
  }

  async stop(): Promise<void> {
    this.informer?.stop();
    for (const rt of this.runtimes.values()) rt.cancels.forEach((cancel) => cancel());
    await this.idle();
  }

  private begin(pod: Pod): void {
    const digest = (image: string): string =>
      Array.from({ length: 8 }, (_, i) =>
        fnv32a(`${image}#${i}`).toString(16).padStart(8, '0'),
      ).join('');
    const rt = newPodRuntime(pod, this.faults.assign(pod), digest);
    this.runtimes.set(rt.uid, rt);
    this.later(
      rt,
      this.ctx.clock.timings.scheduleDelayMs,
      () => void this.bind(rt, pod.spec.nodeName),
    );
  }

  private async bind(rt: PodRuntime, existingNode: string | undefined): Promise<void> {
    const index = existingNode
      ? Math.max(0, this.nodes.indexOf(existingNode))
      : this.placed++ % this.nodes.length;
    const node = existingNode ?? this.nodes[index];
    if (!existingNode) {
      try {
        await this.ctx.api.patch(REFS.pods, rt.name, rt.namespace, 'merge', {
          spec: { nodeName: node },
        });
      } catch {
        return this.forget(rt.uid, false);
      }
      this.event(
        rt,
        'Normal',
        'Scheduled',
        `Successfully assigned ${rt.namespace}/${rt.name} to ${node}`,
      );
    }
    rt.node = node;
    rt.hostIP = `10.0.${index}.${10 + index}`;
    this.writeStatus(rt);
    this.later(rt, this.ctx.clock.timings.podStartDelayMs, () => void this.startPod(rt));
  }

  private async startPod(rt: PodRuntime): Promise<void> {
    const pod = this.pods.get(rt.uid);
    if (!pod) return;
    for (const volume of pod.spec.volumes ?? []) {
      const claim = (volume.persistentVolumeClaim as { claimName?: string } | undefined)?.claimName;
      if (!claim) continue;
      const pvc = await ignoreNotFound(() =>
        this.ctx.api.get<PersistentVolumeClaim>(REFS.persistentVolumeClaims, claim, rt.namespace),
      );
      if (pvc?.status?.phase !== 'Bound') {
        this.later(
          rt,
          Math.max(1, this.ctx.clock.timings.pvcBindDelayMs),
          () => void this.startPod(rt),
        );
        return;
      }
    }
    const n = (this.addresses += 1);
    rt.podIP = `10.128.${(this.nodes.indexOf(rt.node ?? '') * 2 + Math.floor(n / 250)) % 256}.${(n % 250) + 2}`;
    rt.startTime = this.ctx.clock.now();
    rt.containers.forEach((c) => this.startContainer(rt, c));
    this.updatePhase(rt);
    this.writeStatus(rt);
  }

  private updatePhase(rt: PodRuntime): void {
    if (rt.phase === 'Succeeded' || rt.phase === 'Failed') return;
    rt.phase = rt.containers.some(
      (c) => c.state.running || c.lastState.terminated || c.restartCount > 0,
    )
      ? 'Running'
      : 'Pending';
  }

  protected startContainer(rt: PodRuntime, c: ContainerRuntime): void {
    const { timings, clock } = { timings: this.ctx.clock.timings, clock: this.ctx.clock };
    const instance = (c.instance += 1);
    if (c.fault?.rule.kind === 'imagePull') return this.failPull(rt, c, instance);
    const images = this.pulled.get(rt.node ?? '') ?? new Set<string>();
    this.pulled.set(rt.node ?? '', images);
    if (images.has(c.image)) {
      this.event(
        rt,
        'Normal',
        'Pulled',
        `Container image "${c.image}" already present on machine`,
        c.name,
      );
    } else {
      images.add(c.image);
      const seconds = (1 + clock.random() * 4).toFixed(3);
      this.event(rt, 'Normal', 'Pulling', `Pulling image "${c.image}"`, c.name);
      this.event(
        rt,
        'Normal',
        'Pulled',
        `Successfully pulled image "${c.image}" in ${seconds}s (${seconds}s including waiting). Image size: ${40_000_000 + Math.floor(clock.random() * 80_000_000)} bytes.`,
        c.name,
      );
    }
    this.event(rt, 'Normal', 'Created', `Created container: ${c.name}`, c.name);
    this.event(rt, 'Normal', 'Started', `Started container ${c.name}`, c.name);
    c.containerID = `cri-o://${clock.randomHex(64)}`;
    c.state = { running: { startedAt: clock.now() } };
    c.started = true;
    this.log(rt, c, 'start');
    const pod = this.pods.get(rt.uid);
    const kind = c.fault?.rule.kind;
    if (kind === 'neverReady') {
      this.later(rt, timings.podReadyDelayMs, () => this.failReadiness(rt, c, instance, true));
    } else if (c.hasReadinessProbe) {
      this.later(rt, timings.podReadyDelayMs, () => {
        if (c.instance !== instance || !c.state.running) return;
        c.ready = true;
        this.log(rt, c, 'ready');
        this.writeStatus(rt);
      });
    } else if (!c.fault?.rule.crashBeforeReady) {
      c.ready = true;
    }
    if (kind === 'crashLoop') {
      const after = c.fault?.rule.crashBeforeReady
        ? Math.max(1, Math.floor(timings.podReadyDelayMs / 2))
        : timings.crashAfterMs;
      this.later(rt, after, () => this.crash(rt, c, instance));
    }
    if (pod?.spec.restartPolicy && pod.spec.restartPolicy !== 'Always' && kind !== 'crashLoop') {
      this.later(rt, timings.jobRunMs, () => this.complete(rt, c, instance));
    }
  }

  private terminate(pod: Pod): void {
    const uid = pod.metadata.uid ?? pod.metadata.name;
    const rt = this.runtimes.get(uid);
    if (!rt || rt.deleted) return;
    this.forget(uid, true);
    if (!pod.metadata.finalizers?.length) {
      void ignoreNotFound(() =>
        this.ctx.api.delete(REFS.pods, pod.metadata.name, pod.metadata.namespace),
      ).catch(() => undefined);
    }
  }

  protected forget(uid: string, graceful: boolean): void {
    const rt = this.runtimes.get(uid);
    this.faults.release(uid);
    if (!rt) return void this.pods.delete(uid);
    if (!rt.deleted) {
      rt.cancels.forEach((cancel) => cancel());
      rt.cancels.clear();
      for (const c of rt.containers) {
        if (c.state.running)
          this.event(rt, 'Normal', 'Killing', `Stopping container ${c.name}`, c.name);
      }
      rt.deleted = true;
    }
    if (!graceful) {
      this.runtimes.delete(uid);
      this.pods.delete(uid);
      this.logBook.forgetPod(rt.namespace, rt.name);
    }
  }
}
