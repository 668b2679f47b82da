import { Alert, Stack } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { useFormContext } from '../state/TempoStackFormContext';

/** What a change to the storage of an existing stack will do (edit form only). */
export const StorageChangeWarnings = () => {
  const { t } = useTempoTranslation();
  const { state, original } = useFormContext();
  if (!original) return null;
  const now = state.values.storage;
  const before = original.storage;
  const storeChanged =
    now.type !== before.type || now.secretName.trim() !== before.secretName.trim();
  const volumeChanged =
    now.storageSize.trim() !== before.storageSize.trim() ||
    now.storageClassName.trim() !== before.storageClassName.trim();
  return (
    <Stack hasGutter>
      <Alert
        isInline
        isPlain={!storeChanged}
        variant={storeChanged ? 'warning' : 'info'}
        title={t('Changing the storage type or Secret moves the stack to another object store')}
        data-test="storage-change-warning"
      >
        {t(
          'The operator reconfigures every component for the new location, and new traces are written there. Traces already stored stay where they are and can no longer be searched from this stack; nothing is copied or deleted.',
        )}
      </Alert>
      {volumeChanged ? (
        <Alert isInline variant="warning" title={t('Ingester volumes are not resized')}>
          {t(
            'The size and class apply to volumes created from now on. Kubernetes does not change existing PersistentVolumeClaims of a StatefulSet: existing ingesters keep their current volumes.',
          )}
        </Alert>
      ) : null}
    </Stack>
  );
};
