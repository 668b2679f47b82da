import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { StorageType } from '../tempostack/types';

/** Display names of the object storage types. */
export const useStorageTypeName = (): ((type: StorageType | undefined) => string) => {
  const { t } = useTempoTranslation();
  return (type) => {
    switch (type) {
      case 's3':
        return t('S3');
      case 'azure':
        return t('Azure Blob Storage');
      case 'gcs':
        return t('Google Cloud Storage');
      default:
        return t('Not set');
    }
  };
};
