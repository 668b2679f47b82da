import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { renderLog } from './pod-logs';
import { refs, statusOf, testCluster } from './test-support';

const pod = (name: string, containers: string[], status?: Record<string, unknown>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: containers.map((c) => ({ name: c, image: 'img' })) },
  ...(status ? { status } : {}),
});

describe('pod logs', () => {
  it('serves the stored lines of a container with tailLines, previous and timestamps', async () => {
    const cluster = testCluster({ clock: () => new Date('2024-05-01T10:00:00.123Z') });
    await cluster.api.create(refs.pods, pod('one', ['tempo']));
    cluster.setPodLog('default', 'one', 'tempo', ['a', 'b', 'c']);
    cluster.setPodLog('default', 'one', 'tempo', ['crashed'], { previous: true });
    cluster.appendPodLog('default', 'one', 'tempo', ['d']);
    expect(cluster.logs.read('default', 'one', {}).lines.map((l) => l.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    const tail = cluster.logs.read('default', 'one', { tailLines: 2 });
    expect(renderLog(tail.lines, {})).toBe('c\nd\n');
    expect(renderLog(tail.lines, { timestamps: true })).toBe(
      '2024-05-01T10:00:00.123000000Z c\n2024-05-01T10:00:00.123000000Z d\n',
    );
    expect(
      cluster.logs
        .read('default', 'one', { previous: true, container: 'tempo' })
        .lines.map((l) => l.text),
    ).toEqual(['crashed']);
    expect(renderLog(cluster.logs.read('default', 'one', {}).lines, { limitBytes: 3 })).toBe(
      'a\nb',
    );
  });

  it('answers the kubelet errors for ambiguous, unknown, waiting and never-restarted containers', async () => {
    const cluster = testCluster();
    await cluster.api.create(refs.pods, pod('two', ['a', 'b'], undefined));
    await cluster.api.patch(
      refs.pods,
      'two',
      'default',
      'merge',
      {
        status: {
          containerStatuses: [{ name: 'b', state: { waiting: { reason: 'ContainerCreating' } } }],
        },
      },
      { subresource: 'status' },
    );
    const read = (query: Parameters<typeof cluster.logs.read>[2]) =>
      Promise.resolve().then(() => cluster.logs.read('default', 'two', query));
    expect((await statusOf(read({}))).message).toBe(
      'a container name must be specified for pod two, choose one of: [a b]',
    );
    expect((await statusOf(read({ container: 'c' }))).message).toBe(
      'container c is not valid for pod two',
    );
    expect((await statusOf(read({ container: 'b' }))).message).toBe(
      'container "b" in pod "two" is waiting to start: ContainerCreating',
    );
    expect((await statusOf(read({ container: 'a', previous: true }))).message).toBe(
      'previous terminated container "a" in pod "two" not found',
    );
    expect(cluster.logs.read('default', 'two', { container: 'a' }).lines).toEqual([]);
    expect(
      (await statusOf(Promise.resolve().then(() => cluster.logs.read('default', 'none', {}))))
        .message,
    ).toBe('pods "none" not found');
    expect(
      (
        await statusOf(
          Promise.resolve().then(() =>
            cluster.logs.read('default', 'two', { container: 'a' }, { name: 'nobody', groups: [] }),
          ),
        )
      ).code,
    ).toBe(403);
  });

  it('forgets the logs of a deleted pod', async () => {
    const cluster = testCluster();
    await cluster.api.create(refs.pods, pod('gone', ['x']));
    cluster.setPodLog('default', 'gone', 'x', ['old']);
    await cluster.api.delete(refs.pods, 'gone', 'default');
    await cluster.api.create(refs.pods, pod('gone', ['x']));
    expect(cluster.logs.read('default', 'gone', {}).lines).toEqual([]);
  });
});
