import * as OpenShiftDynamicPluginSdk from '@openshift/dynamic-plugin-sdk';
import * as React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import { packageVersions, pfDynamicModules } from 'virtual:dev-console/pf-dynamic-modules';
import * as ConsoleSdk from '../../sdk';

/** One provided version of a shared module, in webpack's share-scope format. */
export interface SharedModuleVersion {
  get: () => Promise<() => unknown>;
  from: string;
  eager: boolean;
  /** Marks the host's copy as in use, so a plugin's own fallback never replaces it. */
  loaded?: 1;
}

export type ShareScope = Record<string, Record<string, SharedModuleVersion>>;

/** The versions provided: the installed ones, which the project pins to console 4.22's. */
export const CONSOLE_VERSIONS = {
  sdk: packageVersions['@openshift-console/dynamic-plugin-sdk'],
  react: packageVersions.react,
  reactRouter: packageVersions['react-router'],
  reactI18next: packageVersions['react-i18next'],
  openshiftSdk: packageVersions['@openshift/dynamic-plugin-sdk'],
};

const FROM = 'openshift-console';

const provided = (
  version: string,
  load: () => Promise<unknown>,
): Record<string, SharedModuleVersion> => ({
  [version]: { get: () => load().then((m) => () => m), from: FROM, eager: true, loaded: 1 },
});

const now = (value: unknown) => () => Promise.resolve(value);

/**
 * The share scope the host initialises plugin containers with, as the console does: the
 * console-provided singletons (React, react-router, react-i18next, the SDK — ours) and every
 * PatternFly dynamic module, so the plugin's fallback chunks are never needed.
 */
export const createShareScope = (): ShareScope => {
  const scope: ShareScope = {
    react: provided(CONSOLE_VERSIONS.react, now(React)),
    'react-router': provided(CONSOLE_VERSIONS.reactRouter, now(ReactRouter)),
    // Deprecated in 4.22 but still provided: react-router 7 is its successor.
    'react-router-dom': provided(CONSOLE_VERSIONS.reactRouter, now(ReactRouter)),
    'react-i18next': provided(CONSOLE_VERSIONS.reactI18next, now(ReactI18next)),
    '@openshift-console/dynamic-plugin-sdk': provided(CONSOLE_VERSIONS.sdk, now(ConsoleSdk)),
    '@openshift/dynamic-plugin-sdk': provided(
      CONSOLE_VERSIONS.openshiftSdk,
      now(OpenShiftDynamicPluginSdk),
    ),
  };
  for (const [key, entry] of Object.entries(pfDynamicModules)) {
    scope[key] = provided(entry.version, entry.load);
  }
  return scope;
};
