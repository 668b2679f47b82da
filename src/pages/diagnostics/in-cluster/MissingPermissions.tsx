import { Alert, List, ListItem } from '@patternfly/react-core';
import { errorMessage } from '../../../hooks/api-error';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { RequiredPermission } from '../../../tempostack/must-gather/run-permissions';
import { usePermissionText } from './usePermissionText';

export interface MissingPermissionsProps {
  missing: readonly RequiredPermission[];
  /** The access reviews themselves failed. */
  error: unknown;
}

/** Why the user cannot run must-gather in the cluster: each missing permission, explained. */
export const MissingPermissions = ({ missing, error }: MissingPermissionsProps) => {
  const { t } = useTempoTranslation();
  const text = usePermissionText();
  if (error) {
    return (
      <Alert
        variant="danger"
        isInline
        title={t('Your permissions could not be checked')}
        data-test="run-permission-error"
      >
        {errorMessage(error)}
      </Alert>
    );
  }
  return (
    <Alert
      variant="info"
      isInline
      title={t('You cannot run must-gather in the cluster')}
      data-test="run-not-allowed"
    >
      <p>
        {t(
          'Running it needs cluster-wide permissions that cluster administrators have. You are missing:',
        )}
      </p>
      <List>
        {missing.map((permission) => (
          <ListItem key={permission.id} data-test={`missing-${permission.id}`}>
            {text(permission)}
          </ListItem>
        ))}
      </List>
      <p>
        {t(
          'Ask a cluster administrator to run it, or collect the diagnostics bundle above: it needs only read access to this namespace.',
        )}
      </p>
    </Alert>
  );
};
