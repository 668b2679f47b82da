import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { RequiredPermission } from '../../../tempostack/must-gather/run-permissions';

/** Why the run needs a permission, in words. */
export const usePermissionText = () => {
  const { t } = useTempoTranslation();
  return useCallback(
    (permission: RequiredPermission): string => {
      switch (permission.id) {
        case 'createNamespaces':
          return t('Create namespaces: the run works in a temporary namespace.');
        case 'createServiceAccounts':
          return t('Create service accounts: the run has its own service account.');
        case 'createClusterRoles':
          return t(
            'Create cluster roles: the tool reads the operator and its objects in every namespace.',
          );
        case 'createClusterRoleBindings':
          return t('Create cluster role bindings: to give the run its read-only role.');
        case 'createPods':
          return t('Create pods: the must-gather image runs in a pod.');
        case 'readPodLogs':
          return t(
            'Read pod logs in all namespaces: the role grants it to the run, so you need it yourself.',
          );
        case 'readTempoStacks':
          return t(
            'List TempoStacks in all namespaces: the role grants it to the run, so you need it yourself.',
          );
        case 'readOlm':
          return t(
            'List cluster service versions in all namespaces: the role grants it to the run, so you need it yourself.',
          );
        case 'deleteNamespaces':
          return t('Delete namespaces: to clean up afterwards.');
        case 'deleteClusterRoles':
          return t('Delete cluster roles: to clean up afterwards.');
        case 'deleteClusterRoleBindings':
          return t('Delete cluster role bindings: to clean up afterwards.');
      }
    },
    [t],
  );
};
