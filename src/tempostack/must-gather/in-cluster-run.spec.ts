import { describe, expect, it } from 'vitest';
import type { PodLike } from '../types';
import {
  defaultMustGatherImage,
  GATHER_RULES,
  inClusterRunObjects,
  newRunId,
  RUN_LABEL,
  runIdOfNamespace,
} from './in-cluster-run';
import { cleanupPlan, runCommands } from './run-cleanup';
import { REQUIRED_PERMISSIONS } from './run-permissions';
import { runState } from './run-state';

const params = {
  runId: 'ab12c',
  image: 'ghcr.io/grafana/tempo-operator/must-gather:v0.22.0',
  operatorNamespace: 'openshift-tempo-operator',
  stack: { namespace: 'chainsaw-route', name: 'simplest' },
};

describe('the run objects', () => {
  const objects = inClusterRunObjects(params);
  const byKind = (kind: string) => {
    const found = objects.find((o) => o.object.kind === kind);
    if (!found) throw new Error(kind);
    return found.object as Record<string, unknown> & {
      metadata: { name: string; namespace?: string; labels: Record<string, string> };
    };
  };

  it('creates namespace, service account, role, binding and pod, in that order, all labelled with the run', () => {
    expect(objects.map((o) => o.object.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'Pod',
    ]);
    expect(objects.every((o) => o.object.metadata.labels[RUN_LABEL] === 'ab12c')).toBe(true);
    expect(byKind('Namespace').metadata.name).toBe('tempo-must-gather-ab12c');
    expect(runIdOfNamespace(byKind('Namespace'))).toBe('ab12c');
    expect(objects.map((o) => o.resource.plural)).toEqual([
      'namespaces',
      'serviceaccounts',
      'clusterroles',
      'clusterrolebindings',
      'pods',
    ]);
  });

  it('binds the read-only role to the service account of the run namespace', () => {
    expect(byKind('ClusterRoleBinding')).toMatchObject({
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'tempo-must-gather-ab12c',
      },
      subjects: [
        { kind: 'ServiceAccount', name: 'tempo-must-gather', namespace: 'tempo-must-gather-ab12c' },
      ],
    });
    const rules = GATHER_RULES;
    expect(rules.every((r) => r.verbs.join() === 'get,list')).toBe(true);
    expect(rules.flatMap((r) => r.resources)).not.toContain('secrets');
    expect(rules.flatMap((r) => r.resources)).toEqual(
      expect.arrayContaining([
        'pods/log',
        'deployments',
        'tempostacks',
        'clusterserviceversions',
        'routes',
      ]),
    );
  });

  it('runs the image with --operator-namespace and the collection dir, and keeps a copy container', () => {
    const pod = byKind('Pod') as unknown as {
      spec: {
        containers: {
          name: string;
          image: string;
          command: string[];
          args?: string[];
          securityContext: unknown;
        }[];
        restartPolicy: string;
        activeDeadlineSeconds: number;
        serviceAccountName: string;
      };
    };
    const [gather, copy] = pod.spec.containers;
    expect(gather).toMatchObject({
      name: 'gather',
      image: params.image,
      command: ['/usr/bin/must-gather'],
      args: [
        '--operator-namespace',
        'openshift-tempo-operator',
        '--collection-dir',
        '/must-gather',
      ],
    });
    expect(copy.name).toBe('copy');
    expect(copy.command.join(' ')).toContain('sleep infinity');
    expect(gather.securityContext).toMatchObject({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
    });
    expect(pod.spec).toMatchObject({
      restartPolicy: 'Never',
      activeDeadlineSeconds: 3600,
      serviceAccountName: 'tempo-must-gather',
    });
  });

  it('leaves --operator-namespace out when it is unknown', () => {
    const pod = inClusterRunObjects({
      ...params,
      operatorNamespace: undefined,
      deadlineSeconds: 60,
    }).at(-1)?.object as unknown as {
      spec: { containers: { args?: string[] }[]; activeDeadlineSeconds: number };
    };
    expect(pod.spec.containers[0].args).toEqual(['--collection-dir', '/must-gather']);
    expect(pod.spec.activeDeadlineSeconds).toBe(60);
  });
});

