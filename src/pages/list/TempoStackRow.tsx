import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Td, Tr } from '@patternfly/react-table';
import { memo } from 'react';
import { Link } from 'react-router';
import { tempoStackDetailsPath } from '../../actions/tempoStackPaths';
import { ExternalLink } from '../../components/ExternalLink';
import { SizingText } from '../../components/SizingText';
import { StackStatusLabel } from '../../components/StackStatusLabel';
import { useStorageTypeName } from '../../components/StorageText';
import { TempoStackActionsMenu } from '../../components/TempoStackActionsMenu';
import type { ManagedRoutes } from '../../hooks/useManagedRoutes';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { TempoStackModel, gvkOf } from '../../k8s/models';
import type { StackListRow } from '../../tempostack/list-filters';
import { stackJaegerUi } from '../../tempostack/stack-links';

export interface TempoStackRowProps {
  /** The row. */
  row: StackListRow;
  /** Show the namespace column (all-namespaces view). */
  showNamespace: boolean;
  /** The operator's Routes and Ingresses. */
  routes: ManagedRoutes;
}

const tempoStackGvk = gvkOf(TempoStackModel);
/** Tenant links shown in a row; the dashboard's Access card lists them all. */
const MAX_JAEGER_LINKS = 3;
const namespaceGvk = { version: 'v1', kind: 'Namespace' };

/** One TempoStack in the list. */
export const TempoStackRow = memo(function TempoStackRow({
  row,
  showNamespace,
  routes,
}: TempoStackRowProps) {
  const { t } = useTempoTranslation();
  const storageTypeName = useStorageTypeName();
  const { link } = stackJaegerUi(row.stack, routes.routes, routes.ingresses);
  const jaegerLinks = link?.perTenant ?? (link ? [{ tenant: '', url: link.url }] : []);
  return (
    <Tr data-test={`tempostack-row-${row.namespace}-${row.name}`}>
      <Td dataLabel={t('Name')}>
        <ResourceLink groupVersionKind={tempoStackGvk} name={row.name} namespace={row.namespace} />
      </Td>
      {showNamespace ? (
        <Td dataLabel={t('Namespace')}>
          <ResourceLink groupVersionKind={namespaceGvk} name={row.namespace} />
        </Td>
      ) : null}
      <Td dataLabel={t('Status')}>
        <StackStatusLabel health={row.health} isCompact />
      </Td>
      <Td dataLabel={t('Components ready')} data-test="components-ready">
        {t('{{ready}}/{{total}}', { ready: row.componentsReady, total: row.componentsTotal })}
      </Td>
      <Td dataLabel={t('Storage')}>
        {storageTypeName(row.storageType)}
        {row.storageSecret ? (
          <div>
            <ResourceLink
              groupVersionKind={{ version: 'v1', kind: 'Secret' }}
              name={row.storageSecret}
              namespace={row.namespace}
              inline
            />
          </div>
        ) : null}
      </Td>
      <Td dataLabel={t('Resources')}>
        <SizingText sizing={row.sizing} />
      </Td>
      <Td dataLabel={t('Jaeger UI')} modifier="nowrap">
        {jaegerLinks.length === 0
          ? '-'
          : jaegerLinks.slice(0, MAX_JAEGER_LINKS).map(({ tenant, url }) => (
              <div key={url}>
                <ExternalLink
                  href={url}
                  aria-label={
                    tenant
                      ? t('Jaeger UI of {{name}} for tenant {{tenant}}', { name: row.name, tenant })
                      : t('Jaeger UI of {{name}}', { name: row.name })
                  }
                  dataTest="jaeger-ui-link"
                >
                  {tenant || t('Open')}
                </ExternalLink>
              </div>
            ))}
        {jaegerLinks.length > MAX_JAEGER_LINKS ? (
          <Link to={tempoStackDetailsPath(row.namespace, row.name)} data-test="all-jaeger-ui-links">
            {t('All {{number}} tenants', { number: jaegerLinks.length })}
          </Link>
        ) : null}
      </Td>
      <Td dataLabel={t('Created')}>
        <Timestamp timestamp={row.creationTimestamp} />
      </Td>
      <Td isActionCell>
        <TempoStackActionsMenu stack={row.stack} />
      </Td>
    </Tr>
  );
});
