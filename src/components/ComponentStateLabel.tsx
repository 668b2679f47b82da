import { Label } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import UnknownIcon from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import type { ReactNode } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { ComponentState } from '../tempostack/health';

const APPEARANCE: Record<
  ComponentState,
  Pick<LabelProps, 'status' | 'color'> & { icon: ReactNode }
> = {
  healthy: { status: 'success', icon: <CheckCircleIcon /> },
  progressing: { color: 'blue', icon: <InProgressIcon /> },
  degraded: { status: 'warning', icon: <ExclamationTriangleIcon /> },
  failed: { status: 'danger', icon: <ExclamationCircleIcon /> },
  missing: { status: 'danger', icon: <ExclamationCircleIcon /> },
  unknown: { color: 'grey', icon: <UnknownIcon /> },
};

export interface ComponentStateLabelProps {
  /** The component's health state. */
  state: ComponentState;
}

/** A component's health state as a compact PatternFly status label. */
export const ComponentStateLabel = ({ state }: ComponentStateLabelProps) => {
  const { t } = useTempoTranslation();
  const names: Record<ComponentState, string> = {
    healthy: t('Healthy'),
    progressing: t('Progressing'),
    degraded: t('Degraded'),
    failed: t('Failed'),
    missing: t('Missing'),
    unknown: t('Unknown'),
  };
  const { icon, ...appearance } = APPEARANCE[state];
  return (
    <Label {...appearance} icon={icon} isCompact data-test="component-state" data-state={state}>
      {names[state]}
    </Label>
  );
};
