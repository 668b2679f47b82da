import { useK8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  Content,
  Skeleton,
  Stack,
} from '@patternfly/react-core';
import { useInClusterRun } from '../../../diagnostics/useInClusterRun';
import { useLeftoverRuns } from '../../../diagnostics/useLeftoverRuns';
import { useRunPermissions } from '../../../diagnostics/useRunPermissions';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import {
  MUST_GATHER_GROUP,
  MUST_GATHER_KIND,
  MUST_GATHER_VERSION,
} from '../../../tempostack/must-gather/must-gather-cr';
import type { TempoStack } from '../../../tempostack/types';
import { LeftoverRuns } from './LeftoverRuns';
import { MissingPermissions } from './MissingPermissions';
import { MustGatherOperatorSection } from './MustGatherOperatorSection';
import { RunForm } from './RunForm';
import { RunProgress } from './RunProgress';

export interface InClusterCardProps {
  stack: TempoStack;
}

/**
 * Runs the Tempo must-gather image in the cluster (for users allowed to), shows its progress and
 * log, how to copy the result, and cleans up; offers the must-gather operator where installed.
 */
export const InClusterCard = ({ stack }: InClusterCardProps) => {
  const { t } = useTempoTranslation();
  const permissions = useRunPermissions();
  const run = useInClusterRun();
  const allowed = permissions.loaded && permissions.missing.length === 0 && !permissions.error;
  const leftovers = useLeftoverRuns(run.state.runId, allowed);
  const [mustGatherModel] = useK8sModel({
    group: MUST_GATHER_GROUP,
    version: MUST_GATHER_VERSION,
    kind: MUST_GATHER_KIND,
  });
  const hasMustGatherOperator = mustGatherModel?.kind === MUST_GATHER_KIND;
  const isIdle = run.state.stage === 'idle';
  return (
    <Card data-test="in-cluster-card">
      <CardHeader>
        <CardTitle component="h2">{t('must-gather in the cluster')}</CardTitle>
      </CardHeader>
      <CardBody>
        <Stack hasGutter>
          <Content component="p">
            {t(
              'Runs the Tempo Operator must-gather image in a temporary namespace, with a read-only cluster role, as oc adm must-gather does. You copy the result with oc; afterwards everything the run created is deleted, also when you cancel.',
            )}
          </Content>
          {!permissions.loaded ? (
            <Skeleton screenreaderText={t('Checking your permissions')} />
          ) : !allowed ? (
            <MissingPermissions missing={permissions.missing} error={permissions.error} />
          ) : (
            <>
              {leftovers.length > 0 ? <LeftoverRuns runs={leftovers} /> : null}
              {isIdle ? <RunForm stack={stack} onStart={run.start} /> : <RunProgress run={run} />}
            </>
          )}
          {hasMustGatherOperator ? <MustGatherOperatorSection stack={stack} /> : null}
        </Stack>
      </CardBody>
    </Card>
  );
};
