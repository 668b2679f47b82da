// @vitest-environment jsdom
import '../../hooks/testing/setup';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { componentPods, ownedItems, routeStack } from '../../tempostack/must-gather/fixtures';
import { OWNED_KINDS } from '../../tempostack/must-gather/selection';
import DiagnosticsTab from './DiagnosticsTab';

/** The fake cluster behind the mocked SDK, set per test. */
interface FakeCluster {
  denied: (attributes: { verb?: string; resource?: string; subresource?: string }) => boolean;
  /** Requests never answer (until aborted). */
  hang: boolean;
  /** The run's pod as the watch returns it. */
  pod: unknown;
  mustGatherModel: boolean;
  /** Creating an object of this kind fails with 403. */
  refuseKind?: string;
  posted: { url: string; body: { kind?: string; metadata?: { name?: string } } }[];
  deleted: string[];
}

const cluster = vi.hoisted((): FakeCluster => ({
  denied: () => false,
  hang: false,
  pod: undefined,
  mustGatherModel: false,
  posted: [],
  deleted: [],
}));

vi.mock('@openshift-console/dynamic-plugin-sdk', () => {
  const stack = routeStack();
  const owned = ownedItems(stack);
  const pods = componentPods(stack, 'querier', 2, { restarts: 1 });
  const answer = (url: string): unknown => {
    const path = new URL(url, 'http://console').pathname;
    const plural = path.split('/').at(-1) ?? '';
    if (path.endsWith('/tempostacks/simplest')) return stack;
    if (path.endsWith('/secrets/minio'))
      return { data: { access_key_secret: btoa('supersecret'), bucket: btoa('tempo') } };
    if (plural === 'pods') return { items: path.includes('chainsaw-route') ? pods : [] };
    if (plural === 'deployments' && !path.includes('/namespaces/')) {
      return {
        items: [
          {
            metadata: { name: 'tempo-operator-controller', namespace: 'openshift-tempo-operator' },
          },
        ],
      };
    }
    const kind = OWNED_KINDS.find((k) => k.plural === plural);
    return { items: kind ? (owned[kind.kind] ?? []) : [] };
  };
  const respond = <T,>(options: RequestInit | undefined, value: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (!cluster.hang) return resolve(value());
      options?.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
    });
  const consoleFetchJSON = Object.assign(
    (url: string, _method?: string, options?: RequestInit) => respond(options, () => answer(url)),
    {
      post: (url: string, body: { kind?: string; metadata?: { name?: string } }) => {
        if (body.kind === cluster.refuseKind) {
          return Promise.reject(
            Object.assign(new Error('clusterroles.rbac.authorization.k8s.io is forbidden'), {
              code: 403,
            }),
          );
        }
        cluster.posted.push({ url, body });
        return Promise.resolve(body);
      },
      delete: (url: string) => {
        cluster.deleted.push(url);
        return Promise.resolve({});
      },
      put: () => Promise.resolve({}),
      patch: () => Promise.resolve({}),
    },
  ) as unknown as typeof SDK.consoleFetchJSON;
  const mock = {
    consoleFetchJSON,
    consoleFetchText: ((url: string, options?: RequestInit) =>
      respond(options, () => `level=info msg="log of ${url}"\n`)) as typeof SDK.consoleFetchText,
    checkAccess: ((attributes: SDK.AccessReviewResourceAttributes) =>
      Promise.resolve({
        status: { allowed: !cluster.denied(attributes) },
      })) as unknown as typeof SDK.checkAccess,
    useAccessReview: ((attributes: SDK.AccessReviewResourceAttributes) => [
      !cluster.denied(attributes),
      false,
    ]) as typeof SDK.useAccessReview,
    useK8sModels: (() => [{}, false]) as unknown as typeof SDK.useK8sModels,
    useK8sModel: (() => [
      cluster.mustGatherModel
        ? { kind: 'MustGather', apiGroup: 'operator.openshift.io', apiVersion: 'v1alpha1' }
        : undefined,
      false,
    ]) as unknown as typeof SDK.useK8sModel,
    useK8sWatchResource: ((resource: SDK.WatchK8sResource | null) => {
      if (!resource) return [undefined, true, undefined];
      if (resource.groupVersionKind?.kind === 'Pod') return [cluster.pod ?? {}, true, undefined];
      return [resource.isList ? [] : {}, true, undefined];
    }) as unknown as typeof SDK.useK8sWatchResource,
    useUserPreference: (<T,>(_key: string, defaultValue?: T) => {
      const [value, setValue] = useState<T | undefined>(defaultValue);
      return [value, setValue, true];
    }) as typeof SDK.useUserPreference,
  };
  return mock;
});

