// @vitest-environment jsdom
import '../../hooks/testing/setup';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSdkState, sdkState } from '../../hooks/testing/sdk-mock';
import TempoStackCreatePage from './TempoStackCreatePage';

const sdk = vi.hoisted(() => ({
  k8sCreate: vi.fn<typeof SDK.k8sCreate>(),
  k8sDelete: vi.fn<typeof SDK.k8sDelete>(),
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
const b64 = (text: string) => btoa(text);

const Dashboard = () => <p>dashboard of {useParams().name}</p>;

const renderWizard = () =>
  render(
    <MemoryRouter initialEntries={[`/k8s/ns/team-a/${REF}/~new`]}>
      <Routes>
        <Route
          path={`/k8s/ns/:ns/${REF}/~new`}
          element={<TempoStackCreatePage namespace="team-a" />}
        />
        <Route path={`/k8s/ns/:ns/${REF}/:name`} element={<Dashboard />} />
      </Routes>
    </MemoryRouter>,
  );

/** A step's button in the wizard's navigation (named ", error <step>" while it has errors). */
const step = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Create TempoStack steps' })).getByRole('button', {
    name: new RegExp(`${name}$`),
  });

beforeEach(() => {
  window.localStorage.clear();
  sdkState.watch = (resource) => {
    const kind = resource.groupVersionKind?.kind;
    if (kind === 'Namespace') return [[{ metadata: { name: 'team-a' } }], true, undefined];
    if (kind === 'Secret' && resource.isList)
      return [[{ metadata: { name: 'minio' } }], true, undefined];
    if (kind === 'Secret' && resource.name === 'minio') {
      const data = {
        endpoint: 'http://minio:9000',
        bucket: 'tempo',
        access_key_id: 'tempo',
        access_key_secret: 'hidden',
      };
      return [
        {
          metadata: { name: 'minio' },
          data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
        },
        true,
        undefined,
      ];
    }
    return undefined;
  };
  sdk.consoleFetch.mockResolvedValue(new Response('{}', { status: 201 }));
  sdk.k8sCreate.mockImplementation(({ data }) => Promise.resolve(data));
  sdk.k8sDelete.mockResolvedValue({});
});

afterEach(() => {
  resetSdkState();
  vi.clearAllMocks();
});

describe('TempoStackCreatePage', () => {
  it('reports a bad name on the field, then creates the stack with an existing Secret', async () => {
    const user = userEvent.setup();
    renderWizard();
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await user.type(name, 'Bad_Name');
    await user.tab();
    expect(
      await screen.findByText(/start with a letter and end with a letter or digit/),
    ).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'simplest');

    await user.click(step('Storage'));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Secret/ }), 'minio');
    expect(screen.getByTestId('secret-key-check')).toHaveTextContent(
      'Keys in the Secret: access_key_id, access_key_secret, bucket, endpoint',
    );
    expect(screen.getByTestId('secret-key-check')).not.toHaveTextContent('hidden');

    await user.click(step('Review'));
    await waitFor(() =>
      expect(sdk.consoleFetch).toHaveBeenCalledWith(
        `/api/kubernetes/apis/tempo.grafana.com/v1alpha1/namespaces/team-a/tempostacks?dryRun=All`,
        expect.objectContaining({ method: 'POST' }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('dashboard of simplest')).toBeInTheDocument();
    expect(sdk.k8sCreate).toHaveBeenCalledTimes(1);
    expect(sdk.k8sCreate.mock.calls[0][0].data).toEqual({
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoStack',
      metadata: { name: 'simplest', namespace: 'team-a' },
      spec: { storage: { secret: { name: 'minio', type: 's3' } } },
    });
    expect(window.localStorage.length).toBe(0);
  });

  it('removes the Secret it created when the TempoStack is rejected, and says why', async () => {
    const user = userEvent.setup();
    sdk.k8sCreate
      .mockImplementationOnce(({ data }) => Promise.resolve(data))
      .mockRejectedValueOnce(
        Object.assign(new Error('admission webhook denied the request'), { code: 400 }),
      );
    renderWizard();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'simplest');
    await user.click(step('Storage'));
    await user.click(screen.getByRole('radio', { name: 'Create a Secret' }));
    await user.type(screen.getByRole('textbox', { name: /^Secret name/ }), 'new-minio');
    await user.type(screen.getByRole('textbox', { name: /^Bucket/ }), 'tempo');
    await user.type(screen.getByLabelText(/^Endpoint/), 'http://minio:9000');
    await user.type(screen.getByRole('textbox', { name: /^Access key ID/ }), 'tempo');
    await user.type(screen.getByLabelText(/^Secret access key/), 'typed-secret-value');

    await user.click(step('Review'));
    expect(screen.getByTestId('review-secret')).toHaveTextContent(
      'First the Secret new-minio is created with the keys bucket, endpoint, access_key_id, access_key_secret (values not shown)',
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const alert = await screen.findByTestId('create-error');
    expect(alert).toHaveTextContent('admission webhook denied the request');
    expect(alert).toHaveTextContent(
      'The Secret new-minio created a moment before was removed again',
    );
    expect(sdk.k8sDelete.mock.calls[0][0].resource.metadata).toEqual({
      name: 'new-minio',
      namespace: 'team-a',
    });
    expect(document.body.textContent).not.toContain('typed-secret-value');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('typed-secret-value');
  });
});
