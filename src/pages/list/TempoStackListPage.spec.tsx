// @vitest-environment jsdom
import '../../hooks/testing/setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { condition, makeStack } from '../../hooks/testing/fixtures';
import { resetSdkState, sdkState } from '../../hooks/testing/sdk-mock';
import TempoStackListPage from './TempoStackListPage';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../../hooks/testing/sdk-mock'));

class HttpError extends Error {
  constructor(
    message: string,
    public code: number,
  ) {
    super(message);
  }
}

const stacks = [
  makeStack('simplest', 'chainsaw-route', {
    spec: {
      template: {
        queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } },
      },
    },
  }),
  makeStack('tmrs', 'team-a', {
    spec: { resources: { total: { limits: { cpu: '2', memory: '2Gi' } } } },
  }),
  makeStack('broken', 'team-a', {
    conditions: [
      condition(
        'ConfigurationError',
        'InvalidStorageConfig',
        'storage secret must contain "bucket" field',
      ),
    ],
    components: {},
  }),
];

const route = {
  metadata: {
    name: 'tempo-simplest-query-frontend',
    namespace: 'chainsaw-route',
    labels: { 'app.kubernetes.io/instance': 'simplest' },
  },
  spec: { host: 'example.com', tls: { termination: 'edge' } },
};

const renderList = (namespace?: string, url = '/') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <TempoStackListPage namespace={namespace} />
    </MemoryRouter>,
  );

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0].textContent);

beforeEach(() => {
  resetSdkState();
  sdkState.watch = (resource) => {
    if (resource.groupVersionKind?.kind === 'TempoStack') return [stacks, true, undefined];
    if (resource.groupVersionKind?.kind === 'Route') return [[route], true, undefined];
    return undefined;
  };
});
afterEach(() => vi.clearAllMocks());

describe('TempoStackListPage', () => {
  it('lists every stack with status, components ready, storage, resources and the Jaeger UI link', () => {
    renderList();
    const row = screen.getByText('simplest').closest('tr') as HTMLElement;
    expect(within(row).getByText('Ready')).toBeInTheDocument();
    expect(within(row).getByText('5/5')).toBeInTheDocument();
    expect(within(row).getByText('S3')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'minio' })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Jaeger UI of simplest' })).toHaveAttribute(
      'href',
      'https://example.com/',
    );
    const tmrs = screen.getByText('tmrs').closest('tr') as HTMLElement;
    expect(within(tmrs).getByText('Total 2 CPU, 2Gi')).toBeInTheDocument();
    expect(within(tmrs).queryByRole('link', { name: /Jaeger UI/ })).toBeNull();
    const broken = screen.getByText('broken').closest('tr') as HTMLElement;
    expect(within(broken).getByText('Configuration error')).toBeInTheDocument();
    expect(within(broken).getByText('0/5')).toBeInTheDocument();
  });

  it('watches the operator Routes and Ingresses once, by label, and never pods', () => {
    renderList('team-a');
    const kinds = sdkState.watched.map((w) => w.groupVersionKind?.kind);
    expect(kinds).not.toContain('Pod');
    const routeWatch = sdkState.watched.find((w) => w.groupVersionKind?.kind === 'Route');
    expect(routeWatch).toMatchObject({
      namespace: 'team-a',
      isList: true,
      selector: { matchLabels: { 'app.kubernetes.io/managed-by': 'tempo-operator' } },
    });
    expect(sdkState.watched.find((w) => w.groupVersionKind?.kind === 'TempoStack')).toMatchObject({
      namespace: 'team-a',
    });
  });

  it('shows the namespace column only for all namespaces', () => {
    renderList();
    expect(screen.getByRole('columnheader', { name: /Namespace/ })).toBeInTheDocument();
    renderList('team-a');
    expect(screen.getAllByRole('columnheader', { name: /Namespace/ })).toHaveLength(1);
  });

  it('filters by name and by status', async () => {
    const user = userEvent.setup();
    renderList();
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'tm');
    expect(rowNames()).toEqual(['tmrs']);
    await user.clear(screen.getByRole('textbox', { name: 'Filter by name' }));
    await user.click(screen.getByRole('button', { name: 'Filter by status' }));
    await user.click(screen.getByRole('checkbox', { name: /Configuration error/ }));
    expect(rowNames()).toEqual(['broken']);
  });

  it('explains when no stack matches and clears the filters', async () => {
    const user = userEvent.setup();
    renderList(undefined, '/?name=nothing-like-this');
    expect(screen.getByText('No TempoStacks match the filters')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear all filters' })[0]);
    expect(rowNames()).toHaveLength(3);
  });

  it('sorts by a column and reverses it', async () => {
    const user = userEvent.setup();
    renderList();
    expect(rowNames()).toEqual(['broken', 'simplest', 'tmrs']);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    expect(rowNames()).toEqual(['simplest', 'tmrs', 'broken']);
    await user.click(screen.getByRole('button', { name: 'Status' }));
    expect(rowNames()).toEqual(['broken', 'simplest', 'tmrs']);
  });

  it('paginates large lists', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeStack(`stack-${String(i).padStart(3, '0')}`, 'big'),
    );
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack' ? [many, true, undefined] : undefined;
    renderList('big');
    expect(screen.getAllByRole('row')).toHaveLength(51);
    expect(rowNames()[0]).toBe('stack-000');
    expect(rowNames()[49]).toBe('stack-049');
  });

  it('explains how to create the first stack, with the create link', () => {
    sdkState.watch = () => undefined;
    renderList('team-b');
    expect(screen.getByText('No TempoStacks yet')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Create TempoStack' });
    expect(links[0]).toHaveAttribute(
      'href',
      '/k8s/ns/team-b/tempo.grafana.com~v1alpha1~TempoStack/~new',
    );
  });

  it('says when the Tempo Operator is not installed', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [[], false, new HttpError('the server could not find the requested resource', 404)]
        : undefined;
    renderList();
    expect(screen.getByText('The Tempo Operator is not installed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create TempoStack' })).toBeNull();
  });

  it("shows the API server's message when the list fails", () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [
            [],
            false,
            new HttpError(
              'tempostacks.tempo.grafana.com is forbidden: User "viewer" cannot list',
              403,
            ),
          ]
        : undefined;
    renderList('team-a');
    expect(screen.getByText('Could not load TempoStacks')).toBeInTheDocument();
    expect(screen.getByText(/User "viewer" cannot list/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in namespace team-a.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the stacks it had, with a warning, when listing again fails with a 5xx', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [stacks, true, new HttpError('the server is currently unable to handle the request', 503)]
        : undefined;
    renderList();
    expect(screen.getByRole('link', { name: 'simplest' })).toBeInTheDocument();
    const warning = screen.getByTestId('refresh-error');
    expect(warning).toHaveTextContent('Could not refresh TempoStacks');
    expect(warning).toHaveTextContent('the server is currently unable to handle the request');
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('drops the stacks it had when the user may no longer list them', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack'
        ? [stacks, true, new HttpError('tempostacks.tempo.grafana.com is forbidden', 403)]
        : undefined;
    renderList();
    expect(screen.queryByRole('link', { name: 'simplest' })).toBeNull();
    expect(screen.getByTestId('api-error')).toHaveTextContent(
      'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in all namespaces.',
    );
  });

  it('shows a loading state until the stacks arrive', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'TempoStack' ? [[], false, undefined] : undefined;
    renderList();
    expect(screen.getByText('Loading TempoStacks')).toBeInTheDocument();
  });
});
