import { PageSection, Stack } from '@patternfly/react-core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { TempoStack } from '../../tempostack/types';
import { BundleCard } from './bundle/BundleCard';
import { InClusterCard } from './in-cluster/InClusterCard';

export interface DiagnosticsTabProps {
  /** The live TempoStack of the details page. */
  obj: TempoStack;
}

/**
 * The Diagnostics tab of the instance dashboard: a must-gather-compatible bundle collected in the
 * browser with the user's permissions, and the real must-gather run in the cluster. Loaded lazily
 * by the details page, with its own react-query client.
 */
const DiagnosticsTab = ({ obj }: DiagnosticsTabProps) => {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 0 } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <PageSection hasBodyWrapper={false} data-test="diagnostics-tab">
        <Stack hasGutter>
          <BundleCard stack={obj} />
          <InClusterCard stack={obj} />
        </Stack>
      </PageSection>
    </QueryClientProvider>
  );
};

export default DiagnosticsTab;
