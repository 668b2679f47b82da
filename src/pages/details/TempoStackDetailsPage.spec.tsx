// @vitest-environment jsdom
import '../../hooks/testing/setup';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { condition, makePod, makeStack, makeWorkloads } from '../../hooks/testing/fixtures';
import { resetSdkState, sdkState } from '../../hooks/testing/sdk-mock';
import type { TempoStack } from '../../tempostack/types';
import TempoStackDetailsPage from './TempoStackDetailsPage';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../../hooks/testing/sdk-mock'));

const BASE = '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack/simplest';

const simplest = makeStack('simplest', 'chainsaw-route', {
  spec: {
    storageSize: '200M',
    resources: { total: { limits: { cpu: '2000m', memory: '2Gi' } } },
    template: {
      queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } },
    },
  },
});

const route = {
  metadata: {
    name: 'tempo-simplest-query-frontend',
    namespace: 'chainsaw-route',
    labels: { 'app.kubernetes.io/instance': 'simplest' },
  },
  spec: { host: 'example.com', tls: { termination: 'edge' } },
};

interface World {
  stack?: TempoStack;
  workloads?: ReturnType<typeof makeWorkloads>;
  pods?: ReturnType<typeof makePod>[];
  events?: unknown[];
}

const answer = (world: World) => (resource: WatchK8sResource) => {
  const kind = resource.groupVersionKind?.kind;
  const list = (items: unknown[] = []): [unknown, boolean, unknown] => [items, true, undefined];
  switch (kind) {
    case 'TempoStack':
      // The page watches its stack as a list of one (by field selector).
      return list(world.stack ? [world.stack] : []);
    case 'Deployment':
      return list((world.workloads ?? []).filter((w) => w.kind === 'Deployment'));
    case 'StatefulSet':
      return list((world.workloads ?? []).filter((w) => w.kind === 'StatefulSet'));
    case 'Pod':
      return list(world.pods);
    case 'Route':
      return list([route]);
    case 'Event':
      return list(world.events);
    default:
      return list();
  }
};

const podsOf = (stack: TempoStack) =>
  makeWorkloads(stack).map((w) =>
    makePod(
      stack,
      w.metadata.labels?.['app.kubernetes.io/component'] as never,
      `${w.metadata.name}-0`,
    ),
  );

const renderAt = (path: string, stack = simplest) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <TempoStackDetailsPage namespace={stack.metadata.namespace} name={stack.metadata.name} />
    </MemoryRouter>,
  );

beforeEach(() => {
  resetSdkState();
  sdkState.watch = answer({
    stack: simplest,
    workloads: makeWorkloads(simplest),
    pods: podsOf(simplest),
  });
});

