import {
  Bullseye,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { Link, useParams } from 'react-router';
import { tempoStackListPath } from '../../actions/tempoStackPaths';
import { ApiErrorState } from '../../components/ApiErrorState';
import { isNotFound } from '../../hooks/api-error';
import { useTempoStackByList } from '../../hooks/useTempoStackByList';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { DetailsLayout } from './DetailsLayout';

export interface TempoStackDetailsPageProps {
  /** The stack's namespace (passed by the console; else read from the URL). */
  namespace?: string;
  /** The stack's name (passed by the console; else read from the URL). */
  name?: string;
}

/**
 * The instance dashboard of a TempoStack: heading with status and actions, and the Overview,
 * Resources, YAML, Events and Diagnostics tabs. Exposed as the `console.page/resource/details` of
 * TempoStack; the console renders nothing around it.
 */
const TempoStackDetailsPage = (props: TempoStackDetailsPageProps) => {
  const { t } = useTempoTranslation();
  const params = useParams();
  const namespace = props.namespace ?? params.ns ?? '';
  const name = props.name ?? params.name ?? '';
  const { data: stack, loaded, error, refreshError } = useTempoStackByList(name, namespace);

  if (stack) return <DetailsLayout stack={stack} refreshError={refreshError} />;
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading TempoStack')} />
      </Bullseye>
    );
  }
  return (
    <PageSection hasBodyWrapper={false}>
      {error && !isNotFound(error) ? (
        <ApiErrorState
          error={error}
          title={t('Could not load TempoStack {{name}}', { name })}
          missingPermission={t(
            'You need permission to list and watch TempoStacks (tempostacks.tempo.grafana.com) in namespace {{namespace}}.',
            { namespace },
          )}
        />
      ) : (
        <EmptyState
          titleText={t('TempoStack not found')}
          headingLevel="h1"
          icon={SearchIcon}
          data-test="stack-not-found"
        >
          <EmptyStateBody>
            {t(
              'There is no TempoStack {{name}} in namespace {{namespace}}. It may have been deleted.',
              {
                name,
                namespace,
              },
            )}
          </EmptyStateBody>
          <EmptyStateFooter>
            <Link to={tempoStackListPath(namespace)}>{t('Go to TempoStacks')}</Link>
          </EmptyStateFooter>
        </EmptyState>
      )}
    </PageSection>
  );
};

export default TempoStackDetailsPage;
