import { describe, expect, it } from 'vitest';
import type { PodLike } from '../types';
import {
  listPath,
  logPath,
  objectPath,
  OLM_KINDS,
  operatorPodSelector,
  planLogs,
  selectOlm,
} from './collection-plan';
import { componentPods, routeStack } from './fixtures';
import { OWNED_KINDS, OWNED_SELECTOR } from './selection';

describe('API paths', () => {
  it('lists a kind in a namespace with a label selector', () => {
    const deployments = OWNED_KINDS[1];
    expect(listPath(deployments, 'chainsaw-route', { labelSelector: OWNED_SELECTOR })).toBe(
      '/apis/apps/v1/namespaces/chainsaw-route/deployments?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dtempo-operator',
    );
    expect(
      listPath({ group: '', version: 'v1', plural: 'events' }, 'ns', {
        limit: 500,
        continue: undefined,
      }),
    ).toBe('/api/v1/namespaces/ns/events?limit=500');
    expect(listPath(OLM_KINDS[0])).toBe('/apis/operators.coreos.com/v1/operators');
    expect(
      objectPath({ group: '', version: 'v1', plural: 'secrets' }, 'minio', 'chainsaw-route'),
    ).toBe('/api/v1/namespaces/chainsaw-route/secrets/minio');
    expect(objectPath(OLM_KINDS[0], 'tempo-product.openshift-tempo-operator')).toBe(
      '/apis/operators.coreos.com/v1/operators/tempo-product.openshift-tempo-operator',
    );
  });

  it('reads the tail of a log, the previous instance only when asked', () => {
    expect(logPath('ns', 'p-0', 'tempo', { tailLines: 500 })).toBe(
      '/api/v1/namespaces/ns/pods/p-0/log?container=tempo&tailLines=500',
    );
    expect(logPath('ns', 'p-0', 'tempo', { tailLines: 500, previous: true })).toBe(
      '/api/v1/namespaces/ns/pods/p-0/log?container=tempo&tailLines=500&previous=true',
    );
  });
});

describe('planLogs', () => {
  const stack = routeStack();

  it('reads the current log of running containers and the previous one of restarted containers', () => {
    const pods = [
      ...componentPods(stack, 'querier', 1),
      ...componentPods(stack, 'query-frontend', 1, {
        restarts: 2,
        containers: ['tempo', 'jaeger-query'],
      }),
    ];
    expect(planLogs(pods).targets).toEqual([
      { pod: 'tempo-simplest-querier-0', container: 'tempo', previous: false },
      { pod: 'tempo-simplest-query-frontend-0', container: 'tempo', previous: false },
      { pod: 'tempo-simplest-query-frontend-0', container: 'tempo', previous: true },
      { pod: 'tempo-simplest-query-frontend-0', container: 'jaeger-query', previous: false },
      { pod: 'tempo-simplest-query-frontend-0', container: 'jaeger-query', previous: true },
    ]);
  });

  it('skips containers that never started, with their reason, and includes init containers that ran', () => {
    const pod = {
      metadata: { name: 'p' },
      spec: {
        initContainers: [{ name: 'init' }, { name: 'init-never' }],
        containers: [{ name: 'a' }, { name: 'b' }],
      },
      status: {
        initContainerStatuses: [
          { name: 'init', ready: false, restartCount: 0, state: { terminated: { exitCode: 0 } } },
        ],
        containerStatuses: [
          {
            name: 'a',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'ImagePullBackOff' } },
          },
        ],
      },
    } as unknown as PodLike;
    expect(planLogs([pod])).toEqual({
      targets: [{ pod: 'p', container: 'init', previous: false }],
      skipped: [
        { pod: 'p', container: 'a', reason: 'ImagePullBackOff' },
        { pod: 'p', container: 'b', reason: 'not started' },
      ],
    });
  });
});

describe('the operator and OLM', () => {
  it('selects the operator pods by the deployment selector', () => {
    expect(
      operatorPodSelector({
        spec: {
          selector: {
            matchLabels: {
              'control-plane': 'controller-manager',
              'app.kubernetes.io/name': 'tempo-operator',
            },
          },
        },
      }),
    ).toBe('app.kubernetes.io/name=tempo-operator,control-plane=controller-manager');
    expect(operatorPodSelector({ spec: {} })).toBeUndefined();
  });

  it('keeps operator groups and CSVs whose name contains tempo, all subscriptions', () => {
    const items = [
      { metadata: { name: 'tempo-operator.v0.22.0' } },
      { metadata: { name: 'opentelemetry-operator.v0.1' } },
    ];
    const [operators, groups, subscriptions, , csvs] = OLM_KINDS;
    expect(selectOlm(csvs, items).map((o) => o.metadata?.name)).toEqual(['tempo-operator.v0.22.0']);
    expect(selectOlm(groups, items)).toHaveLength(1);
    expect(selectOlm(subscriptions, items)).toHaveLength(2);
    expect(selectOlm(operators, items)).toHaveLength(2);
    expect(operators.clusterScoped).toBe(true);
  });
});
