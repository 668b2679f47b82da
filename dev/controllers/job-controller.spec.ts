import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor } from '../scenarios/waits';
import type { Job, Pod } from './kube-types';
import { REFS } from './refs';

describe('Job controller', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld({ operator: false });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('runs a pod to completion and records succeeded, completionTime and Complete', async () => {
    await t.api.create<Job>(REFS.jobs, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'gather', namespace: 'default' },
      spec: {
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [{ name: 'gather', image: 'quay.io/example/must-gather:v1' }],
          },
        },
      },
    });
    const job = await waitFor(
      async () => {
        const j = await t.api.get<Job>(REFS.jobs, 'gather', 'default');
        return (j.status as { succeeded?: number } | undefined)?.succeeded === 1 ? j : undefined;
      },
      { what: 'job complete' },
    );
    expect(job.status).toMatchObject({
      succeeded: 1,
      startTime: expect.any(String) as unknown,
      completionTime: expect.any(String) as unknown,
    });
    const conditions = (
      job.status as { conditions: { type: string; status: string; reason: string }[] }
    ).conditions;
    expect(conditions.find((c) => c.type === 'Complete')).toMatchObject({
      status: 'True',
      reason: 'CompletionsReached',
    });
    expect((job.status as { active?: number }).active).toBeUndefined();
    const [pod] = (await t.api.list<Pod>(REFS.pods, { namespace: 'default' })).items;
    expect(pod.metadata.name).toMatch(/^gather-[a-z0-9]{5}$/);
    expect(pod.metadata.labels).toMatchObject({
      'batch.kubernetes.io/job-name': 'gather',
      'job-name': 'gather',
      'controller-uid': job.metadata.uid,
    });
    expect(pod.status?.phase).toBe('Succeeded');
    expect(pod.status?.containerStatuses?.[0].state.terminated).toMatchObject({
      reason: 'Completed',
      exitCode: 0,
    });
    const reasons = (await t.api.list(REFS.events, { namespace: 'default' })).items
      .filter((e) => (e.involvedObject as { kind: string }).kind === 'Job')
      .map((e) => e.reason);
    expect(reasons).toEqual(['SuccessfulCreate', 'Completed']);
  });
});
