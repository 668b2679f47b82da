import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardTitle,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { PersistentVolumeClaimModel, gvkOf } from '../../../k8s/models';
import { DEFAULT_STORAGE_SIZE } from '../../../tempostack/defaults';
import { useDetailsContext } from '../DetailsContext';

/** The ingester's volume size and class, and its PersistentVolumeClaims. */
export const StorageCard = () => {
  const { t } = useTempoTranslation();
  const { stack, objects } = useDetailsContext();
  const { pvcs } = objects.data;
  const namespace = stack.metadata.namespace ?? '';
  return (
    <Card data-test="storage-card">
      <CardTitle component="h2">{t('Storage')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <DescriptionList isCompact isHorizontal>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Volume size per ingester')}</DescriptionListTerm>
              <DescriptionListDescription data-test="storage-size">
                {stack.spec.storageSize !== undefined
                  ? String(stack.spec.storageSize)
                  : t('Default ({{value}})', { value: DEFAULT_STORAGE_SIZE })}
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Storage class')}</DescriptionListTerm>
              <DescriptionListDescription>
                {stack.spec.storageClassName || t('Cluster default')}
              </DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
          {pvcs.length === 0 ? (
            <Content component="p">{t('No PersistentVolumeClaims yet.')}</Content>
          ) : (
            <Table aria-label={t('PersistentVolumeClaims')} variant="compact" data-test="pvcs">
              <Thead>
                <Tr>
                  <Th>{t('Name')}</Th>
                  <Th>{t('Status')}</Th>
                  <Th>{t('Requested')}</Th>
                  <Th>{t('Capacity')}</Th>
                  <Th>{t('Storage class')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {pvcs.map((pvc) => (
                  <Tr key={pvc.metadata.name}>
                    <Td dataLabel={t('Name')}>
                      <ResourceLink
                        groupVersionKind={gvkOf(PersistentVolumeClaimModel)}
                        name={pvc.metadata.name}
                        namespace={namespace}
                      />
                    </Td>
                    <Td dataLabel={t('Status')}>{pvc.status?.phase ?? '-'}</Td>
                    <Td dataLabel={t('Requested')}>
                      {pvc.spec?.resources?.requests?.storage ?? '-'}
                    </Td>
                    <Td dataLabel={t('Capacity')}>{pvc.status?.capacity?.storage ?? '-'}</Td>
                    <Td dataLabel={t('Storage class')}>{pvc.spec?.storageClassName ?? '-'}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};
