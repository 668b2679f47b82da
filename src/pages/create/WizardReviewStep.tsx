import { useWizardContext } from '@patternfly/react-core';
import { ReviewStep, type ReviewStepProps } from '../../form/review/ReviewStep';

/** The review step, with its findings linking to the wizard step that fixes them. */
export const WizardReviewStep = (props: Omit<ReviewStepProps, 'onGoTo'>) => {
  const { goToStepById } = useWizardContext();
  return <ReviewStep {...props} onGoTo={(step) => goToStepById(step)} />;
};
