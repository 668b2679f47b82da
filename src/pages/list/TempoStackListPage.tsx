import {
  DocumentTitle,
  ListPageBody,
  ListPageCreateLink,
  ListPageHeader,
} from '@openshift-console/dynamic-plugin-sdk';
import { Pagination, Skeleton, Stack } from '@patternfly/react-core';
import { useMemo } from 'react';
import { tempoStackCreatePath } from '../../actions/tempoStackPaths';
import { ApiErrorState, RefreshErrorAlert } from '../../components/ApiErrorState';
import { isNotFound } from '../../hooks/api-error';
import { useManagedRoutes } from '../../hooks/useManagedRoutes';
import { useTempoStacks } from '../../hooks/useTempoStacks';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { TempoStackModel, gvkOf } from '../../k8s/models';
import { countByState } from '../../tempostack/list-filters';
import { NoMatchState, NoTempoStacksState, OperatorNotInstalledState } from './ListEmptyStates';
import { TempoStackListToolbar } from './TempoStackListToolbar';
import { TempoStackTable } from './TempoStackTable';
import { useListRows } from './useListRows';
import { PER_PAGE_OPTIONS, useListState } from './useListState';

/** The console's key for "all namespaces". */
const ALL_NAMESPACES_KEY = '#ALL_NS#';

export interface TempoStackListPageProps {
  /** The namespace of the list; undefined for all namespaces (passed by the console). */
  namespace?: string;
}

const LoadingRows = () => {
  const { t } = useTempoTranslation();
  return (
    <Stack hasGutter data-test="list-loading">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton
          key={i}
          height="2rem"
          screenreaderText={i === 0 ? t('Loading TempoStacks') : undefined}
        />
      ))}
    </Stack>
  );
};

/**
 * TempoStacks of a namespace or of all namespaces: status, components ready, storage, resources,
 * Jaeger UI link and age, with name and status filters, sorting and pagination, updated live.
 * Exposed as the `console.page/resource/list` of TempoStack.
 */
const TempoStackListPage = ({ namespace }: TempoStackListPageProps) => {
  const { t } = useTempoTranslation();
  const ns = namespace && namespace !== ALL_NAMESPACES_KEY ? namespace : undefined;
  const createNamespace = ns ?? 'default';
  const { data: stacks, loaded, error, refreshError } = useTempoStacks(ns);
  const routes = useManagedRoutes(ns);
  const [state, update] = useListState();
  const rows = useListRows(stacks, state);
  const counts = useMemo(() => countByState(rows.all), [rows.all]);
  const notInstalled = !!error && isNotFound(error);

  let body;
  if (notInstalled) body = <OperatorNotInstalledState />;
  else if (error) {
    body = (
      <ApiErrorState
        error={error}
        title={t('Could not load TempoStacks')}
        missingPermission={
          ns
            ? t(
                'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in namespace {{namespace}}.',
                // Shorthand: i18next-parser takes a `namespace: value` option for an i18n namespace.
                { namespace },
              )
            : t(
                'You need permission to list TempoStacks (tempostacks.tempo.grafana.com) in all namespaces. Select a project you have access to, or ask a cluster administrator for access.',
              )
        }
      />
    );
  } else if (!loaded) body = <LoadingRows />;
  else if (rows.all.length === 0) body = <NoTempoStacksState createNamespace={createNamespace} />;
  else {
    body = (
      <>
        {refreshError ? (
          <RefreshErrorAlert error={refreshError} title={t('Could not refresh TempoStacks')} />
        ) : null}
        <TempoStackListToolbar
          state={state}
          pageNumber={rows.pageNumber}
          itemCount={rows.filtered.length}
          counts={counts}
          onChange={update}
        />
        {rows.filtered.length === 0 ? (
          <NoMatchState onClear={() => update({ name: '', statuses: [] })} />
        ) : (
          <>
            <TempoStackTable
              rows={rows.page}
              showNamespace={!ns}
              routes={routes}
              state={state}
              onSort={(sort, direction) => update({ sort, direction })}
            />
            <Pagination
              variant="bottom"
              itemCount={rows.filtered.length}
              page={rows.pageNumber}
              perPage={state.perPage}
              perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
              onSetPage={(_event, page) => update({ page })}
              onPerPageSelect={(_event, perPage) => update({ perPage })}
              titles={{ paginationAriaLabel: t('Pagination, bottom') }}
            />
          </>
        )}
      </>
    );
  }

  return (
    <>
      <DocumentTitle>{t('TempoStacks')}</DocumentTitle>
      <ListPageHeader title={t('TempoStacks')}>
        {notInstalled ? null : (
          <ListPageCreateLink
            to={tempoStackCreatePath(createNamespace)}
            createAccessReview={{
              groupVersionKind: gvkOf(TempoStackModel),
              namespace: createNamespace,
            }}
          >
            {t('Create TempoStack')}
          </ListPageCreateLink>
        )}
      </ListPageHeader>
      <ListPageBody>{body}</ListPageBody>
    </>
  );
};

export default TempoStackListPage;