describe('TempoStackDetailsPage overview', () => {
  it('shows the name, Ready, every component with its replicas, the Jaeger UI and the endpoints', () => {
    renderAt(BASE);
    expect(screen.getByRole('heading', { level: 1, name: 'simplest' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'TempoStacks' })).toHaveAttribute(
      'href',
      '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack',
    );
    expect(screen.getByTestId('status-reason')).toHaveTextContent('All components are operational');
    const components = screen.getByRole('grid', { name: 'Components' });
    const rows = within(components).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual([
      'Distributor',
      'Ingester',
      'Querier',
      'Query frontend',
      'Compactor',
    ]);
    for (const row of rows) {
      expect(within(row).getByText('1/1')).toBeInTheDocument();
      expect(within(row).getByText('Healthy')).toBeInTheDocument();
    }
    expect(within(rows[1]).getByRole('link', { name: 'tempo-simplest-ingester' })).toHaveAttribute(
      'href',
      '/k8s/chainsaw-route/StatefulSet/tempo-simplest-ingester',
    );
    expect(screen.getByTestId('jaeger-ui').querySelector('a')).toHaveAttribute(
      'href',
      'https://example.com/',
    );
    expect(screen.getByTestId('route-link')).toHaveTextContent('tempo-simplest-query-frontend');
    const ingestion = screen.getByRole('grid', { name: 'Ingestion endpoints' });
    expect(within(ingestion).getByText('OTLP gRPC').closest('tr')).toHaveTextContent(
      'tempo-simplest-distributor.chainsaw-route.svc.cluster.local:4317',
    );
    expect(within(ingestion).getByText('Zipkin').closest('tr')).toHaveTextContent(':9411');
    expect(screen.getByTestId('operator-version')).toHaveTextContent('0.22.0');
    expect(screen.getByTestId('tempo-version')).toHaveTextContent('2.10.8');
  });

  it('watches the instance objects with one label-selected watch per kind', () => {
    renderAt(BASE);
    const selector = {
      matchLabels: {
        'app.kubernetes.io/instance': 'simplest',
        'app.kubernetes.io/managed-by': 'tempo-operator',
      },
    };
    for (const kind of [
      'Deployment',
      'StatefulSet',
      'Pod',
      'Route',
      'Ingress',
      'PersistentVolumeClaim',
    ]) {
      const watches = sdkState.watched.filter((w) => w.groupVersionKind?.kind === kind);
      expect(watches.length).toBeGreaterThan(0);
      for (const w of watches)
        expect(w).toMatchObject({ namespace: 'chainsaw-route', isList: true, selector });
    }
    expect(sdkState.watched.some((w) => w.groupVersionKind?.kind === 'Pod' && !w.selector)).toBe(
      false,
    );
  });

  it('shows which component fails and why', () => {
    const stack = makeStack('crashloop', 'tempo-faults', {
      conditions: [
        condition(
          'Pending',
          'PendingComponents',
          'Some Tempo components are pending on dependencies',
        ),
      ],
    });
    const pods = podsOf(stack).map((p) =>
      p.metadata.labels?.['app.kubernetes.io/component'] === 'ingester'
        ? makePod(stack, 'ingester', 'tempo-crashloop-ingester-0', {
            ready: false,
            restarts: 7,
            waiting: 'CrashLoopBackOff',
            lastTerminated: 'OOMKilled',
          })
        : p,
    );
    const workloads = makeWorkloads(stack).map((w) =>
      w.kind === 'StatefulSet' ? { ...w, status: { ...w.status, readyReplicas: 0 } } : w,
    );
    sdkState.watch = answer({ stack, workloads, pods });
    renderAt('/k8s/ns/tempo-faults/tempo.grafana.com~v1alpha1~TempoStack/crashloop', stack);
    expect(screen.getAllByTestId('stack-status')[0]).toHaveTextContent('Degraded');
    expect(screen.getByTestId('status-reason')).toHaveTextContent('Pods keep crashing: Ingester');
    expect(screen.getByTestId('affected-components')).toHaveTextContent(
      'Ingester: A container keeps crashing (CrashLoopBackOff) · last terminated: OOMKilled · Give this component more memory',
    );
    const ingester = screen.getByTestId('component-ingester');
    expect(within(ingester).getByText('Failed')).toBeInTheDocument();
    expect(within(ingester).getByText('0/1')).toBeInTheDocument();
    expect(
      within(ingester).getByText('A container keeps crashing (CrashLoopBackOff)'),
    ).toBeInTheDocument();
    expect(
      within(ingester).getByText(
        'Running, not ready · restarts: 7 · CrashLoopBackOff · last terminated: OOMKilled',
      ),
    ).toBeInTheDocument();
  });

  it('explains a configuration error in plain words', () => {
    const stack = makeStack('no-bucket', 'team-a', {
      conditions: [
        condition(
          'ConfigurationError',
          'InvalidStorageConfig',
          'storage secret must contain "bucket" field',
        ),
      ],
      components: {},
    });
    sdkState.watch = answer({ stack });
    renderAt('/k8s/ns/team-a/tempo.grafana.com~v1alpha1~TempoStack/no-bucket', stack);
    const alert = screen.getByTestId('configuration-error');
    expect(alert).toHaveTextContent('The storage secret "minio" has no "bucket" key.');
    expect(alert).toHaveTextContent(
      'A s3 secret needs the keys: bucket, endpoint, access_key_id, access_key_secret.',
    );
    expect(alert).toHaveTextContent('storage secret must contain "bucket" field');
  });

  it('shows the gateway when it is enabled', () => {
    const stack = makeStack('gw', 'team-a', {
      spec: {
        tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: '1' }] },
        template: { gateway: { enabled: true } },
      },
    });
    sdkState.watch = answer({ stack, workloads: makeWorkloads(stack), pods: podsOf(stack) });
    renderAt('/k8s/ns/team-a/tempo.grafana.com~v1alpha1~TempoStack/gw', stack);
    expect(screen.getByTestId('component-gateway')).toHaveTextContent('tempo-gw-gateway');
    const ingestion = screen.getByRole('grid', { name: 'Ingestion endpoints' });
    expect(within(ingestion).getByText('OTLP HTTP for tenant dev')).toBeInTheDocument();
  });

  it('says so when the stack does not exist', () => {
    sdkState.watch = answer({});
    renderAt(BASE);
    expect(screen.getByText('TempoStack not found')).toBeInTheDocument();
  });

  it('watches its stack as a list of one, so that a deletion shows at once', () => {
    renderAt(BASE);
    expect(sdkState.watched).toContainEqual(
      expect.objectContaining({
        groupVersionKind: { group: 'tempo.grafana.com', version: 'v1alpha1', kind: 'TempoStack' },
        namespace: 'chainsaw-route',
        isList: true,
        fieldSelector: 'metadata.name=simplest',
      }),
    );
  });

  it('keeps the dashboard, with a warning, when refreshing the stack fails with a 5xx', () => {
    const world = answer({ stack: simplest, workloads: makeWorkloads(simplest) });
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [
            [simplest],
            true,
            Object.assign(new Error('the server is currently unable'), { code: 503 }),
          ]
        : world(resource);
    renderAt(BASE);
    expect(screen.getByRole('heading', { level: 1, name: 'simplest' })).toBeInTheDocument();
    expect(screen.getByTestId('refresh-error')).toHaveTextContent(
      'Could not refresh this TempoStack',
    );
    expect(screen.getByTestId('refresh-error')).toHaveTextContent('the server is currently unable');
  });

  it('names the permission it needs when the stack may not be listed', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [
            [],
            false,
            Object.assign(
              new Error(
                'tempostacks.tempo.grafana.com is forbidden: User "developer" cannot list resource "tempostacks"',
              ),
              { code: 403 },
            ),
          ]
        : undefined;
    renderAt(BASE);
    const error = screen.getByTestId('api-error');
    expect(error).toHaveTextContent('Could not load TempoStack simplest');
    expect(error).toHaveTextContent(
      'You need permission to list and watch TempoStacks (tempostacks.tempo.grafana.com) in namespace chainsaw-route.',
    );
    expect(error).toHaveTextContent('User "developer" cannot list resource "tempostacks"');
  });

  it('offers a viewer no Edit or Delete action', async () => {
    sdkState.allowed = ({ verb }) => verb === 'get' || verb === 'list';
    const user = userEvent.setup();
    renderAt(BASE);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: /Open Jaeger UI/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Edit/ })).toBeNull();
    expect(screen.queryByRole('menuitem', { name: /Delete/ })).toBeNull();
  });
});

