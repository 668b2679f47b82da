/**
 * The Job controller: runs `completions` pods (`<job>-<5 random characters>`, labels
 * `batch.kubernetes.io/job-name`, `job-name`, `batch.kubernetes.io/controller-uid`,
 * `controller-uid`), `parallelism` at a time, retries failed pods up to `backoffLimit`, and writes
 * `active`, `ready`, `succeeded`, `failed`, `startTime`, `completionTime` and the `Complete` /
 * `Failed` conditions (with `SuccessCriteriaMet` / `FailureTarget`, as Kubernetes 1.31+).
 */
import { ignoreNotFound } from './api-errors';
import type { ControllerContext } from './controller-context';
import { OwnerController } from './owner-controller';
import { isPodReady, type Job, type KubeCondition, type Pod } from './kube-types';
import {
  controllerOf,
  controllerRef,
  deepEqual,
  omitZero,
  replacingPatch,
  splitKey,
} from './objects';
import { podFromTemplate } from './pod-factory';
import { REFS } from './refs';

const SOURCE = { component: 'job-controller' };

/** The Job controller. */
export class JobController extends OwnerController {
  constructor(ctx: ControllerContext) {
    super('job-controller', ctx, REFS.jobs, REFS.pods, 'Job');
  }

  protected async sync(key: string): Promise<void> {
    const { api, recorder, clock } = this.ctx;
    const { namespace, name } = splitKey(key);
    const job = await ignoreNotFound(() => api.get<Job>(REFS.jobs, name, namespace));
    if (!job || job.metadata.deletionTimestamp) return;
    const conditions = (job.status?.conditions ?? []) as KubeCondition[];
    const finished = conditions.some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    const pods = (
      await api.list<Pod>(REFS.pods, {
        namespace,
        labelSelector: `batch.kubernetes.io/job-name=${name}`,
      })
    ).items.filter((pod) => controllerOf(pod)?.uid === job.metadata.uid);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
    const active = pods.filter(
      (p) =>
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed' &&
        !p.metadata.deletionTimestamp,
    );
    const completions = job.spec.completions ?? 1;
    const parallelism = job.spec.parallelism ?? 1;
    const backoffLimit = job.spec.backoffLimit ?? 6;
    const now = clock.now();
    const status: Record<string, unknown> = {
      startTime: job.status?.startTime ?? now,
      ...omitZero({
        active: finished ? 0 : active.length,
        ready: active.filter(isPodReady).length,
        succeeded,
        failed,
      }),
      terminating: 0,
      uncountedTerminatedPods: {},
      ...(job.status?.completionTime ? { completionTime: job.status.completionTime } : {}),
      ...(conditions.length > 0 ? { conditions } : {}),
    };
    if (!finished) {
      const condition = (type: string, reason: string, message: string): KubeCondition => ({
        type,
        status: 'True',
        lastProbeTime: now,
        lastTransitionTime: now,
        reason,
        message,
      });
      if (succeeded >= completions) {
        status.completionTime = now;
        status.conditions = [
          condition(
            'SuccessCriteriaMet',
            'CompletionsReached',
            'Reached expected number of succeeded pods',
          ),
          condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'),
        ];
        status.active = undefined;
        void recorder.record(job, 'Normal', 'Completed', 'Job completed', SOURCE);
      } else if (failed > backoffLimit) {
        status.conditions = [
          condition(
            'FailureTarget',
            'BackoffLimitExceeded',
            'Job has reached the specified backoff limit',
          ),
          condition(
            'Failed',
            'BackoffLimitExceeded',
            'Job has reached the specified backoff limit',
          ),
        ];
        status.active = undefined;
        void recorder.record(
          job,
          'Warning',
          'BackoffLimitExceeded',
          'Job has reached the specified backoff limit',
          SOURCE,
        );
      } else {
        const wanted = Math.min(parallelism, completions - succeeded) - active.length;
        for (let i = 0; i < wanted; i += 1) {
          const podName = `${name}-${clock.randomSuffix()}`;
          const uid = job.metadata.uid ?? '';
          const pod = podFromTemplate(job.spec.template, podName, namespace, [controllerRef(job)], {
            'batch.kubernetes.io/controller-uid': uid,
            'batch.kubernetes.io/job-name': name,
            'controller-uid': uid,
            'job-name': name,
          });
          pod.spec.restartPolicy = job.spec.template.spec.restartPolicy ?? 'Never';
          await api.create(REFS.pods, pod);
          void recorder.record(
            job,
            'Normal',
            'SuccessfulCreate',
            `Created pod: ${podName}`,
            SOURCE,
          );
        }
      }
    }
    const next = Object.fromEntries(Object.entries(status).filter(([, v]) => v !== undefined));
    if (deepEqual(next, job.status ?? {})) return;
    await api.patch(
      REFS.jobs,
      name,
      namespace,
      'merge',
      { status: replacingPatch(job.status, next) },
      {
        subresource: 'status',
      },
    );
  }
}
