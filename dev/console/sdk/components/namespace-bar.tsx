import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  FormSelect,
  FormSelectOption,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useActiveNamespace } from '../context/active-namespace';
import { ALL_NAMESPACES_KEY } from '../k8s/resource-url';
import { useK8sWatchResource } from '../watch/use-k8s-watch';

/** Rewrites the namespace part of a console URL (`/ns/<ns>` ⇄ `/all-namespaces`). */
export const replaceNamespaceInPath = (pathname: string, ns: string): string | undefined => {
  const target = ns === ALL_NAMESPACES_KEY ? 'all-namespaces' : `ns/${encodeURIComponent(ns)}`;
  if (/\/ns\/[^/]+/.test(pathname)) return pathname.replace(/\/ns\/[^/]+/, `/${target}`);
  if (/\/all-namespaces(\/|$)/.test(pathname))
    return pathname.replace(/\/all-namespaces/, `/${target}`);
  return undefined;
};

export const NamespaceBar: FC<SDK.NamespaceBarProps> = ({
  onNamespaceChange,
  isDisabled,
  children,
}) => {
  const [namespace, setNamespace] = useActiveNamespace();
  const location = useLocation();
  const navigate = useNavigate();
  const [namespaces] = useK8sWatchResource<SDK.K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    isList: true,
  });
  const names = (namespaces ?? [])
    .map((n) => n.metadata?.name ?? '')
    .filter(Boolean)
    .sort();
  if (namespace !== ALL_NAMESPACES_KEY && !names.includes(namespace)) names.unshift(namespace);
  const change = (ns: string) => {
    setNamespace(ns);
    onNamespaceChange?.(ns);
    const next = replaceNamespaceInPath(location.pathname, ns);
    if (next && next !== location.pathname) void navigate(next + location.search);
  };
  return (
    <Toolbar className="dev-console-namespace-bar" data-test-id="namespace-bar">
      <ToolbarContent>
        <ToolbarItem>
          <FormSelect
            value={namespace}
            onChange={(_e, v) => change(v)}
            aria-label="Project"
            isDisabled={isDisabled}
            data-test-id="namespace-bar-dropdown"
          >
            <FormSelectOption value={ALL_NAMESPACES_KEY} label="All Projects" />
            {names.map((n) => (
              <FormSelectOption key={n} value={n} label={`Project: ${n}`} />
            ))}
          </FormSelect>
        </ToolbarItem>
        {children ? <ToolbarItem>{children}</ToolbarItem> : null}
      </ToolbarContent>
    </Toolbar>
  );
};
