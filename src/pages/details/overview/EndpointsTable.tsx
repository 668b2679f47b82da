import { ClipboardCopy, Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { TENANT_HEADER } from '../../../tempostack/endpoints';
import type { Endpoint, IngestionEndpointId, QueryEndpointId } from '../../../tempostack/endpoints';
import { useEndpointName } from './useEndpointName';

export interface EndpointsTableProps {
  /** Ingestion or query endpoints. */
  kind: 'ingestion' | 'query';
  /** The endpoints. */
  endpoints: Endpoint<IngestionEndpointId | QueryEndpointId>[];
  /** The table's accessible name. */
  ariaLabel: string;
}

/** In-cluster endpoints with a copy button each, their TLS, tenant and authentication needs. */
export const EndpointsTable = ({ kind, endpoints, ariaLabel }: EndpointsTableProps) => {
  const { t } = useTempoTranslation();
  const endpointName = useEndpointName();
  return (
    <Table aria-label={ariaLabel} variant="compact" data-test={`${kind}-endpoints`}>
      <Thead>
        <Tr>
          <Th width={20}>{t('Protocol')}</Th>
          <Th width={50}>{t('Address')}</Th>
          <Th width={30}>{t('Notes')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {endpoints.map((endpoint) => {
          const name = endpointName(kind, endpoint.id);
          const label = endpoint.tenant
            ? t('{{name}} for tenant {{tenant}}', { name, tenant: endpoint.tenant })
            : name;
          const notes = [
            endpoint.tls ? t('TLS') : t('No TLS'),
            endpoint.path ? t('path {{path}}', { path: endpoint.path }) : undefined,
            endpoint.requiresTenantHeader
              ? t('send the {{header}} header', { header: TENANT_HEADER })
              : undefined,
            endpoint.authentication === 'openshift-token'
              ? t('bearer token of an OpenShift service account')
              : endpoint.authentication === 'oidc-token'
                ? t("bearer token from the tenant's OIDC provider")
                : undefined,
          ].filter((note): note is string => !!note);
          return (
            <Tr
              key={`${endpoint.id}-${endpoint.tenant ?? ''}`}
              data-test={`endpoint-${endpoint.id}`}
            >
              <Td dataLabel={t('Protocol')}>{label}</Td>
              <Td dataLabel={t('Address')}>
                <ClipboardCopy
                  isReadOnly
                  variant="inline-compact"
                  hoverTip={t('Copy')}
                  clickTip={t('Copied')}
                  copyAriaLabel={t('Copy the {{name}} address', { name: label })}
                  textAriaLabel={t('{{name}} address', { name: label })}
                >
                  {endpoint.url}
                </ClipboardCopy>
              </Td>
              <Td dataLabel={t('Notes')}>
                <Content component="small">{notes.join(', ')}</Content>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
