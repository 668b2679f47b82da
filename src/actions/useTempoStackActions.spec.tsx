// @vitest-environment jsdom
import '../hooks/testing/setup';
import type { Action, AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStack } from '../hooks/testing/fixtures';
import { resetSdkState, sdkState } from '../hooks/testing/sdk-mock';
import { useTempoStackActions } from './useTempoStackActions';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../hooks/testing/sdk-mock'));

const stack = makeStack('simplest', 'chainsaw-route', {
  spec: {
    template: { queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } } },
  },
});

const routeWith = (host: string) => ({
  metadata: {
    name: 'tempo-simplest-query-frontend',
    namespace: 'chainsaw-route',
    labels: { 'app.kubernetes.io/instance': 'simplest' },
  },
  spec: { host, tls: { termination: 'edge' } },
});

const actionsAt = (url = '/k8s/all-namespaces/tempo.grafana.com~v1alpha1~TempoStack') => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => useTempoStackActions(stack), { wrapper }).result.current;
};

const ids = (actions: Action[]) => actions.map((a) => a.id);
const href = (action: Action | undefined) =>
  action && typeof action.cta !== 'function' ? action.cta : undefined;

beforeEach(() => {
  resetSdkState();
  sdkState.watch = (resource) =>
    resource.groupVersionKind?.kind === 'Route'
      ? [[routeWith('example.com')], true, undefined]
      : undefined;
});

describe('useTempoStackActions', () => {
  it('offers every action to a user who may do everything', () => {
    const [actions, loaded] = actionsAt();
    expect(loaded).toBe(true);
    expect(ids(actions)).toEqual([
      'edit-tempostack',
      'open-jaeger-ui',
      'collect-diagnostics',
      'delete-tempostack',
    ]);
    expect(href(actions[0])).toEqual({
      href: '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack/simplest/form',
    });
    expect(href(actions[1])).toEqual({ href: 'https://example.com/', external: true });
    expect(href(actions[2])).toEqual({
      href: '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack/simplest/diagnostics',
    });
  });

  it('asks the API server about update and delete of the stack and get of pods', () => {
    const asked: AccessReviewResourceAttributes[] = [];
    sdkState.allowed = (attributes) => {
      asked.push(attributes);
      return true;
    };
    actionsAt();
    expect(asked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          group: 'tempo.grafana.com',
          resource: 'tempostacks',
          verb: 'update',
          name: 'simplest',
          namespace: 'chainsaw-route',
        }),
        expect.objectContaining({
          group: 'tempo.grafana.com',
          resource: 'tempostacks',
          verb: 'delete',
          name: 'simplest',
          namespace: 'chainsaw-route',
        }),
        expect.objectContaining({
          group: '',
          resource: 'pods',
          verb: 'get',
          namespace: 'chainsaw-route',
        }),
      ]),
    );
  });

  it('hides Edit and Delete from a user who may only read', () => {
    sdkState.allowed = ({ verb }) => verb === 'get' || verb === 'list';
    expect(ids(actionsAt()[0])).toEqual(['open-jaeger-ui', 'collect-diagnostics']);
  });

  it('hides Collect diagnostics from a user who may not read pods', () => {
    sdkState.allowed = ({ resource }) => resource !== 'pods';
    expect(ids(actionsAt()[0])).not.toContain('collect-diagnostics');
  });

  it('offers no Jaeger UI without a safe URL', () => {
    sdkState.watch = (resource) =>
      resource.groupVersionKind?.kind === 'Route'
        ? [[routeWith('evil.example.com/"><script>')], true, undefined]
        : undefined;
    expect(ids(actionsAt()[0])).not.toContain('open-jaeger-ui');
    sdkState.watch = () => undefined;
    expect(ids(actionsAt()[0])).not.toContain('open-jaeger-ui');
  });

  it('deletes through the console modal, going back to the list only from the details page', () => {
    const fromList = actionsAt()[0].find((a) => a.id === 'delete-tempostack');
    act(() => (fromList?.cta as () => void)());
    expect(sdkState.deleted[0].redirectTo).toBeUndefined();
    expect(sdkState.deleted[0].resource).toMatchObject({
      kind: 'TempoStack',
      apiVersion: 'tempo.grafana.com/v1alpha1',
      metadata: { name: 'simplest' },
    });
    const fromDetails = actionsAt(
      '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack/simplest/events',
    )[0].find((a) => a.id === 'delete-tempostack');
    act(() => (fromDetails?.cta as () => void)());
    expect(sdkState.deleted[1].redirectTo).toBe(
      '/k8s/ns/chainsaw-route/tempo.grafana.com~v1alpha1~TempoStack',
    );
  });
});
