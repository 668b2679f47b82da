import { consoleFetchText } from '@openshift-console/dynamic-plugin-sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { logPath } from '../tempostack/must-gather/collection-plan';
import { K8S_API_PREFIX } from './console-collector-api';
import { diagnosticsKeys } from './queries';

/** Lines of the gather log shown live. */
export const RUN_LOG_LINES = 300;

/**
 * The live log of a run's container. Data path: `pods/<pod>/log?container=…&tailLines=300` through
 * `consoleFetchText`, polled every 2 s while `live` (the log endpoint cannot be watched).
 */
export const useRunLog = (
  namespace: string | undefined,
  pod: string,
  container: string,
  options: { enabled: boolean; live: boolean },
): { log?: string; error: unknown } => {
  const query = useQuery({
    // `live` is part of the key: when the container stops, the log is read once more, complete.
    queryKey: diagnosticsKeys.runLog(namespace ?? '', pod, container, options.live),
    queryFn: async ({ signal }): Promise<string> => {
      const text: unknown = await consoleFetchText(
        `${K8S_API_PREFIX}${logPath(namespace ?? '', pod, container, { tailLines: RUN_LOG_LINES })}`,
        { signal },
      );
      return typeof text === 'string' ? text : '';
    },
    enabled: options.enabled && !!namespace,
    refetchInterval: options.live ? 2000 : false,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { log: query.data, error: query.error };
};
