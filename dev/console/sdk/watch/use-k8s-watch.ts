import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { NoModelError } from '../http/http-error';
import { findModel, useModelState } from '../models/model-store';
import { useDeepCompareMemoize } from '../utils/deep-equal';
import { browserTransport } from './browser-transport';
import { WatchManager, type WatchManagerOptions, type WatchSnapshot } from './watch-manager';
import { makeWatchId, makeWatchQuery, type WatchQuery } from './watch-query';

let manager: WatchManager | undefined;

/** `localStorage` key with shorter watch timings for browser tests (JSON `WatchManagerOptions`). */
export const WATCH_TIMINGS_KEY = 'dev-console/watch-timings';

/**
 * The console's timings (15 s list retry, 30 s object poll, socket back-off from 1 s), unless a
 * browser test compressed them through `localStorage` (see the README).
 */
const watchTimings = (): WatchManagerOptions => {
  try {
    const stored = globalThis.localStorage?.getItem(WATCH_TIMINGS_KEY);
    const value: unknown = stored ? JSON.parse(stored) : undefined;
    if (!value || typeof value !== 'object') return {};
    const keys = ['retryBase', 'retryMax', 'listRetry', 'objectPoll'] as const;
    return Object.fromEntries(
      keys
        .map((k) => [k, (value as Record<string, unknown>)[k]] as const)
        .filter(([, v]) => typeof v === 'number' && v > 0),
    );
  } catch {
    return {};
  }
};

/** The one watch manager of the page (created on first use, so importing stays side-effect free). */
export const getWatchManager = (): WatchManager =>
  (manager ??= new WatchManager(browserTransport, undefined, watchTimings()));

interface Target {
  key: string;
  model?: SDK.K8sModel;
  query?: WatchQuery;
  id?: string;
  resource: SDK.WatchK8sResource | null;
}

const resolveTarget = (
  key: string,
  resource: SDK.WatchK8sResource | null,
  models: ReturnType<typeof useModelState>,
): Target => {
  if (!resource) return { key, resource };
  const model = findModel(models, resource.groupVersionKind ?? resource.kind);
  if (!model) return { key, resource };
  const query = makeWatchQuery(resource, model);
  return { key, resource, model, query, id: makeWatchId(model, query) };
};

const resultFor = (
  target: Target,
  snapshot: WatchSnapshot | undefined,
  modelsLoaded: boolean,
): [unknown, boolean, unknown] => {
  if (!target.resource) return [undefined, true, undefined];
  const empty = target.resource.isList ? [] : {};
  if (!target.model) {
    return modelsLoaded ? [empty, true, new NoModelError()] : [empty, false, undefined];
  }
  if (!snapshot) return [empty, false, undefined];
  return [snapshot.data, snapshot.loaded, snapshot.loadError];
};

const useWatchTargets = (targets: Target[]): (WatchSnapshot | undefined)[] => {
  const ids = targets.map((t) => t.id ?? '').join('\n');
  const targetsRef = useRef(targets);
  targetsRef.current = targets;
  const subscribe = useCallback(
    (listener: () => void) => {
      const releases = targetsRef.current
        .filter((t) => t.model && t.query)
        .map(
          (t) =>
            getWatchManager().acquire(t.model as SDK.K8sModel, t.query as WatchQuery, listener)
              .release,
        );
      return () => releases.forEach((r) => r());
    },
    [ids],
  );
  const cache = useRef<(WatchSnapshot | undefined)[]>([]);
  const getSnapshot = useCallback(() => {
    const next = targetsRef.current.map((t) =>
      t.id ? getWatchManager().getSnapshot(t.id) : undefined,
    );
    const same =
      next.length === cache.current.length && next.every((s, i) => s === cache.current[i]);
    if (!same) cache.current = next;
    return cache.current;
  }, []);
  return useSyncExternalStore(subscribe, getSnapshot);
};

export const useK8sWatchResource: typeof SDK.useK8sWatchResource = <
  R extends SDK.K8sResourceCommon | SDK.K8sResourceCommon[],
>(
  initResource: SDK.WatchK8sResource | null,
) => {
  const resource = useDeepCompareMemoize(initResource);
  const models = useModelState();
  const target = useMemo(() => resolveTarget('', resource, models), [resource, models]);
  const [snapshot] = useWatchTargets([target]);
  return useMemo(
    () => resultFor(target, snapshot, models.loaded) as SDK.WatchK8sResult<R>,
    [target, snapshot, models.loaded],
  );
};

export const useK8sWatchResources: typeof SDK.useK8sWatchResources = <
  R extends SDK.ResourcesObject,
>(
  initResources: SDK.WatchK8sResources<R>,
) => {
  const resources = useDeepCompareMemoize(initResources);
  const models = useModelState();
  const targets = useMemo(
    () => Object.entries(resources).map(([key, r]) => resolveTarget(key, r, models)),
    [resources, models],
  );
  const snapshots = useWatchTargets(targets);
  return useMemo(() => {
    const result: Record<
      string,
      SDK.WatchK8sResultsObject<SDK.K8sResourceCommon | SDK.K8sResourceCommon[]>
    > = {};
    targets.forEach((t, i) => {
      const [data, loaded, loadError] = resultFor(t, snapshots[i], models.loaded);
      result[t.key] = { data: data as SDK.K8sResourceCommon, loaded, loadError };
    });
    return result as SDK.WatchK8sResults<R>;
  }, [targets, snapshots, models.loaded]);
};
