import { ResourceIcon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  PageSection,
  Stack,
  Title,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { tempoStackListPath } from '../../actions/tempoStackPaths';
import { StackStatusLabel } from '../../components/StackStatusLabel';
import { TempoStackActionsMenu } from '../../components/TempoStackActionsMenu';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { TempoStackModel, gvkOf } from '../../k8s/models';
import { useDetailsContext } from './DetailsContext';

/** Breadcrumbs (TempoStacks → name), the stack's name and status, and its actions. */
export const DetailsHeading = () => {
  const { t } = useTempoTranslation();
  const { stack, health } = useDetailsContext();
  const name = stack.metadata.name ?? '';
  const namespace = stack.metadata.namespace ?? '';
  return (
    <PageSection hasBodyWrapper={false} data-test="details-heading">
      <Stack hasGutter>
        <Breadcrumb>
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} to={tempoStackListPath(namespace)}>
                {t('TempoStacks')}
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
        <Flex
          justifyContent={{ default: 'justifyContentSpaceBetween' }}
          alignItems={{ default: 'alignItemsCenter' }}
        >
          <Flex
            alignItems={{ default: 'alignItemsCenter' }}
            spaceItems={{ default: 'spaceItemsSm' }}
          >
            <FlexItem>
              <ResourceIcon groupVersionKind={gvkOf(TempoStackModel)} />
            </FlexItem>
            <FlexItem>
              <Title headingLevel="h1" data-test="page-heading">
                {name}
              </Title>
            </FlexItem>
            <FlexItem>
              <StackStatusLabel health={health.stack} />
            </FlexItem>
          </Flex>
          <FlexItem>
            <TempoStackActionsMenu stack={stack} variant="button" />
          </FlexItem>
        </Flex>
      </Stack>
    </PageSection>
  );
};
