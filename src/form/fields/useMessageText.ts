import { useCallback } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { FormMessage } from '../../tempostack/form/form-messages';

/**
 * The text of a form message: the form's own issues and the allocation's findings in the user's
 * language; the operator's and API server's findings in their exact words (as `oc` would print
 * them), with a translated explanation for the ones users meet most.
 */
export const useMessageText = (): ((message: FormMessage) => string) => {
  const { t } = useTempoTranslation();
  return useCallback(
    (message: FormMessage): string => {
      const resource = message.params?.resource === 'cpu' ? t('CPU') : t('memory');
      switch (message.code) {
        case 'required':
          return t('Required.');
        case 'notAnInteger':
          return t('Enter a whole number.');
        case 'negative':
          return t('Must not be negative.');
        case 'notADuration':
          return t('Enter a duration such as 30s, 5m, 48h or 1h30m.');
        case 'invalidSecretName':
          return t(
            'A Secret name must be lower case letters, digits, "-" or ".", starting and ending with a letter or digit.',
          );
        case 'secretExists':
          return t(
            'A Secret with this name already exists in the namespace; pick it as an existing Secret or choose another name.',
          );
        case 'invalidQuantity':
          return t(
            'Enter a Kubernetes quantity, such as 500m or 2 for CPU and 512Mi or 2Gi for memory.',
          );
        case 'nameInvalid':
        case 'nameRequired':
          return message.code === 'nameRequired'
            ? t('Required.')
            : t(
                'Use lower case letters, digits and "-"; start with a letter and end with a letter or digit.',
              );
        case 'tempoQueryResourcesWithoutJaegerQuery':
          return t(
            'tempo-query resources are set but jaeger-query resources are not: the operator would crash. Set jaeger-query resources too (the operator applies them to both containers).',
          );
        case 'totalExceeds100Percent':
          return t('The containers’ {{resource}} limits add up to more than the total.', {
            resource,
          });
        case 'totalRequestsIgnored':
          return t('Total requests are ignored: the operator splits only the total limits.');
        case 'noResources':
          return t(
            'No container gets requests or limits: choose a size, a total or per-component resources if the namespace has a ResourceQuota.',
          );
        default:
          return message.message ?? message.code;
      }
    },
    [t],
  );
};
