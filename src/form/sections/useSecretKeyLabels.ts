import { useMemo } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';

/** Labels and help of the storage Secret's keys (the key itself is shown too, as it is stored). */
export const useSecretKeyLabels = () => {
  const { t } = useTempoTranslation();
  return useMemo(() => {
    const labels: Record<string, [string, string]> = {
      endpoint: [t('Endpoint'), t('The S3 API URL with its scheme, e.g. http://minio:9000.')],
      bucket: [t('Bucket'), t('The bucket the traces are stored in.')],
      access_key_id: [
        t('Access key ID'),
        t('The access key of a user that can read and write the bucket.'),
      ],
      access_key_secret: [t('Secret access key'), t('The secret of that access key.')],
      region: [t('Region'), t('The AWS region of the bucket, e.g. us-east-1.')],
      role_arn: [
        t('Role ARN'),
        t('The IAM role the stack assumes, e.g. arn:aws:iam::123456789012:role/tempo.'),
      ],
      container: [t('Container'), t('The blob container the traces are stored in.')],
      account_name: [t('Storage account name'), t('The Azure storage account.')],
      account_key: [t('Storage account key'), t('An access key of the storage account.')],
      bucketname: [t('Bucket'), t('The bucket the traces are stored in.')],
      'key.json': [
        t('Service account key'),
        t('The JSON key of a service account that can use the bucket.'),
      ],
    };
    const ibm: Record<string, string> = {
      access_key_id: t('The HMAC access key ID of the service credential (with HMAC enabled).'),
      access_key_secret: t('The HMAC secret access key of the service credential.'),
      endpoint: t(
        'The regional public endpoint: pick the region above, or type a private or direct endpoint.',
      ),
    };
    return {
      label: (key: string) =>
        labels[key] ? t('{{name}} ({{key}})', { name: labels[key][0], key }) : key,
      help: (key: string, preset?: string) =>
        (preset === 'ibm-cos' ? ibm[key] : undefined) ?? labels[key]?.[1],
    };
  }, [t]);
};
