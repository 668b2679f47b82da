import { Icon, List, ListItem } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { CredentialMode, StorageType } from '../../tempostack/types';
import {
  storageCredentialModeSupported,
  storageSecretRequirements,
} from '../../tempostack/validation';

export interface SecretKeyCheckProps {
  /** Key names of the Secret (never its values). */
  keys: readonly string[];
  type: StorageType;
  /** The explicit mode, or `''` when the operator discovers it from the keys. */
  credentialMode: '' | CredentialMode;
}

const DISCOVERABLE: readonly CredentialMode[] = ['static', 'token'];

/**
 * Which keys the Secret has (names only) against the keys the operator requires for the storage
 * type: for the chosen credential mode, or for each mode it can discover from the keys.
 */
export const SecretKeyCheck = ({ keys, type, credentialMode }: SecretKeyCheckProps) => {
  const { t } = useTempoTranslation();
  const modes = credentialMode ? [credentialMode] : DISCOVERABLE;
  const label = (mode: CredentialMode): string =>
    mode === 'static'
      ? t('Static credentials')
      : mode === 'token'
        ? t('Short-lived token credentials')
        : t('Token credentials from the cloud credential operator');
  return (
    <div data-test="secret-key-check">
      <p>
        {keys.length === 0
          ? t('The Secret has no keys.')
          : t('Keys in the Secret: {{keys}}', { keys: keys.join(', ') })}
      </p>
      <List isPlain>
        {modes
          .filter((mode) => storageCredentialModeSupported(type, mode))
          .map((mode) => {
            const missing = storageSecretRequirements(type, mode).filter(
              (key) => !keys.includes(key),
            );
            return (
              <ListItem
                key={mode}
                icon={
                  <Icon status={missing.length === 0 ? 'success' : 'warning'}>
                    {missing.length === 0 ? <CheckCircleIcon /> : <ExclamationTriangleIcon />}
                  </Icon>
                }
              >
                {missing.length === 0
                  ? t('{{mode}}: every required key is present', { mode: label(mode) })
                  : t('{{mode}}: missing {{keys}}', {
                      mode: label(mode),
                      keys: missing.join(', '),
                    })}
              </ListItem>
            );
          })}
      </List>
    </div>
  );
};
