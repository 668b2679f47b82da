import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';
import type { FC } from 'react';
import { useLocation } from 'react-router';
import { DocumentTitle } from '../../sdk/components/timestamp';

export const NotFoundPage: FC<{ message?: string }> = ({ message }) => {
  const location = useLocation();
  return (
    <PageSection hasBodyWrapper={false}>
      <DocumentTitle>404: Page Not Found</DocumentTitle>
      <EmptyState titleText="404: Page Not Found" headingLevel="h1" data-test="not-found">
        <EmptyStateBody>
          {message ?? `Nothing in the console or its plugins handles ${location.pathname}.`}
        </EmptyStateBody>
      </EmptyState>
    </PageSection>
  );
};
