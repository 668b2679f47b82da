import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

/** `useK8sWatchResource` with the load error typed as `unknown` instead of `any`. */
export const useWatch = <T extends K8sResourceCommon | K8sResourceCommon[]>(
  resource: WatchK8sResource | null,
): [T, boolean, unknown] => {
  const result = useK8sWatchResource<T>(resource);
  const error: unknown = result[2];
  return [result[0], result[1], error];
};
