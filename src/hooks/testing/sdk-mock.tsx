/**
 * Test-only: a typed stand-in for `@openshift-console/dynamic-plugin-sdk` in component tests.
 * A spec mocks the SDK with it:
 *
 *   vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../../hooks/testing/sdk-mock'));
 *
 * and sets `sdkState` to answer watches and access reviews.
 */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';

type WatchAnswer = [unknown, boolean, unknown];

/** What the mocked SDK answers, and what it recorded. */
export const sdkState: {
  /** Answers a watch; default: loaded and empty. */
  watch: (resource: SDK.WatchK8sResource) => WatchAnswer | undefined;
  /** Answers an access review; default: allowed. */
  allowed: (attributes: SDK.AccessReviewResourceAttributes) => boolean;
  /** Every watch requested. */
  watched: SDK.WatchK8sResource[];
  /** Every delete modal launched: the resource and the redirect. */
  deleted: { resource: SDK.K8sResourceCommon; redirectTo: unknown }[];
} = {
  watch: () => undefined,
  allowed: () => true,
  watched: [],
  deleted: [],
};

/** Restores the defaults between tests. */
export const resetSdkState = () => {
  sdkState.watch = () => undefined;
  sdkState.allowed = () => true;
  sdkState.watched = [];
  sdkState.deleted = [];
};

export const useK8sWatchResource = ((resource: SDK.WatchK8sResource | null): WatchAnswer => {
  if (!resource) return [undefined, true, undefined];
  sdkState.watched.push(resource);
  return sdkState.watch(resource) ?? [resource.isList ? [] : {}, true, undefined];
}) as unknown as typeof SDK.useK8sWatchResource;

export const useAccessReview: typeof SDK.useAccessReview = (attributes) => [
  sdkState.allowed(attributes),
  false,
];

export const useDeleteModal: typeof SDK.useDeleteModal = (resource, redirectTo) => () => {
  sdkState.deleted.push({ resource, redirectTo });
};

export const ListPageHeader = ({ title, children }: SDK.ListPageHeaderProps) => (
  <header>
    <h1>{title}</h1>
    {children}
  </header>
);

export const ListPageBody = ({ children }: { children?: ReactNode }) => <div>{children}</div>;

export const ListPageCreateLink = ({ to, children }: SDK.ListPageCreateLinkProps) => (
  <a href={to}>{children}</a>
);

export const ResourceLink = ({ name, namespace, groupVersionKind }: SDK.ResourceLinkProps) => (
  <a href={`/k8s/${namespace ?? 'cluster'}/${groupVersionKind?.kind ?? ''}/${name ?? ''}`}>
    {name}
  </a>
);

export const ResourceIcon = () => null;

export const Timestamp = ({ timestamp }: SDK.TimestampProps) => <span>{timestamp}</span>;

export const DocumentTitle = () => null;

export const ResourceYAMLEditor = ({ initialResource }: SDK.ResourceYAMLEditorProps) => (
  <pre data-test="yaml-editor">{initialResource.metadata?.name}</pre>
);

/** Renders the tab whose href is the last URL segment (else the first tab), like the console. */
export const HorizontalNav = ({ pages }: SDK.HorizontalNavProps) => {
  const { pathname } = useLocation();
  const last = pathname.split('/').pop() ?? '';
  const page = pages.find((p) => p.href && p.href === last) ?? pages[0];
  const Page = page.component;
  return (
    <>
      <nav aria-label="Tabs">
        {pages.map((p) => (
          <span key={p.name}>{p.name}</span>
        ))}
      </nav>
      <Page />
    </>
  );
};
