import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { SizingText } from '../../../components/SizingText';
import { useStorageTypeName } from '../../../components/StorageText';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { DEFAULT_RETENTION, DEFAULT_STORAGE_SIZE } from '../../../tempostack/defaults';
import { tenantMode } from '../../../tempostack/effective-spec';
import { stackSizing } from '../../../tempostack/stack-sizing';
import { useDetailsContext } from '../DetailsContext';

const Item = ({ term, children, test }: { term: string; children: ReactNode; test?: string }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={test}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

/** Name, namespace, versions, storage, retention, tenancy and resources of the stack. */
export const DetailsCard = () => {
  const { t } = useTempoTranslation();
  const storageTypeName = useStorageTypeName();
  const { stack } = useDetailsContext();
  const { metadata, spec, status } = stack;
  const mode = tenantMode(stack);
  const secret = spec.storage?.secret;
  return (
    <Card isFullHeight data-test="details-card">
      <CardTitle component="h2">{t('Details')}</CardTitle>
      <CardBody>
        <DescriptionList isCompact isHorizontal>
          <Item term={t('Namespace')}>
            <ResourceLink
              groupVersionKind={{ version: 'v1', kind: 'Namespace' }}
              name={metadata.namespace}
            />
          </Item>
          <Item term={t('Created')}>
            <Timestamp timestamp={metadata.creationTimestamp} />
          </Item>
          <Item term={t('Operator version')} test="operator-version">
            {status?.operatorVersion || t('Not reported')}
          </Item>
          <Item term={t('Tempo version')} test="tempo-version">
            {status?.tempoVersion || t('Not reported')}
          </Item>
          <Item term={t('Management state')}>
            {spec.managementState === 'Unmanaged' ? t('Unmanaged') : t('Managed')}
          </Item>
          <Item term={t('Storage')} test="storage">
            {storageTypeName(secret?.type)}
            {secret?.name ? (
              <>
                {' · '}
                <ResourceLink
                  groupVersionKind={{ version: 'v1', kind: 'Secret' }}
                  name={secret.name}
                  namespace={metadata.namespace}
                  inline
                />
              </>
            ) : null}
            {secret?.credentialMode && secret.credentialMode !== 'static'
              ? ` · ${t('credential mode {{mode}}', { mode: secret.credentialMode })}`
              : null}
          </Item>
          <Item term={t('Storage size')}>
            {spec.storageSize !== undefined
              ? String(spec.storageSize)
              : t('Default ({{value}})', { value: DEFAULT_STORAGE_SIZE })}
            {spec.storageClassName ? ` · ${spec.storageClassName}` : null}
          </Item>
          <Item term={t('Retention')}>
            {spec.retention?.global?.traces ??
              t('Default ({{value}})', { value: DEFAULT_RETENTION })}
          </Item>
          <Item term={t('Resources')}>
            <SizingText sizing={stackSizing(stack)} />
          </Item>
          <Item term={t('Tenancy')}>
            {mode === 'openshift'
              ? t('Multi-tenant, OpenShift authentication')
              : mode === 'static'
                ? t('Multi-tenant, static OIDC authentication')
                : t('Single tenant')}
          </Item>
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
