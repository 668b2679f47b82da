import { useCallback } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { StackHealth } from '../tempostack/health';
import { useComponentName } from './useComponentName';

/**
 * Plain words for why a stack has its state: the operator's condition reasons and the reasons
 * the plugin derives from the components. Unknown operator reasons fall back to the condition's
 * message, then to the reason itself.
 */
export const useStackReasonText = (): ((health: StackHealth) => string) => {
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  return useCallback(
    (health: StackHealth): string => {
      const components = health.affectedComponents.map(componentName).join(', ');
      switch (health.reason) {
        case 'noActiveCondition':
          return t(
            'The operator has not reported a status yet. Check that the Tempo Operator is installed and running.',
          );
        case 'crashLooping':
          return t('Pods keep crashing: {{components}}', { components });
        case 'componentFailed':
          return t('Failed components: {{components}}', { components });
        case 'componentMissing':
          return t('Missing components: {{components}}', { components });
        case 'componentNotReady':
          return t('Components not ready: {{components}}', { components });
        case 'gatewayNotReady':
          return t('The gateway is not ready');
        case 'Ready':
          return t('All components are operational');
        case 'PendingComponents':
          return t('Some components are not ready yet');
        case 'FailedComponents':
          return t('Some components failed');
        case 'FailedReconciliation':
          return t('The operator could not reconcile the stack');
        case 'InvalidStorageConfig':
          return t('The storage configuration is invalid');
        case 'InvalidTenantsConfiguration':
          return t('The tenants configuration is invalid');
        case 'ReasonMissingGatewayTenantSecret':
          return t('A gateway tenant secret is missing');
        case 'CouldNotGetOpenShiftBaseDomain':
          return t("The cluster's base domain could not be read");
        case 'CouldNotGetOpenShiftTLSPolicy':
          return t("The cluster's TLS security profile could not be read");
        case 'FailedUpgrade':
          return t('The operator could not upgrade the stack');
        default:
          return health.activeCondition?.message || health.reason;
      }
    },
    [t, componentName],
  );
};
