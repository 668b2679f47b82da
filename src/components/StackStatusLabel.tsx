import { Label, Tooltip } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import UnknownIcon from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import type { ReactNode } from 'react';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import type { StackHealth, StackState } from '../tempostack/health';
import { useStackReasonText } from './useStackReasonText';

/** How each state looks: PatternFly status colours and icons. */
const APPEARANCE: Record<StackState, Pick<LabelProps, 'status' | 'color'> & { icon: ReactNode }> = {
  Ready: { status: 'success', icon: <CheckCircleIcon /> },
  Pending: { color: 'blue', icon: <InProgressIcon /> },
  Degraded: { status: 'warning', icon: <ExclamationTriangleIcon /> },
  Failed: { status: 'danger', icon: <ExclamationCircleIcon /> },
  ConfigurationError: { status: 'danger', icon: <ExclamationCircleIcon /> },
  Unknown: { color: 'grey', icon: <UnknownIcon /> },
};

/** The translated name of a stack state. */
export const useStackStateName = (): ((state: StackState) => string) => {
  const { t } = useTempoTranslation();
  return (state) => {
    switch (state) {
      case 'Ready':
        return t('Ready');
      case 'Pending':
        return t('Pending');
      case 'Degraded':
        return t('Degraded');
      case 'Failed':
        return t('Failed');
      case 'ConfigurationError':
        return t('Configuration error');
      default:
        return t('Unknown');
    }
  };
};

export interface StackStatusLabelProps {
  /** The stack's health. */
  health: StackHealth;
  /** Show the reason in a tooltip on hover and focus (default true). */
  hasTooltip?: boolean;
  /** Smaller label, for table cells. */
  isCompact?: boolean;
}

/** The overall state of a stack as a PatternFly status label, with the reason on hover. */
export const StackStatusLabel = ({
  health,
  hasTooltip = true,
  isCompact = false,
}: StackStatusLabelProps) => {
  const stateName = useStackStateName();
  const reasonText = useStackReasonText();
  const { icon, ...appearance } = APPEARANCE[health.state];
  const label = (
    <Label
      {...appearance}
      icon={icon}
      isCompact={isCompact}
      data-test="stack-status"
      data-state={health.state}
      {...(hasTooltip ? { tabIndex: 0 } : {})}
    >
      {stateName(health.state)}
    </Label>
  );
  return hasTooltip ? <Tooltip content={reasonText(health)}>{label}</Tooltip> : label;
};