describe('TempoStackDetailsPage resources', () => {
  it('shows the split of the total and flags a workload that differs', async () => {
    const workloads = makeWorkloads(simplest);
    const distributor = workloads.find((w) => w.metadata.name === 'tempo-simplest-distributor');
    const container = distributor?.spec?.template?.spec?.containers?.[0];
    if (container?.resources?.limits) container.resources.limits.cpu = '1';
    sdkState.watch = answer({ stack: simplest, workloads, pods: podsOf(simplest) });
    renderAt(`${BASE}/resources`);
    const table = await screen.findByRole('grid', { name: 'Resources per container' });
    const row = within(table).getByText('Distributor').closest('tr') as HTMLElement;
    expect(within(row).getByTestId('source')).toHaveTextContent(
      '27 % CPU, 12 % memory of the total',
    );
    expect(within(row).getByTestId('allocated-limits')).toHaveTextContent('cpu 540m');
    expect(within(row).getByTestId('running-limits')).toHaveTextContent('cpu 1');
    expect(within(row).getByText('Differs')).toBeInTheDocument();
    expect(within(row).getByText('limit cpu: 1 instead of 540m')).toBeInTheDocument();
    const ingester = within(table).getByText('Ingester').closest('tr') as HTMLElement;
    expect(within(ingester).getByText('Matches')).toBeInTheDocument();
    expect(screen.getByTestId('differs-alert')).toBeInTheDocument();
    expect(screen.getByTestId('share-bar-cpu')).toHaveTextContent('2090m of 2 total (104.5 %)');
    expect(screen.getByTestId('exceeds-total')).toHaveTextContent(
      'The components get more than the total: CPU 2090m of 2, memory 2.1 GiB of 2 GiB',
    );
    expect(screen.getByRole('img', { name: /CPU/ })).toBeInTheDocument();
  });
});

describe('TempoStackDetailsPage events', () => {
  it('lists the events of the stack and its objects, newest first', async () => {
    const event = (
      name: string,
      kind: string,
      reason: string,
      lastTimestamp: string,
      type = 'Normal',
    ) => ({
      metadata: {
        name: `${name}.${reason}`,
        namespace: 'chainsaw-route',
        uid: `${name}-${reason}`,
      },
      involvedObject: { kind, name, namespace: 'chainsaw-route', apiVersion: 'v1' },
      reason,
      message: `${reason} happened`,
      type,
      count: 1,
      lastTimestamp,
    });
    sdkState.watch = answer({
      stack: simplest,
      events: [
        event('tempo-simplest-ingester-0', 'Pod', 'Started', '2026-01-01T00:00:02Z'),
        event('minio-0', 'Pod', 'Unrelated', '2026-01-01T00:00:09Z'),
        event('tempo-simplest-ingester-0', 'Pod', 'BackOff', '2026-01-01T00:00:05Z', 'Warning'),
      ],
    });
    const user = userEvent.setup();
    renderAt(`${BASE}/events`);
    const table = await screen.findByRole('grid', { name: 'Events' });
    const reasons = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[2].textContent);
    expect(reasons).toEqual(['BackOff', 'Started']);
    await user.click(screen.getByRole('button', { name: 'Warnings' }));
    expect(within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('row')).toHaveLength(
      2,
    );
  });
});
