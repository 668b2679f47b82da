import { consoleFetchJSON } from '../sdk/http/console-fetch';
import { k8sBasePath } from '../sdk/k8s/resource-url';
import { discoverModels } from '../sdk/models/discovery';
import { modelStore } from '../sdk/models/model-store';
import { basePath } from '../sdk/server-flags';

const REFRESH_MS = 15_000;

const discoverOnce = async () => {
  try {
    const models = await discoverModels(
      (url) => consoleFetchJSON(url) as Promise<unknown>,
      k8sBasePath(basePath()),
    );
    modelStore.setDiscovered(models);
  } catch (e) {
    console.warn('API discovery failed', e);
    modelStore.setDiscoveryFailed(e);
  }
};

/**
 * API discovery, then a refresh every 15 s so kinds added later (an operator installing its CRDs)
 * appear, with their `console.flag/model` flags, without a reload.
 */
export const startDiscovery = async (): Promise<void> => {
  await discoverOnce();
  setInterval(() => void discoverOnce(), REFRESH_MS);
};
