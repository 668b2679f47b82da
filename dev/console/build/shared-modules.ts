import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { resolveDynamicModuleMaps } from '@openshift-console/dynamic-plugin-sdk-webpack/lib/webpack/DynamicModuleImportPlugin';

/** The PatternFly packages the console shares as dynamic modules (as `ConsoleRemotePlugin`). */
export const PF_DYNAMIC_PACKAGES = [
  '@patternfly/react-core',
  '@patternfly/react-data-view',
  '@patternfly/react-icons',
  '@patternfly/react-table',
  '@patternfly/react-templates',
];

/** The console-provided singletons whose installed versions the host advertises. */
export const SINGLETON_PACKAGES = [
  'react',
  'react-router',
  'react-i18next',
  '@openshift-console/dynamic-plugin-sdk',
  '@openshift/dynamic-plugin-sdk',
];

export const packageVersion = (nodeModules: string, name: string): string | undefined => {
  try {
    return (
      JSON.parse(readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return undefined;
  }
};

/**
 * Share keys of every PatternFly dynamic module, computed exactly as the plugin build computes
 * them (`<package>/dist/dynamic/...`), with the installed package's version.
 */
export const pfDynamicModuleKeys = (
  nodeModules: string,
): { key: string; version: string; chunk: string }[] => {
  const maps = resolveDynamicModuleMaps(
    Object.fromEntries(PF_DYNAMIC_PACKAGES.map((p) => [p, {}])),
    [nodeModules],
    (p: string) => packageVersion(nodeModules, p) !== undefined,
  );
  return Object.entries(maps).flatMap(([pkg, map]) => {
    const version = packageVersion(nodeModules, pkg) ?? '0.0.0';
    const chunk = pkg.replace('@patternfly/', 'pf-');
    return [...new Set(Object.values(map))]
      .sort()
      .map((request) => ({ key: `${pkg}/${request}`, version, chunk }));
  });
};

/** Source of `virtual:dev-console/pf-dynamic-modules`. */
export const pfDynamicModulesSource = (nodeModules: string): string => {
  const entries = pfDynamicModuleKeys(nodeModules).map(
    ({ key, version, chunk }) =>
      `  ${JSON.stringify(key)}: { version: ${JSON.stringify(version)}, load: () => import(/* webpackChunkName: ${JSON.stringify(chunk)} */ ${JSON.stringify(key)}) },`,
  );
  const versions = Object.fromEntries(
    SINGLETON_PACKAGES.map((p) => [p, packageVersion(nodeModules, p) ?? '0.0.0']),
  );
  return [
    `export const packageVersions = ${JSON.stringify(versions)};`,
    'export const pfDynamicModules = {',
    ...entries,
    '};',
    '',
  ].join('\n');
};

const cssFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return cssFiles(full);
      return name.endsWith('.css') && !name.startsWith('_') ? [full] : [];
    });

/**
 * Source of `virtual:dev-console/pf-styles`: PatternFly's base styles, then every component,
 * layout and utility stylesheet (the plugin build aliases them all away: the console loads them).
 */
export const pfStylesSource = (nodeModules: string): string => {
  const styles = path.join(nodeModules, '@patternfly/react-styles/css');
  const files = [
    path.join(nodeModules, '@patternfly/react-core/dist/styles/base.css'),
    ...['components', 'layouts', 'utilities'].flatMap((d) => cssFiles(path.join(styles, d))),
  ];
  return files.map((f) => `import ${JSON.stringify(f)};`).join('\n');
};