const completedPod = {
  metadata: { name: 'must-gather' },
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'gather',
        ready: false,
        restartCount: 0,
        state: { terminated: { exitCode: 0, reason: 'Completed' } },
      },
    ],
  },
};

beforeEach(() => {
  cluster.denied = () => false;
  cluster.hang = false;
  cluster.pod = undefined;
  cluster.mustGatherModel = false;
  cluster.refuseKind = undefined;
  cluster.posted = [];
  cluster.deleted = [];
});
afterEach(() => vi.restoreAllMocks());

const renderTab = () => render(<DiagnosticsTab obj={routeStack()} />);

describe('the diagnostics bundle', () => {
  it('collects, shows a summary before the download, and downloads the named archive', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:bundle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderTab();
    const card = screen.getByTestId('bundle-card');
    expect(within(card).getByText(/Secret values are never collected/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Collect diagnostics' }));
    const summary = await within(card).findByTestId('bundle-summary');
    expect(within(summary).getByText('The bundle is ready')).toBeInTheDocument();
    expect(within(summary).getByTestId('bundle-pods')).toHaveTextContent('2');
    expect(within(summary).getByTestId('bundle-logs')).toHaveTextContent('4');
    expect(within(summary).getByTestId('bundle-operator')).toHaveTextContent('Included');
    const fileName = within(summary).getByTestId('bundle-file-name').textContent ?? '';
    expect(fileName).toMatch(
      /^must-gather-tempostack-chainsaw-route-simplest-\d{8}T\d{6}Z\.tar\.gz$/,
    );
    await user.click(within(summary).getByRole('button', { name: 'Download' }));
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(fileName);
    await user.click(within(summary).getByRole('button', { name: 'Collect again' }));
    expect(within(card).getByRole('button', { name: 'Collect diagnostics' })).toBeInTheDocument();
  });

  it('without pod-log permission: a partial bundle, with what is missing and why', async () => {
    const user = userEvent.setup();
    cluster.denied = (a) => a.subresource === 'log' || a.resource === 'secrets';
    renderTab();
    await user.click(screen.getByRole('button', { name: 'Collect diagnostics' }));
    const summary = await screen.findByTestId('bundle-summary');
    expect(
      within(summary).getByText('The bundle is ready, but some parts could not be collected (1)'),
    ).toBeInTheDocument();
    const row = within(
      within(summary).getByRole('grid', { name: 'Parts not collected' }),
    ).getAllByRole('row')[1];
    expect(row).toHaveTextContent(
      'Container logs: you may not read pod logs in namespace chainsaw-route',
    );
    expect(row).toHaveTextContent('403');
    expect(within(summary).getByTestId('bundle-logs')).toHaveTextContent('0');
    await user.click(within(summary).getByRole('button', { name: /Not collected, and why/ }));
    expect(
      within(summary).getByText(
        'You may not read Secret minio in namespace chainsaw-route, so its key names are missing.',
      ),
    ).toBeInTheDocument();
  });

  it('disables the operator files for users who may not list Deployments cluster-wide', () => {
    cluster.denied = (a) => a.resource === 'deployments';
    renderTab();
    expect(
      screen.getByRole('checkbox', {
        name: 'Include the operator Deployment, its log and the OLM objects',
      }),
    ).toBeDisabled();
    expect(
      screen.getByText(
        'Needs permission to list Deployments in all namespaces (cluster administrators).',
      ),
    ).toBeInTheDocument();
  });

  it('shows progress and cancels', async () => {
    const user = userEvent.setup();
    cluster.hang = true;
    renderTab();
    await user.click(screen.getByRole('button', { name: 'Collect diagnostics' }));
    const progress = await screen.findByTestId('bundle-progress');
    expect(within(progress).getByRole('progressbar', { name: 'Collecting' })).toBeInTheDocument();
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Collection cancelled. Nothing was downloaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Collect diagnostics' })).toBeInTheDocument();
  });
});

describe('must-gather in the cluster', () => {
  it('refuses a user without the rights, naming each missing permission', async () => {
    cluster.denied = (a) =>
      a.verb === 'create' || (a.verb === 'delete' && a.resource === 'namespaces');
    renderTab();
    const alert = await screen.findByTestId('run-not-allowed');
    expect(
      within(alert).getByText('You cannot run must-gather in the cluster'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('Create namespaces: the run works in a temporary namespace.'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('Delete namespaces: to clean up afterwards.'),
    ).toBeInTheDocument();
    expect(within(alert).queryByText(/Delete cluster roles/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run must-gather' })).not.toBeInTheDocument();
  });

  it('creates the run in order, shows the result with the copy command, and cleans up in order', async () => {
    const user = userEvent.setup();
    cluster.pod = completedPod;
    renderTab();
    const card = screen.getByTestId('in-cluster-card');
    const image = await within(card).findByRole('textbox', { name: 'Must-gather image' });
    expect(image).toHaveValue('ghcr.io/grafana/tempo-operator/must-gather:v0.22.0');
    await waitFor(() =>
      expect(within(card).getByRole('textbox', { name: 'Operator namespace' })).toHaveValue(
        'openshift-tempo-operator',
      ),
    );
    await user.click(within(card).getByRole('button', { name: 'Run must-gather' }));
    const completed = await within(card).findByTestId('run-completed');
    expect(cluster.posted.map((p) => p.body.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'Pod',
    ]);
    const ns = cluster.posted[0].body.metadata?.name ?? '';
    expect(ns).toMatch(/^tempo-must-gather-[a-z0-9]{5}$/);
    expect(cluster.posted[4].url).toBe(`/api/kubernetes/api/v1/namespaces/${ns}/pods`);
    expect(within(completed).getAllByRole('textbox')[0]).toHaveValue(
      `oc rsync -n ${ns} -c copy must-gather:/must-gather ./must-gather.local.${ns.slice(-5)}`,
    );
    expect(within(card).getByTestId('run-phase')).toHaveTextContent('Completed');
    await user.click(within(card).getByRole('button', { name: 'Clean up' }));
    expect(await within(card).findByText('The run objects were deleted.')).toBeInTheDocument();
    expect(cluster.deleted).toEqual([
      `/api/kubernetes/api/v1/namespaces/${ns}/pods/must-gather`,
      `/api/kubernetes/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${ns}`,
      `/api/kubernetes/apis/rbac.authorization.k8s.io/v1/clusterroles/${ns}`,
      `/api/kubernetes/api/v1/namespaces/${ns}`,
    ]);
    await user.click(within(card).getByRole('button', { name: 'Start another run' }));
    expect(within(card).getByRole('button', { name: 'Run must-gather' })).toBeInTheDocument();
  });

  it('removes what it created when creating the run fails, and says why', async () => {
    const user = userEvent.setup();
    cluster.refuseKind = 'ClusterRole';
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Run must-gather' }));
    const error = await screen.findByTestId('run-start-error');
    expect(error).toHaveTextContent('clusterroles.rbac.authorization.k8s.io is forbidden');
    expect(error).toHaveTextContent('The objects it had created were deleted.');
    expect(cluster.posted.map((p) => p.body.kind)).toEqual(['Namespace', 'ServiceAccount']);
    expect(cluster.deleted).toHaveLength(4);
  });

  it('uses the image the user enters', async () => {
    const user = userEvent.setup();
    renderTab();
    const image = await screen.findByRole('textbox', { name: 'Must-gather image' });
    await user.clear(image);
    expect(screen.getByRole('button', { name: 'Run must-gather' })).toBeDisabled();
    await user.type(image, 'registry.example.com/tempo/must-gather:dev');
    await user.click(screen.getByRole('button', { name: 'Run must-gather' }));
    await waitFor(() => expect(cluster.posted).toHaveLength(5));
    const pod = cluster.posted[4].body as { spec?: { containers?: { image?: string }[] } };
    expect(pod.spec?.containers?.map((c) => c.image)).toEqual([
      'registry.example.com/tempo/must-gather:dev',
      'registry.example.com/tempo/must-gather:dev',
    ]);
  });

  it('offers the must-gather operator where it is installed', async () => {
    const user = userEvent.setup();
    cluster.mustGatherModel = true;
    renderTab();
    await user.click(
      await screen.findByRole('button', { name: 'Use the must-gather operator instead' }),
    );
    await user.click(screen.getByRole('button', { name: 'Create MustGather' }));
    await waitFor(() => expect(cluster.posted).toHaveLength(1));
    expect(cluster.posted[0].url).toBe(
      '/api/kubernetes/apis/operator.openshift.io/v1alpha1/namespaces/must-gather-operator/mustgathers',
    );
    expect(cluster.posted[0].body).toMatchObject({
      kind: 'MustGather',
      spec: {
        serviceAccountName: 'must-gather-admin',
        imageStreamRef: { name: 'tempo-must-gather', tag: 'v0.22.0' },
      },
    });
    expect(await screen.findByTestId('must-gather-status')).toHaveTextContent('Running');
  });
});
