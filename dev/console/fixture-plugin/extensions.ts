import type { EncodedExtension } from '@openshift/dynamic-plugin-sdk-webpack';

const ConfigMap = { group: '', version: 'v1', kind: 'ConfigMap' };

/**
 * The fixture plugin's extensions: one of each kind the host interprets, on ConfigMaps (which
 * every cluster serves; actions on ServiceAccounts, whose pages stay the host's generic ones),
 * plus one gated off by a flag nobody sets.
 */
export const fixtureExtensions: EncodedExtension[] = [
  { type: 'console.flag/model', properties: { flag: 'FIXTURE_CONFIGMAPS', model: ConfigMap } },
  {
    type: 'console.navigation/section',
    properties: {
      id: 'dev-fixture',
      name: '%plugin__dev-console-fixture~Fixture%',
      perspective: 'admin',
    },
  },
  {
    type: 'console.navigation/href',
    properties: {
      id: 'fixture-page',
      section: 'dev-fixture',
      name: '%plugin__dev-console-fixture~Fixture page%',
      href: '/dev-fixture',
    },
    flags: { required: ['FIXTURE_CONFIGMAPS'] },
  },
  {
    type: 'console.navigation/resource-ns',
    properties: {
      id: 'fixture-configmaps',
      section: 'dev-fixture',
      name: '%plugin__dev-console-fixture~Fixture ConfigMaps%',
      model: ConfigMap,
    },
  },
  {
    type: 'console.navigation/href',
    properties: {
      id: 'fixture-hidden',
      section: 'dev-fixture',
      name: 'Hidden by a flag',
      href: '/dev-fixture/hidden',
    },
    flags: { required: ['NO_SUCH_FLAG'] },
  },
  {
    type: 'console.page/route',
    properties: { path: '/dev-fixture', exact: true, component: { $codeRef: 'FixturePage' } },
  },
  {
    type: 'console.page/resource/list',
    properties: { model: ConfigMap, component: { $codeRef: 'ConfigMapList' } },
  },
  {
    type: 'console.page/resource/details',
    properties: { model: ConfigMap, component: { $codeRef: 'ConfigMapDetails' } },
  },
  {
    type: 'console.resource/create',
    properties: { model: ConfigMap, component: { $codeRef: 'ConfigMapCreate' } },
  },
  {
    type: 'console.action/resource-provider',
    properties: {
      model: { group: '', version: 'v1', kind: 'ServiceAccount' },
      provider: { $codeRef: 'FixtureActions.useFixtureActions' },
    },
  },
];

export const fixtureMetadata = {
  name: 'dev-console-fixture',
  version: '0.0.1',
  displayName: 'Dev console fixture',
  description: 'Exercises the dev console host SDK in tests.',
  exposedModules: {
    FixturePage: './fixture-page',
    ConfigMapList: './configmap-list',
    ConfigMapDetails: './configmap-details',
    ConfigMapCreate: './configmap-create',
    FixtureActions: './fixture-actions',
  },
  dependencies: { '@console/pluginAPI': '>=4.22.0-0' },
};
