import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { translateConsoleString } from '../../sdk/i18n/translate';
import { getReference } from '../../sdk/k8s/model-ref';
import {
  formatNamespacedRouteForHref,
  formatNamespacedRouteForResource,
  modelUrlSegment,
  stripScopeFromPath,
} from '../../sdk/k8s/resource-url';

type NavExtension = { type: string; properties: Record<string, unknown> & { id: string } };

export interface NavLinkItem {
  id: string;
  name: string;
  href: string;
  active: boolean;
  dataAttributes?: Record<string, string>;
}

export interface NavSectionItem {
  id: string;
  name: string;
  items: NavLinkItem[];
  dataAttributes?: Record<string, string>;
}

export type NavNode =
  | ({ kind: 'section' } & NavSectionItem)
  | ({ kind: 'link' } & NavLinkItem)
  | { kind: 'separator'; id: string };

const toArray = (v: unknown): string[] =>
  Array.isArray(v) ? (v as string[]) : typeof v === 'string' && v ? [v] : [];

const dependsOn = (a: NavExtension, b: NavExtension) =>
  [...toArray(a.properties.insertBefore), ...toArray(a.properties.insertAfter)].includes(
    b.properties.id,
  );

const isPositioned = (item: NavExtension, all: NavExtension[]) =>
  all.some((i) => dependsOn(item, i));

const insertItem = (item: NavExtension, current: NavExtension[]) => {
  const before = toArray(item.properties.insertBefore)
    .map((id) => current.findIndex((i) => i.properties.id === id))
    .find((i) => i >= 0);
  const after = toArray(item.properties.insertAfter)
    .map((id) => current.findIndex((i) => i.properties.id === id))
    .find((i) => i >= 0);
  const index = before ?? (after !== undefined ? after + 1 : -1);
  if (index >= 0) current.splice(index, 0, item);
  else current.push(item);
};

const insertPositioned = (items: NavExtension[], current: NavExtension[]): void => {
  if (!items.length) return;
  const free = items.filter((i) => !isPositioned(i, items));
  const positioned = items.filter((i) => isPositioned(i, items));
  if (!free.length) {
    positioned.forEach((i) => insertItem(i, current));
    return;
  }
  free.forEach((i) => insertItem(i, current));
  insertPositioned(positioned, current);
};

/** Orders items as the console does: unpositioned in declaration order, then insertBefore/After. */
export const sortNavExtensions = <E extends NavExtension>(items: E[]): E[] => {
  const sorted = items.filter((i) => !isPositioned(i, items));
  insertPositioned(
    items.filter((i) => isPositioned(i, items)),
    sorted,
  );
  return sorted;
};

export interface NavContext {
  perspective: string;
  namespace: string;
  pathname: string;
  findModel: (gvk: SDK.K8sGroupVersionKind) => SDK.K8sModel | undefined;
}

const hrefActive = (pathname: string, href: string, startsWith?: string[]) => {
  const location = stripScopeFromPath(pathname).split('/');
  const target = stripScopeFromPath(href).split('/');
  return (
    target.every((s, i) => s === location[i]) ||
    (startsWith ?? []).some((p) => stripScopeFromPath(pathname).startsWith(p))
  );
};

const linkFor = (e: NavExtension, ctx: NavContext): NavLinkItem | undefined => {
  const p = e.properties;
  const dataAttributes = p.dataAttributes as Record<string, string> | undefined;
  const startsWith = p.startsWith as string[] | undefined;
  if (e.type === 'console.navigation/href') {
    const raw = String(p.href);
    const href = p.namespaced
      ? formatNamespacedRouteForHref(raw, ctx.namespace)
      : p.prefixNamespaced
        ? formatNamespacedRouteForResource(stripScopeFromPath(raw), ctx.namespace)
        : raw;
    return {
      id: p.id,
      name: translateConsoleString(String(p.name)) ?? '',
      href,
      active: hrefActive(ctx.pathname, raw, startsWith),
      dataAttributes,
    };
  }
  const model = ctx.findModel(p.model as SDK.K8sGroupVersionKind);
  if (!model) return undefined;
  const segment = modelUrlSegment(model);
  const href =
    e.type === 'console.navigation/resource-ns'
      ? formatNamespacedRouteForResource(segment, ctx.namespace)
      : `/k8s/cluster/${segment}`;
  const first = stripScopeFromPath(ctx.pathname).split('/')[0];
  const active =
    [
      getReference({ group: model.apiGroup, version: model.apiVersion, kind: model.kind }),
      model.plural,
    ].includes(first) ||
    (startsWith ?? []).some((s) => stripScopeFromPath(ctx.pathname).startsWith(s));
  const name = translateConsoleString(p.name as string | undefined) ?? model.labelPlural;
  return { id: p.id, name, href, active, dataAttributes };
};

const inPerspective = (e: NavExtension, perspective: string) =>
  ((e.properties.perspective as string | undefined) ?? 'admin') === perspective;

/**
 * The navigation tree: sections and top-level items, sorted, with hrefs for the active namespace;
 * resource items whose kind the cluster does not serve and empty sections are left out.
 */
export const buildNav = (extensions: NavExtension[], ctx: NavContext): NavNode[] => {
  const mine = extensions.filter((e) => inPerspective(e, ctx.perspective));
  const sections = mine.filter((e) => e.type === 'console.navigation/section');
  const topLevel = sortNavExtensions(
    mine.filter((e) => e.type === 'console.navigation/section' || !e.properties.section),
  );
  const itemsOf = (sectionId: string) =>
    sortNavExtensions(
      mine.filter(
        (e) => e.type !== 'console.navigation/section' && e.properties.section === sectionId,
      ),
    );
  const nodes: NavNode[] = [];
  for (const e of topLevel) {
    if (e.type === 'console.navigation/separator') {
      nodes.push({ kind: 'separator', id: e.properties.id });
    } else if (e.type === 'console.navigation/section') {
      const items = itemsOf(e.properties.id)
        .filter((i) => i.type !== 'console.navigation/separator')
        .map((i) => linkFor(i, ctx))
        .filter((i): i is NavLinkItem => !!i);
      if (!items.length) continue;
      const name =
        translateConsoleString(e.properties.name as string | undefined) ?? e.properties.id;
      nodes.push({
        kind: 'section',
        id: e.properties.id,
        name,
        items,
        dataAttributes: e.properties.dataAttributes as Record<string, string> | undefined,
      });
    } else {
      const link = linkFor(e, ctx);
      if (link) nodes.push({ kind: 'link', ...link });
    }
  }
  // Items naming a section nobody declared are shown at the end (the console would hide them),
  // so that they can still be tried.
  const known = new Set(sections.map((s) => s.properties.id));
  const orphans = mine.filter(
    (e) =>
      e.type !== 'console.navigation/section' &&
      typeof e.properties.section === 'string' &&
      !known.has(e.properties.section),
  );
  orphans.forEach((e) => {
    const link = linkFor(e, ctx);
    if (link) nodes.push({ kind: 'link', ...link });
  });
  return nodes;
};
