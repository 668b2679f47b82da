import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Card, CardBody, CardTitle, Content, Skeleton, Stack } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ApiErrorAlert } from '../../../components/ApiErrorState';
import { ComponentStateLabel } from '../../../components/ComponentStateLabel';
import { useComponentName } from '../../../components/useComponentName';
import { useComponentReasonText } from '../../../components/useComponentReasonText';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import { DeploymentModel, StatefulSetModel, gvkOf } from '../../../k8s/models';
import { useDetailsContext } from '../DetailsContext';
import { PodSummary } from './PodSummary';

/**
 * Every enabled component: its workload, ready/desired replicas, pods (phase, restarts, last
 * termination) and health with the reason.
 */
export const ComponentsCard = () => {
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  const reasonText = useComponentReasonText();
  const { stack, objects, health } = useDetailsContext();
  const namespace = stack.metadata.namespace ?? '';
  return (
    <Card data-test="components-card">
      <CardTitle component="h2">{t('Components')}</CardTitle>
      <CardBody>
        {objects.error ? (
          <ApiErrorAlert error={objects.error} title={t('Could not load the workloads and pods')} />
        ) : null}
        {!objects.loaded ? (
          <Skeleton height="8rem" screenreaderText={t('Loading components')} />
        ) : (
          <Table aria-label={t('Components')} variant="compact" data-test="components">
            <Thead>
              <Tr>
                <Th width={15}>{t('Component')}</Th>
                <Th width={20}>{t('Workload')}</Th>
                <Th width={10}>{t('Replicas')}</Th>
                <Th width={35}>{t('Pods')}</Th>
                <Th width={20}>{t('Health')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {health.components.map((c) => (
                <Tr key={c.component} data-test={`component-${c.component}`}>
                  <Td dataLabel={t('Component')}>{componentName(c.component)}</Td>
                  <Td dataLabel={t('Workload')}>
                    {c.workload ? (
                      <Stack>
                        <ResourceLink
                          groupVersionKind={gvkOf(
                            c.workload.kind === 'StatefulSet' ? StatefulSetModel : DeploymentModel,
                          )}
                          name={c.workload.name}
                          namespace={namespace}
                        />
                        <Content component="small" data-test="workload-kind">
                          {c.workload.kind === 'StatefulSet' ? t('StatefulSet') : t('Deployment')}
                        </Content>
                      </Stack>
                    ) : (
                      t('Not created yet')
                    )}
                  </Td>
                  <Td dataLabel={t('Replicas')} data-test="replicas">
                    {t('{{ready}}/{{desired}}', {
                      ready: c.readyReplicas,
                      desired: c.desiredReplicas,
                    })}
                  </Td>
                  <Td dataLabel={t('Pods')}>
                    {c.pods.length === 0 ? (
                      t('No pods')
                    ) : (
                      <Stack>
                        {c.pods.map((pod) => (
                          <PodSummary
                            key={pod.name}
                            pod={pod}
                            namespace={namespace}
                            hasDetails={c.podsSource === 'pods'}
                          />
                        ))}
                      </Stack>
                    )}
                  </Td>
                  <Td dataLabel={t('Health')}>
                    <Stack>
                      <span>
                        <ComponentStateLabel state={c.state} />
                      </span>
                      <Content component="small" data-test="component-reason">
                        {reasonText(c.reason)}
                      </Content>
                    </Stack>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
};
