import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Card, CardBody, CardHeader, CardTitle, Stack } from '@patternfly/react-core';
import { useBundleCollection } from '../../../diagnostics/useBundleCollection';
import { useServedKinds } from '../../../diagnostics/useServedKinds';
import { errorMessage } from '../../../hooks/api-error';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { TempoStack } from '../../../tempostack/types';
import { BundleOptionsForm } from './BundleOptionsForm';
import { BundleProgress } from './BundleProgress';
import { BundleSummary } from './BundleSummary';

export interface BundleCardProps {
  stack: TempoStack;
}

/** Collects a must-gather-compatible bundle in the browser and offers it for download. */
export const BundleCard = ({ stack }: BundleCardProps) => {
  const { t } = useTempoTranslation();
  const { state, start, cancel, reset } = useBundleCollection(stack);
  const isServed = useServedKinds();
  const [mayReadOperator, checkingOperator] = useAccessReview({
    group: 'apps',
    resource: 'deployments',
    verb: 'list',
  });
  return (
    <Card data-test="bundle-card">
      <CardHeader>
        <CardTitle component="h2">{t('Diagnostics bundle')}</CardTitle>
      </CardHeader>
      <CardBody>
        <Stack hasGutter>
          {state.status === 'cancelled' ? (
            <Alert
              variant="info"
              isInline
              title={t('Collection cancelled. Nothing was downloaded.')}
            />
          ) : null}
          {state.status === 'error' ? (
            <Alert variant="danger" isInline title={t('The collection failed')}>
              {errorMessage(state.error)}
            </Alert>
          ) : null}
          {state.status === 'collecting' || state.status === 'packing' ? (
            <BundleProgress
              progress={state.progress}
              isPacking={state.status === 'packing'}
              onCancel={cancel}
            />
          ) : state.status === 'ready' ? (
            <BundleSummary
              bundle={state.bundle}
              archive={state.archive}
              data={state.data}
              onReset={reset}
            />
          ) : (
            <BundleOptionsForm
              mayReadOperator={mayReadOperator}
              isCheckingOperator={checkingOperator}
              onStart={(options) => start(isServed ? { ...options, isServed } : options)}
            />
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};
