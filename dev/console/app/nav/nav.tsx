import { Nav, NavExpandable, NavItem, NavItemSeparator, NavList } from '@patternfly/react-core';
import { type FC, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useActiveNamespace } from '../../sdk/context/active-namespace';
import { useActivePerspective } from '../../sdk/context/perspective';
import { useExtensionsInUse } from '../../sdk/extensions/extension-store';
import { findModel, useModelState } from '../../sdk/models/model-store';
import { HOST_NAV } from './host-nav';
import { type NavLinkItem, buildNav } from './nav-model';

const NAV_TYPES = new Set([
  'console.navigation/section',
  'console.navigation/href',
  'console.navigation/resource-ns',
  'console.navigation/resource-cluster',
  'console.navigation/separator',
]);

const isNavExtension = (e: {
  type: string;
}): e is { type: string; properties: Record<string, unknown> & { id: string } } =>
  NAV_TYPES.has(e.type);

const Link: FC<{ item: NavLinkItem }> = ({ item }) => {
  const navigate = useNavigate();
  return (
    <NavItem
      itemId={item.id}
      to={item.href}
      isActive={item.active}
      data-test="nav"
      data-test-nav-id={item.id}
      {...item.dataAttributes}
      onClick={(event) => {
        event.preventDefault();
        void navigate(item.href);
      }}
    >
      {item.name}
    </NavItem>
  );
};

/** The side navigation: the host's own items plus every plugin navigation extension in use. */
export const AppNav: FC = () => {
  const location = useLocation();
  const [namespace] = useActiveNamespace();
  const [perspective] = useActivePerspective();
  const models = useModelState();
  const pluginNav = useExtensionsInUse(isNavExtension as never) as unknown as Parameters<
    typeof buildNav
  >[0];
  const nodes = useMemo(
    () =>
      buildNav([...HOST_NAV, ...pluginNav], {
        perspective,
        namespace,
        pathname: location.pathname,
        findModel: (gvk) => findModel(models, gvk),
      }),
    [pluginNav, perspective, namespace, location.pathname, models],
  );
  return (
    <Nav aria-label="Navigation" data-test-id="dev-console-nav">
      <NavList>
        {nodes.map((node) => {
          if (node.kind === 'separator') return <NavItemSeparator key={node.id} />;
          if (node.kind === 'link') return <Link key={node.id} item={node} />;
          return (
            <NavExpandable
              key={node.id}
              title={node.name}
              isExpanded
              isActive={node.items.some((i) => i.active)}
              data-test-section-id={node.id}
              {...node.dataAttributes}
            >
              {node.items.map((item) => (
                <Link key={item.id} item={item} />
              ))}
            </NavExpandable>
          );
        })}
      </NavList>
    </Nav>
  );
};
