import { DocumentTitle, HorizontalNav } from '@openshift-console/dynamic-plugin-sdk';
import type { NavPage } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, PageSection } from '@patternfly/react-core';
import { lazy, useMemo } from 'react';
import { RefreshErrorAlert } from '../../components/ApiErrorState';
import { useStackHealth } from '../../hooks/useStackHealth';
import { useTempoStackObjects } from '../../hooks/useTempoStackObjects';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { TempoStack } from '../../tempostack/types';
import { DetailsContext } from './DetailsContext';
import type { DetailsContextValue } from './DetailsContext';
import { DetailsHeading } from './DetailsHeading';
import { DiagnosticsTabLoader } from './DiagnosticsTabLoader';
import { LazyTab } from './LazyTab';
import { OverviewTab } from './overview/OverviewTab';
import { YamlTab } from './YamlTab';

const ResourcesTab = lazy(() => import('./resources/ResourcesTab'));
const EventsTab = lazy(() => import('./events/EventsTab'));
const ResourcesPage = () => <LazyTab component={ResourcesTab} />;
const EventsPage = () => <LazyTab component={EventsTab} />;

/**
 * The dashboard of a loaded stack: watches its objects once (one watch per kind, by label
 * selector), derives the health, and shares both with the heading and the tabs.
 */
export const DetailsLayout = ({
  stack,
  refreshError,
}: {
  stack: TempoStack;
  /** An error of the stack's watch that left its last state on screen. */
  refreshError?: unknown;
}) => {
  const { t } = useTempoTranslation();
  const objects = useTempoStackObjects(stack);
  const health = useStackHealth(stack, objects.data);
  const value = useMemo(
    (): DetailsContextValue => ({ stack, objects, health }),
    [stack, objects, health],
  );
  const pages = useMemo(
    (): NavPage[] => [
      { href: '', name: t('Overview'), component: OverviewTab },
      { href: 'resources', name: t('Resources'), component: ResourcesPage },
      { href: 'yaml', name: t('YAML'), component: YamlTab },
      { href: 'events', name: t('Events'), component: EventsPage },
      { href: 'diagnostics', name: t('Diagnostics'), component: DiagnosticsTabLoader },
    ],
    [t],
  );
  return (
    <DetailsContext.Provider value={value}>
      <DocumentTitle>
        {t('{{name}} · TempoStack details', { name: stack.metadata.name ?? '' })}
      </DocumentTitle>
      <DetailsHeading />
      {refreshError ? (
        <PageSection hasBodyWrapper={false}>
          <RefreshErrorAlert error={refreshError} title={t('Could not refresh this TempoStack')} />
        </PageSection>
      ) : null}
      {stack.metadata.deletionTimestamp ? (
        <PageSection hasBodyWrapper={false}>
          <Alert variant="info" isInline title={t('This TempoStack is being deleted.')} />
        </PageSection>
      ) : null}
      <HorizontalNav pages={pages} resource={stack} />
    </DetailsContext.Provider>
  );
};