describe('clean-up and commands', () => {
  it('deletes pod, binding, role, then the namespace', () => {
    expect(cleanupPlan('ab12c').map((s) => [s.kind, s.name, s.namespace])).toEqual([
      ['Pod', 'must-gather', 'tempo-must-gather-ab12c'],
      ['ClusterRoleBinding', 'tempo-must-gather-ab12c', undefined],
      ['ClusterRole', 'tempo-must-gather-ab12c', undefined],
      ['Namespace', 'tempo-must-gather-ab12c', undefined],
    ]);
  });

  it('prints the oc commands to fetch the result and clean up', () => {
    expect(runCommands('ab12c')).toEqual({
      rsync:
        'oc rsync -n tempo-must-gather-ab12c -c copy must-gather:/must-gather ./must-gather.local.ab12c',
      cp: 'oc cp -n tempo-must-gather-ab12c -c copy must-gather:/must-gather ./must-gather.local.ab12c',
      cleanup:
        'oc delete clusterrolebinding/tempo-must-gather-ab12c clusterrole/tempo-must-gather-ab12c namespace/tempo-must-gather-ab12c',
    });
  });

  it('checks creating and deleting every object and reading what the role grants', () => {
    expect(
      REQUIRED_PERMISSIONS.map(
        (p) => `${p.verb} ${p.resource}${p.subresource ? `/${p.subresource}` : ''}`,
      ),
    ).toEqual([
      'create namespaces',
      'create serviceaccounts',
      'create clusterroles',
      'create clusterrolebindings',
      'create pods',
      'get pods/log',
      'list tempostacks',
      'list clusterserviceversions',
      'delete namespaces',
      'delete clusterroles',
      'delete clusterrolebindings',
    ]);
  });
});

describe('image and run id', () => {
  it.each([
    ['0.22.0', 'ghcr.io/grafana/tempo-operator/must-gather:v0.22.0'],
    ['v0.21.0', 'ghcr.io/grafana/tempo-operator/must-gather:v0.21.0'],
    [undefined, 'ghcr.io/grafana/tempo-operator/must-gather:v0.22.0'],
  ])('operator %s → %s', (version, image) => {
    expect(defaultMustGatherImage(version)).toBe(image);
  });

  it('makes 5-character ids valid in names', () => {
    expect(newRunId(() => 0)).toBe('aaaaa');
    expect(newRunId(() => 0.999)).toBe('99999');
    expect(newRunId()).toMatch(/^[a-z0-9]{5}$/);
  });
});

describe('runState', () => {
  const pod = (
    gather: Record<string, unknown> | undefined,
    phase = 'Running',
    extra: Record<string, unknown> = {},
  ): PodLike =>
    ({
      metadata: { name: 'must-gather' },
      status: {
        phase,
        ...extra,
        containerStatuses: gather
          ? [{ name: 'gather', ready: false, restartCount: 0, ...gather }]
          : [],
      },
    }) as PodLike;

  it.each<[string, PodLike | undefined, ReturnType<typeof runState>]>([
    ['no pod yet', undefined, { phase: 'starting' }],
    ['scheduled', pod(undefined, 'Pending'), { phase: 'starting' }],
    [
      'creating',
      pod({ state: { waiting: { reason: 'ContainerCreating' } } }, 'Pending'),
      { phase: 'starting' },
    ],
    [
      'image pull back-off',
      pod(
        { state: { waiting: { reason: 'ImagePullBackOff', message: 'manifest unknown' } } },
        'Pending',
      ),
      { phase: 'waiting', reason: 'ImagePullBackOff', message: 'manifest unknown' },
    ],
    ['gathering', pod({ state: { running: {} } }), { phase: 'gathering' }],
    [
      'done',
      pod({ state: { terminated: { exitCode: 0, reason: 'Completed' } } }),
      { phase: 'completed', exitCode: 0 },
    ],
    [
      'tool failed',
      pod({
        state: { terminated: { exitCode: 2, reason: 'Error', message: 'panic: no operator pod' } },
      }),
      { phase: 'failed', exitCode: 2, reason: 'Error', message: 'panic: no operator pod' },
    ],
    [
      'deadline exceeded',
      pod({ state: { running: {} } }, 'Failed', {
        reason: 'DeadlineExceeded',
        message: 'Pod was active too long',
      }),
      { phase: 'failed', reason: 'DeadlineExceeded', message: 'Pod was active too long' },
    ],
  ])('%s', (_what, input, expected) => {
    expect(runState(input)).toEqual(expected);
  });
});
