import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { modelFlags } from '../../app/extensions/model-flags';
import { modelFromSpec } from '../models/model-factory';
import type { ModelState } from '../models/model-store';
import { isExtensionInUse } from './flag-store';

const flagExt = (flag: string, kind: string): LoadedExtension => ({
  type: 'console.flag/model',
  properties: { flag, model: { group: 'tempo.grafana.com', version: 'v1alpha1', kind } },
  pluginName: 'p',
  uid: flag,
});

const state = (kinds: string[], loaded: boolean): ModelState => {
  const models = kinds.map((kind) =>
    modelFromSpec({
      group: 'tempo.grafana.com',
      version: 'v1alpha1',
      kind,
      plural: `${kind.toLowerCase()}s`,
      namespaced: true,
    }),
  );
  return {
    byReference: Object.fromEntries(models.map((m) => [`tempo.grafana.com~v1alpha1~${m.kind}`, m])),
    byKind: {},
    consoleMap: {},
    loaded,
    inFlight: !loaded,
  };
};

describe('flags', () => {
  it('gates extensions on required and disallowed flags', () => {
    expect(isExtensionInUse(undefined, {})).toBe(true);
    expect(isExtensionInUse({ required: ['A'] }, { A: true })).toBe(true);
    expect(isExtensionInUse({ required: ['A'] }, { A: undefined })).toBe(false);
    expect(isExtensionInUse({ required: ['A'] }, { A: false })).toBe(false);
    expect(isExtensionInUse({ disallowed: ['B'] }, { B: false })).toBe(true);
    expect(isExtensionInUse({ disallowed: ['B'] }, { B: true })).toBe(false);
  });

  it('sets console.flag/model flags from discovery: unknown, then served or not', () => {
    const exts = [flagExt('TEMPOSTACK', 'TempoStack'), flagExt('MONOLITHIC', 'TempoMonolithic')];
    expect(modelFlags(exts, state([], false))).toEqual({
      TEMPOSTACK: undefined,
      MONOLITHIC: undefined,
    });
    expect(modelFlags(exts, state(['TempoStack'], true))).toEqual({
      TEMPOSTACK: true,
      MONOLITHIC: false,
    });
  });
});
