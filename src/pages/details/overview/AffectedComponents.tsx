import { List, ListItem } from '@patternfly/react-core';
import { useComponentName } from '../../../components/useComponentName';
import { useComponentReasonText } from '../../../components/useComponentReasonText';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { ComponentHealth } from '../../../tempostack/health';

export interface AffectedComponentsProps {
  /** The components behind a degraded state. */
  components: ComponentHealth[];
}

/** Each failing component with why, its pods' last termination reasons and what to do on OOM. */
export const AffectedComponents = ({ components }: AffectedComponentsProps) => {
  const { t } = useTempoTranslation();
  const componentName = useComponentName();
  const reasonText = useComponentReasonText();
  if (components.length === 0) return null;
  return (
    <List data-test="affected-components">
      {components.map((c) => {
        const terminations = [
          ...new Set(c.pods.map((p) => p.lastTerminationReason).filter((r): r is string => !!r)),
        ];
        return (
          <ListItem key={c.component}>
            <strong>{componentName(c.component)}</strong>: {reasonText(c.reason)}
            {terminations.length > 0
              ? ` · ${t('last terminated: {{reason}}', { reason: terminations.join(', ') })}`
              : null}
            {terminations.includes('OOMKilled')
              ? ` · ${t('Give this component more memory (its resources, a larger size or total).')}`
              : null}
          </ListItem>
        );
      })}
    </List>
  );
};
