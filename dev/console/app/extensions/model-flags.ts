import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { getReference } from '../../sdk/k8s/model-ref';
import type { ModelState } from '../../sdk/models/model-store';
import type { FlagValues } from '../../sdk/flags/flag-store';

/**
 * `console.flag/model`: the flag is true when the cluster serves the kind (its CRD exists),
 * false once discovery has answered without it, unknown before that.
 */
export const modelFlags = (extensions: LoadedExtension[], models: ModelState): FlagValues => {
  const flags: FlagValues = {};
  for (const e of extensions) {
    if (e.type !== 'console.flag/model') continue;
    const { flag, model } = e.properties as SDK.ModelFeatureFlag['properties'];
    const served = !!models.byReference[getReference(model)];
    flags[flag] = served ? true : models.loaded ? (flags[flag] ?? false) : flags[flag];
  }
  return flags;
};

export const modelMetadata = (extensions: LoadedExtension[]): SDK.ModelMetadata['properties'][] =>
  extensions
    .filter((e) => e.type === 'console.model-metadata')
    .map((e) => e.properties as SDK.ModelMetadata['properties']);
