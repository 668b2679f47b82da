// @vitest-environment jsdom
import '../../hooks/testing/setup';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSdkState, sdkState } from '../../hooks/testing/sdk-mock';
import type { TempoStack } from '../../tempostack/types';
import TempoStackEditPage from './TempoStackEditPage';

const sdk = vi.hoisted(() => ({
  k8sPatch: vi.fn<typeof SDK.k8sPatch>(),
  k8sGet: vi.fn<typeof SDK.k8sGet>(),
  consoleFetch: vi.fn<typeof SDK.consoleFetch>(),
}));

vi.mock('@openshift-console/dynamic-plugin-sdk', async () => ({
  ...(await import('../../hooks/testing/sdk-mock')),
  ...sdk,
  CodeEditor: ({ value, onChange }: { value?: string; onChange?: (value: string) => void }) => (
    <textarea aria-label="Code editor" value={value} onChange={(e) => onChange?.(e.target.value)} />
  ),
}));

const REF = 'tempo.grafana.com~v1alpha1~TempoStack';

const stored: TempoStack = {
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: {
    name: 'simplest',
    namespace: 'team-a',
    resourceVersion: '10',
    annotations: { 'example.com/owner': 'team-a' },
  },
  spec: {
    storage: { secret: { name: 'minio', type: 's3' } },
    storageSize: '200M',
    timeout: '30s',
    extraConfig: { tempo: { server: { grpc_server_max_recv_msg_size: 8388608 } } },
  },
};

const renderEdit = () =>
  render(
    <MemoryRouter initialEntries={[`/k8s/ns/team-a/${REF}/simplest/form`]}>
      <Routes>
        <Route path={`/k8s/ns/:ns/${REF}/:name/form`} element={<TempoStackEditPage />} />
        <Route path={`/k8s/ns/:ns/${REF}/:name`} element={<p>dashboard</p>} />
      </Routes>
    </MemoryRouter>,
  );

beforeEach(() => {
  sdkState.watch = (resource) =>
    resource.groupVersionKind?.kind === 'TempoStack'
      ? [structuredClone(stored), true, undefined]
      : undefined;
});

afterEach(() => {
  resetSdkState();
  vi.clearAllMocks();
});

describe('TempoStackEditPage', () => {
  it('sends only the changed field, guarded by the resourceVersion it opened', async () => {
    const user = userEvent.setup();
    sdk.k8sPatch.mockImplementation(({ resource }) => Promise.resolve(resource));
    renderEdit();
    const timeout = await screen.findByRole('textbox', { name: 'Request timeout' });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(timeout);
    await user.type(timeout, '90s');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('dashboard')).toBeInTheDocument();
    expect(sdk.k8sPatch.mock.calls[0][0].data).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '10' },
      { op: 'replace', path: '/spec/timeout', value: '90s' },
    ]);
  });

  it('shows what changed on the server after a 409 and re-applies the edit on the current version', async () => {
    const user = userEvent.setup();
    const current: TempoStack = {
      ...structuredClone(stored),
      metadata: {
        ...stored.metadata,
        resourceVersion: '12',
        annotations: { 'example.com/owner': 'team-b' },
      },
      spec: { ...structuredClone(stored.spec), timeout: '5m' },
    };
    sdk.k8sPatch
      .mockRejectedValueOnce(
        Object.assign(new Error('the object has been modified'), { code: 409 }),
      )
      .mockImplementation(({ resource }) => Promise.resolve(resource));
    sdk.k8sGet.mockResolvedValue(current);
    renderEdit();
    await user.clear(await screen.findByRole('textbox', { name: 'Ingester volume size' }));
    await user.type(screen.getByRole('textbox', { name: 'Ingester volume size' }), '1Gi');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict).toHaveTextContent('spec.timeout');
    expect(conflict).toHaveTextContent('"5m"');
    expect(conflict).toHaveTextContent('metadata.annotations[example.com/owner]');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(
      screen.getByRole('button', { name: 'Re-apply my changes to the latest version' }),
    );
    expect(screen.getByRole('textbox', { name: 'Request timeout' })).toHaveValue('5m');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sdk.k8sPatch).toHaveBeenCalledTimes(2));
    expect(sdk.k8sPatch.mock.calls[1][0].data).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '12' },
      { op: 'replace', path: '/spec/storageSize', value: '1Gi' },
    ]);
  });

  it('re-applies by itself when only the status changed (no editable field differs)', async () => {
    const user = userEvent.setup();
    sdk.k8sPatch
      .mockRejectedValueOnce(Object.assign(new Error('conflict'), { code: 409 }))
      .mockImplementation(({ resource }) => Promise.resolve(resource));
    sdk.k8sGet.mockResolvedValue({
      ...structuredClone(stored),
      metadata: { ...stored.metadata, resourceVersion: '11' },
    });
    renderEdit();
    const timeout = await screen.findByRole('textbox', { name: 'Request timeout' });
    await user.clear(timeout);
    await user.type(timeout, '1m');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('dashboard')).toBeInTheDocument();
    expect(sdk.k8sPatch.mock.calls[1][0].data[0]).toEqual({
      op: 'replace',
      path: '/metadata/resourceVersion',
      value: '11',
    });
  });
});
