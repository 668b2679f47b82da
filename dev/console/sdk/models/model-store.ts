import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useSyncExternalStore } from 'react';
import { translateConsoleString } from '../i18n/translate';
import {
  getReferenceForModel,
  isGroupVersionKindReference,
  referenceForGroupVersionKind,
} from '../k8s/model-ref';
import { STATIC_MODEL_SPECS, modelFromSpec } from './model-factory';

type ModelMetadata = SDK.ModelMetadata['properties'];

export interface ModelState {
  /** Every known model by reference (`group~version~Kind`). */
  byReference: Record<string, SDK.K8sModel>;
  /** Reference of the preferred model for each kind (built-in kinds first). */
  byKind: Record<string, string>;
  /** As the console's model map: CRD-backed kinds by reference, built-in kinds by kind. */
  consoleMap: Record<string, SDK.K8sModel>;
  /** Discovery has answered at least once. */
  loaded: boolean;
  inFlight: boolean;
  error?: unknown;
}

const buildState = (
  models: SDK.K8sModel[],
  loaded: boolean,
  inFlight: boolean,
  error?: unknown,
): ModelState => {
  const byReference: Record<string, SDK.K8sModel> = {};
  const byKind: Record<string, string> = {};
  for (const model of models) {
    const ref = getReferenceForModel(model);
    if (byReference[ref]) continue;
    byReference[ref] = model;
    const current = byKind[model.kind] ? byReference[byKind[model.kind]] : undefined;
    if (!current || (current.crd && !model.crd)) byKind[model.kind] = ref;
  }
  const consoleMap: Record<string, SDK.K8sModel> = {};
  for (const [ref, model] of Object.entries(byReference)) {
    consoleMap[model.crd ? ref : model.kind] ??= model;
  }
  return { byReference, byKind, consoleMap, loaded, inFlight, error };
};

let discovered: SDK.K8sModel[] = STATIC_MODEL_SPECS.map(modelFromSpec);
let metadata: ModelMetadata[] = [];
let state: ModelState = buildState(discovered, false, true);
const listeners = new Set<() => void>();

const matchesMetadata = (model: SDK.K8sModel, meta: ModelMetadata) =>
  (model.apiGroup ?? '') === meta.model.group &&
  (!meta.model.version || meta.model.version === model.apiVersion) &&
  (!meta.model.kind || meta.model.kind === model.kind);

/** Applies `console.model-metadata` extensions (label, plural label, abbreviation, badge, colour). */
export const applyModelMetadata = (model: SDK.K8sModel, metas: ModelMetadata[]): SDK.K8sModel =>
  metas
    .filter((m) => matchesMetadata(model, m))
    .reduce<SDK.K8sModel>(
      (acc, meta) => ({
        ...acc,
        ...(meta.label
          ? { label: translateConsoleString(meta.label) ?? acc.label, labelKey: meta.label }
          : {}),
        ...(meta.labelPlural
          ? {
              labelPlural: translateConsoleString(meta.labelPlural) ?? acc.labelPlural,
              labelPluralKey: meta.labelPlural,
            }
          : {}),
        ...(meta.abbr ? { abbr: meta.abbr } : {}),
        ...(meta.color ? { color: meta.color } : {}),
        ...(meta.badge ? { badge: meta.badge as unknown as SDK.K8sModel['badge'] } : {}),
      }),
      model,
    );

const publish = (next: ModelState) => {
  state = next;
  listeners.forEach((l) => l());
};

const rebuild = (patch: Partial<Pick<ModelState, 'loaded' | 'inFlight' | 'error'>> = {}) =>
  publish(
    buildState(
      discovered.map((m) => applyModelMetadata(m, metadata)),
      patch.loaded ?? state.loaded,
      patch.inFlight ?? state.inFlight,
      'error' in patch ? patch.error : state.error,
    ),
  );

export const modelStore = {
  getState: (): ModelState => state,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Replaces the discovered models; keeps the static ones discovery did not report. */
  setDiscovered(models: SDK.K8sModel[]) {
    const refs = new Set(models.map(getReferenceForModel));
    const statics = STATIC_MODEL_SPECS.map(modelFromSpec).filter(
      (m) => !refs.has(getReferenceForModel(m)),
    );
    discovered = [...models, ...statics];
    rebuild({ loaded: true, inFlight: false, error: undefined });
  },
  setDiscoveryFailed(error: unknown) {
    rebuild({ loaded: true, inFlight: false, error });
  },
  setMetadata(next: ModelMetadata[]) {
    metadata = next;
    rebuild();
  },
};

/** Looks a model up by `K8sGroupVersionKind`, `group~version~Kind` reference or bare kind. */
export const findModel = (
  s: ModelState,
  gvk: SDK.K8sGroupVersionKind | string | undefined,
): SDK.K8sModel | undefined => {
  const ref = referenceForGroupVersionKind(gvk);
  if (!ref) return undefined;
  if (isGroupVersionKindReference(ref)) return s.byReference[ref];
  const byKind = s.byKind[ref];
  return byKind ? s.byReference[byKind] : undefined;
};

/** Looks a model up by a console URL segment: a reference or a built-in kind's plural. */
export const findModelByUrlSegment = (s: ModelState, segment: string): SDK.K8sModel | undefined => {
  if (isGroupVersionKindReference(segment)) return s.byReference[segment];
  return (
    Object.values(s.byKind)
      .map((ref) => s.byReference[ref])
      .find((m) => m.plural === segment && !m.crd) ??
    Object.values(s.byReference).find((m) => m.plural === segment)
  );
};

export const useModelState = (): ModelState =>
  useSyncExternalStore(modelStore.subscribe, modelStore.getState);

export const useK8sModel: typeof SDK.useK8sModel = (groupVersionKind) => {
  const s = useModelState();
  // The console returns an empty object while the model is unknown; keep that contract.
  return [findModel(s, groupVersionKind) ?? (undefined as unknown as SDK.K8sModel), s.inFlight];
};

export const useK8sModels: typeof SDK.useK8sModels = () => {
  const s = useModelState();
  return [s.consoleMap, s.inFlight];
};

/** True once discovery has answered (the console's `useModelsLoaded`). */
export const useModelsLoaded = (): boolean => useModelState().loaded;
