import { ListPageCreateLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  List,
  ListItem,
} from '@patternfly/react-core';
import CubesIcon from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { Link } from 'react-router';
import { tempoStackCreatePath } from '../../actions/tempoStackPaths';
import { ExternalLink } from '../../components/ExternalLink';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { TempoStackModel, gvkOf } from '../../k8s/models';

const TEMPO_OPERATOR_DOCS = 'https://grafana.com/docs/tempo/latest/setup/operator/';

/** No TempoStack yet: what one is, what to prepare, and the way to create one. */
export const NoTempoStacksState = ({ createNamespace }: { createNamespace: string }) => {
  const { t } = useTempoTranslation();
  return (
    <EmptyState
      titleText={t('No TempoStacks yet')}
      headingLevel="h2"
      icon={CubesIcon}
      data-test="no-tempostacks"
    >
      <EmptyStateBody>
        <p>
          {t(
            'A TempoStack runs Grafana Tempo in microservices mode: a distributed tracing backend that stores traces in object storage. The Tempo Operator creates and runs its components for you.',
          )}
        </p>
        <p>{t('Before you create one, prepare:')}</p>
        <List isPlain>
          <ListItem>
            {t(
              'an object storage bucket (S3 or S3-compatible, Azure Blob Storage, or Google Cloud Storage),',
            )}
          </ListItem>
          <ListItem>
            {t('a Secret in the same namespace with the credentials of that bucket.')}
          </ListItem>
        </List>
        <p>
          {t(
            'The wizard then asks for the storage, a size, and whether to expose the Jaeger UI, and checks everything before it creates the stack.',
          )}
        </p>
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <ListPageCreateLink
            to={tempoStackCreatePath(createNamespace)}
            createAccessReview={{
              groupVersionKind: gvkOf(TempoStackModel),
              namespace: createNamespace,
            }}
          >
            {t('Create TempoStack')}
          </ListPageCreateLink>
        </EmptyStateActions>
        <EmptyStateActions>
          <ExternalLink href={TEMPO_OPERATOR_DOCS}>
            {t('Tempo Operator documentation')}
          </ExternalLink>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};

/** The TempoStack API is missing: the operator is not installed. */
export const OperatorNotInstalledState = () => {
  const { t } = useTempoTranslation();
  return (
    <EmptyState
      titleText={t('The Tempo Operator is not installed')}
      headingLevel="h2"
      icon={CubesIcon}
      status="warning"
      data-test="operator-not-installed"
    >
      <EmptyStateBody>
        {t(
          'TempoStacks are run by the Tempo Operator, and this cluster does not serve the TempoStack API. Ask a cluster administrator to install the Tempo Operator (Red Hat build of Tempo) from the software catalog, then come back here to create a TempoStack.',
        )}
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Link to="/operatorhub/all-namespaces?keyword=tempo">{t('Find the Tempo Operator')}</Link>
        </EmptyStateActions>
        <EmptyStateActions>
          <ExternalLink href={TEMPO_OPERATOR_DOCS}>
            {t('Tempo Operator documentation')}
          </ExternalLink>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};

/** Stacks exist but none passes the filters. */
export const NoMatchState = ({ onClear }: { onClear: () => void }) => {
  const { t } = useTempoTranslation();
  return (
    <EmptyState
      titleText={t('No TempoStacks match the filters')}
      headingLevel="h2"
      icon={SearchIcon}
      data-test="no-match"
    >
      <EmptyStateBody>{t('Change or clear the filters to see more TempoStacks.')}</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear}>
            {t('Clear all filters')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
