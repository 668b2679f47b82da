import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { type ComponentType, type FC, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { isHorizontalNavTab } from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { getGroupVersionKindForResource } from '../k8s/model-ref';
import { useResolvedExtensions } from '../extensions/extension-store';
import { translateConsoleString } from '../i18n/translate';

interface Page {
  href: string;
  name: string;
  component: ComponentType<SDK.PageComponentProps>;
}

const trimSlashes = (s: string) => s.replace(/^\/+|\/+$/g, '');

/** The tab whose href is the longest prefix of the rest of the path; else the default ('') tab. */
export const selectPage = <P extends { href: string }>(pages: P[], rest: string): P | undefined => {
  const path = trimSlashes(rest);
  const matches = pages
    .filter((p) => p.href !== '' && (path === p.href || path.startsWith(`${p.href}/`)))
    .sort((a, b) => b.href.length - a.href.length);
  return matches[0] ?? pages.find((p) => p.href === '') ?? (path === '' ? pages[0] : undefined);
};

/** The URL of the page that hosts the tabs: the current path without the tab part (`*` splat). */
export const tabBase = (pathname: string, splat: string | undefined): string => {
  const rest = splat ?? '';
  const base =
    rest && pathname.endsWith(rest) ? pathname.slice(0, pathname.length - rest.length) : pathname;
  return base.replace(/\/+$/, '');
};

const useTabExtensions = (resource: SDK.K8sResourceCommon | undefined): Page[] => {
  const [tabs] = useResolvedExtensions<SDK.HorizontalNavTab>(isHorizontalNavTab);
  return useMemo(() => {
    const gvk = resource ? getGroupVersionKindForResource(resource) : undefined;
    if (!gvk) return [];
    return tabs
      .filter(
        (t) =>
          t.properties.model.kind === gvk.kind &&
          t.properties.model.version === gvk.version &&
          (t.properties.model.group ?? '') === (gvk.group ?? ''),
      )
      .map((t) => ({
        href: trimSlashes(t.properties.page.href),
        name: translateConsoleString(t.properties.page.name) ?? t.properties.page.name,
        component: t.properties.component,
      }));
  }, [tabs, resource]);
};

export const HorizontalNav: FC<SDK.HorizontalNavProps> = ({ resource, pages, customData }) => {
  const location = useLocation();
  const params = useParams();
  const navigate = useNavigate();
  const extensionPages = useTabExtensions(resource);
  const allPages: Page[] = useMemo(
    () => [
      ...pages.map((p) => ({
        href: trimSlashes(p.href ?? p.path ?? ''),
        name: p.name,
        component: p.component as ComponentType<SDK.PageComponentProps>,
      })),
      ...extensionPages,
    ],
    [pages, extensionPages],
  );
  const base = tabBase(location.pathname, params['*']);
  const rest = location.pathname.slice(base.length);
  const active = selectPage(allPages, rest);
  const hrefOf = (p: Page) => (p.href ? `${base}/${p.href}` : base);
  const Component = active?.component;
  return (
    <>
      <PageSection hasBodyWrapper={false} type="tabs" className="dev-console-horizontal-nav">
        <Tabs
          activeKey={active?.href ?? ''}
          component="nav"
          aria-label="Horizontal navigation"
          onSelect={(event, key) => {
            event.preventDefault();
            const page = allPages.find((p) => p.href === key);
            if (page) void navigate(hrefOf(page));
          }}
        >
          {allPages.map((p) => (
            <Tab
              key={p.href || '(default)'}
              eventKey={p.href}
              href={hrefOf(p)}
              title={<TabTitleText>{p.name}</TabTitleText>}
              data-test-id={`horizontal-link-${p.name}`}
              // Tabs here are links to pages, not panels of this component: nothing to control.
              aria-controls={undefined}
            />
          ))}
        </Tabs>
      </PageSection>
      {Component ? (
        <Component obj={resource} customData={customData} params={params} />
      ) : (
        <PageSection hasBodyWrapper={false}>404: no tab matches this URL.</PageSection>
      )}
    </>
  );
};
