import { useCallback } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { ComponentHealthReason } from '../tempostack/health';

/** Plain words for why a component has its health state. */
export const useComponentReasonText = (): ((reason: ComponentHealthReason) => string) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (reason: ComponentHealthReason): string => {
      switch (reason) {
        case 'allReplicasReady':
          return t('All replicas are ready');
        case 'scaledToZero':
          return t('Scaled to zero replicas');
        case 'componentDisabled':
          return t('Not enabled');
        case 'workloadNotFound':
          return t('The workload does not exist yet');
        case 'podFailed':
          return t('A pod failed');
        case 'podUnknown':
          return t('The state of a pod is unknown');
        case 'crashLoopBackOff':
          return t('A container keeps crashing (CrashLoopBackOff)');
        case 'imagePullError':
          return t('The container image cannot be pulled');
        case 'containerConfigError':
          return t('A container cannot be created: its configuration is invalid');
        case 'oomKilled':
          return t('A container ran out of memory (OOMKilled)');
        case 'rolloutInProgress':
          return t('A rollout is in progress');
        case 'podsPending':
          return t('Pods are waiting to be scheduled or started');
        case 'podsNotReady':
          return t('Pods are running but not ready');
        case 'replicasNotReady':
          return t('Not all replicas are ready');
        default:
          return reason;
      }
    },
    [t],
  );
};
