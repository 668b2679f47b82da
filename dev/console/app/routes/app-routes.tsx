import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { isRoutePage } from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import type { FC } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useActivePerspective } from '../../sdk/context/perspective';
import { useExtensionsInUse } from '../../sdk/extensions/extension-store';
import { ExtensionComponent } from '../components/extension-component';
import { NotFoundPage } from '../pages/not-found-page';
import { OverviewPage } from '../pages/overview-page';
import { ResourceCreatePage } from '../pages/resource-create-page';
import { ResourceDetailsPage } from '../pages/resource-details-page';
import { ResourceListPage } from '../pages/resource-list-page';

/**
 * React Router 7 paths for a `console.page/route`: the console keeps the old (non-exact) matching
 * unless `exact: true`, so a non-exact path also matches everything below it (`/*`).
 */
export const routePaths = (properties: { path: string | string[]; exact?: boolean }): string[] =>
  (Array.isArray(properties.path) ? properties.path : [properties.path]).map((p) =>
    properties.exact ? p : `${p.replace(/\/+$/, '')}/*`,
  );

const pluginRoutes = (pages: LoadedExtension<SDK.RoutePage>[], perspective: string) =>
  pages
    .filter((p) => !p.properties.perspective || p.properties.perspective === perspective)
    .flatMap((p) =>
      routePaths(p.properties).map((path) => (
        <Route
          key={`${p.uid}:${path}`}
          path={path}
          element={<ExtensionComponent key={p.uid} extension={p} />}
        />
      )),
    );

/** The console's routes: plugin pages first-class, then the host's generic resource pages. */
export const AppRoutes: FC = () => {
  const pages = useExtensionsInUse<SDK.RoutePage>(isRoutePage);
  const [perspective] = useActivePerspective();
  return (
    <Routes>
      {pluginRoutes(pages, perspective)}
      <Route path="/" element={<Navigate to="/dev-console" replace />} />
      <Route path="/dev-console" element={<OverviewPage />} />
      <Route
        path="/k8s/ns/:ns/operators.coreos.com~v1alpha1~ClusterServiceVersion/:csvName/:plural/~new"
        element={<ResourceCreatePage scope="ns" />}
      />
      <Route
        path="/k8s/ns/:ns/clusterserviceversions/:csvName/:plural/~new"
        element={<ResourceCreatePage scope="ns" />}
      />
      <Route path="/k8s/ns/:ns/:plural/~new" element={<ResourceCreatePage scope="ns" />} />
      <Route path="/k8s/cluster/:plural/~new" element={<ResourceCreatePage scope="cluster" />} />
      <Route path="/k8s/ns/:ns/:plural/:name/*" element={<ResourceDetailsPage scope="ns" />} />
      <Route
        path="/k8s/cluster/:plural/:name/*"
        element={<ResourceDetailsPage scope="cluster" />}
      />
      <Route path="/k8s/ns/:ns/:plural" element={<ResourceListPage scope="ns" />} />
      <Route path="/k8s/all-namespaces/:plural" element={<ResourceListPage scope="all" />} />
      <Route path="/k8s/cluster/:plural" element={<ResourceListPage scope="cluster" />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
};
