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
  Title,
} from '@patternfly/react-core';
import { useMemo } from 'react';
import { ExternalLink } from '../../../components/ExternalLink';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { IngressModel, RouteModel, gvkOf } from '../../../k8s/models';
import { isJaegerQueryEnabled } from '../../../tempostack/effective-spec';
import { ingestionEndpoints, queryEndpoints } from '../../../tempostack/endpoints';
import { indexObjects, stackJaegerUi } from '../../../tempostack/stack-links';
import { useDetailsContext } from '../DetailsContext';
import { EndpointsTable } from './EndpointsTable';

/** The Jaeger UI link(s), the Route or Ingress behind them, and the in-cluster endpoints. */
export const AccessCard = () => {
  const { t } = useTempoTranslation();
  const { stack, objects } = useDetailsContext();
  const { routes, ingresses } = objects.data;
  const ui = useMemo(
    () => stackJaegerUi(stack, indexObjects(routes), indexObjects(ingresses)),
    [stack, routes, ingresses],
  );
  const ingestion = useMemo(() => ingestionEndpoints(stack), [stack]);
  const query = useMemo(() => queryEndpoints(stack), [stack]);
  const namespace = stack.metadata.namespace ?? '';
  const links = ui.link?.perTenant ?? (ui.link ? [{ tenant: '', url: ui.link.url }] : []);
  const exposure = ui.route ?? ui.ingress;

  let jaeger;
  if (!isJaegerQueryEnabled(stack)) {
    jaeger = t('The Jaeger UI is not enabled for this stack.');
  } else if (links.length > 0) {
    jaeger = (
      <Stack>
        {links.map(({ tenant, url }) => (
          <span key={url}>
            <ExternalLink href={url} dataTest="jaeger-ui-link">
              {tenant ? t('{{url}} (tenant {{tenant}})', { url, tenant }) : url}
            </ExternalLink>
          </span>
        ))}
      </Stack>
    );
  } else if (exposure) {
    // No host yet, or one that is not a safe web address (never rendered as a link).
    jaeger = t('The Route or Ingress has no usable host name yet.');
  } else {
    jaeger = t('The Jaeger UI is not exposed outside the cluster (no Route or Ingress).');
  }

  return (
    <Card data-test="access-card">
      <CardTitle component="h2">{t('Access')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <DescriptionList isCompact isHorizontal>
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Jaeger UI')}</DescriptionListTerm>
              <DescriptionListDescription data-test="jaeger-ui">
                {jaeger}
              </DescriptionListDescription>
            </DescriptionListGroup>
            {exposure?.metadata?.name ? (
              <DescriptionListGroup>
                <DescriptionListTerm>{ui.route ? t('Route') : t('Ingress')}</DescriptionListTerm>
                <DescriptionListDescription data-test="route-link">
                  <ResourceLink
                    groupVersionKind={gvkOf(ui.route ? RouteModel : IngressModel)}
                    name={exposure.metadata.name}
                    namespace={namespace}
                  />
                </DescriptionListDescription>
              </DescriptionListGroup>
            ) : null}
          </DescriptionList>
          <Title headingLevel="h3" size="md">
            {t('Ingestion endpoints')}
          </Title>
          <Content component="small">
            {t('Point OpenTelemetry collectors and instrumented applications in the cluster here.')}
          </Content>
          <EndpointsTable
            kind="ingestion"
            endpoints={ingestion}
            ariaLabel={t('Ingestion endpoints')}
          />
          <Title headingLevel="h3" size="md">
            {t('Query endpoints')}
          </Title>
          <EndpointsTable kind="query" endpoints={query} ariaLabel={t('Query endpoints')} />
        </Stack>
      </CardBody>
    </Card>
  );
};
