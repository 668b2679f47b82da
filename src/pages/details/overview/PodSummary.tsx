import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Content, Flex, FlexItem } from '@patternfly/react-core';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { PodHealth } from '../../../tempostack/health';

export interface PodSummaryProps {
  /** The pod. */
  pod: PodHealth;
  /** Its namespace. */
  namespace: string;
  /** Whether the details come from the pod itself (else only name and phase are known). */
  hasDetails: boolean;
}

/** A pod in one line: link, phase, readiness, restarts, why it waits and why it last stopped. */
export const PodSummary = ({ pod, namespace, hasDetails }: PodSummaryProps) => {
  const { t } = useTempoTranslation();
  const facts = [
    pod.ready
      ? t('{{phase}}, ready', { phase: pod.phase })
      : t('{{phase}}, not ready', { phase: pod.phase }),
    hasDetails ? t('restarts: {{restarts}}', { restarts: pod.restarts }) : undefined,
    pod.waitingReason,
    pod.lastTerminationReason
      ? t('last terminated: {{reason}}', { reason: pod.lastTerminationReason })
      : undefined,
  ].filter((fact): fact is string => !!fact);
  return (
    <Flex spaceItems={{ default: 'spaceItemsSm' }} data-test={`pod-${pod.name}`}>
      <FlexItem>
        <ResourceLink
          groupVersionKind={{ version: 'v1', kind: 'Pod' }}
          name={pod.name}
          namespace={namespace}
          inline
        />
      </FlexItem>
      <FlexItem>
        <Content component="small">{facts.join(' · ')}</Content>
      </FlexItem>
    </Flex>
  );
};
