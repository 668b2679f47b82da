import { Bullseye, Page, PageSidebar, PageSidebarBody, Spinner } from '@patternfly/react-core';
import { type FC, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { OverlayContainer } from '../../sdk/components/overlay';
import { namespaceFromPath, setActiveNamespace } from '../../sdk/context/active-namespace';
import { useStore } from '../../sdk/utils/simple-store';
import { HostAlerts } from '../components/host-alerts';
import { AppNav } from '../nav/nav';
import { pluginStatusStore } from '../plugins';
import { AppRoutes } from '../routes/app-routes';
import { AppMasthead } from './masthead';
import { type Theme, applyTheme, initialTheme, storeTheme, storedTheme } from './theme';

/** Keeps the active namespace in step with the URL, as the console does. */
const NamespaceFromUrl: FC = () => {
  const { pathname } = useLocation();
  useEffect(() => {
    const ns = namespaceFromPath(pathname);
    if (ns) setActiveNamespace(ns);
  }, [pathname]);
  return null;
};

export const AppShell: FC = () => {
  const [theme, setTheme] = useState<Theme>(() =>
    initialTheme(window.location.search, storedTheme()),
  );
  useEffect(() => applyTheme(theme), [theme]);
  const pluginsSettled = useStore(pluginStatusStore).every((p) => p.status !== 'pending');
  const changeTheme = (next: Theme) => {
    storeTheme(next);
    setTheme(next);
  };
  return (
    <Page
      masthead={<AppMasthead theme={theme} onThemeChange={changeTheme} />}
      sidebar={
        <PageSidebar>
          <PageSidebarBody>
            <AppNav />
          </PageSidebarBody>
        </PageSidebar>
      }
      isManagedSidebar
      mainContainerId="content"
    >
      <NamespaceFromUrl />
      <HostAlerts />
      {pluginsSettled ? (
        <AppRoutes />
      ) : (
        <Bullseye>
          <Spinner aria-label="Loading plugins" />
        </Bullseye>
      )}
      <OverlayContainer />
    </Page>
  );
};
