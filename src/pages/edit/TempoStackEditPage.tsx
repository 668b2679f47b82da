import { DocumentTitle, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Content,
  PageSection,
  Skeleton,
  Stack,
  Title,
} from '@patternfly/react-core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { tempoStackDetailsPath, tempoStackListPath } from '../../actions/tempoStackPaths';
import { ApiErrorState } from '../../components/ApiErrorState';
import { useTempoStack } from '../../hooks/useTempoStack';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { TempoStack } from '../../tempostack/types';
import { EditForm } from './EditForm';

/**
 * Edit TempoStack: the wizard's sections as one form (or YAML) for a stored stack. Exposed as a
 * `console.page/route` at `/k8s/ns/:ns/tempo.grafana.com~v1alpha1~TempoStack/:name/form`.
 */
const TempoStackEditPage = () => {
  const { t } = useTempoTranslation();
  const { ns = '', name = '' } = useParams();
  const { data, loaded, error } = useTempoStack(name, ns);
  const [canPatch, checkingAccess] = useAccessReview({
    group: 'tempo.grafana.com',
    resource: 'tempostacks',
    verb: 'patch',
    namespace: ns,
    name,
  });
  const isReadOnly = !checkingAccess && !canPatch;
  const [initial, setInitial] = useState<TempoStack>();
  if (data && !initial) setInitial(data);
  return (
    <>
      <DocumentTitle>{t('Edit TempoStack {{name}}', { name })}</DocumentTitle>
      <PageSection>
        <Stack hasGutter>
          <Breadcrumb>
            <BreadcrumbItem
              render={() => <Link to={tempoStackListPath(ns)}>{t('TempoStacks')}</Link>}
            />
            <BreadcrumbItem
              render={() => <Link to={tempoStackDetailsPath(ns, name)}>{name}</Link>}
            />
            <BreadcrumbItem isActive>{t('Edit')}</BreadcrumbItem>
          </Breadcrumb>
          <Title headingLevel="h1">{t('Edit TempoStack {{name}}', { name })}</Title>
          <Content component="p">
            {t(
              'Only the fields you change are sent. Fields the form does not show, labels and annotations are kept.',
            )}
          </Content>
          {isReadOnly && (
            <Alert
              variant="warning"
              isInline
              title={t('You cannot edit TempoStacks in namespace {{namespace}}', { namespace: ns })}
              data-test="edit-not-allowed"
            >
              {t(
                'Saving needs permission to patch tempostacks.tempo.grafana.com in namespace {{namespace}}. You can look at the form, but not save it.',
                { namespace: ns },
              )}
            </Alert>
          )}
        </Stack>
      </PageSection>
      <PageSection isFilled aria-label={t('Edit TempoStack form')}>
        {initial ? (
          <EditForm initial={initial} live={data} isReadOnly={isReadOnly} />
        ) : error ? (
          <ApiErrorState error={error} title={t('Could not load TempoStack {{name}}', { name })} />
        ) : !loaded ? (
          <Stack hasGutter>
            <Skeleton height="2rem" screenreaderText={t('Loading TempoStack {{name}}', { name })} />
            <Skeleton height="10rem" />
          </Stack>
        ) : null}
      </PageSection>
    </>
  );
};

export default TempoStackEditPage;
