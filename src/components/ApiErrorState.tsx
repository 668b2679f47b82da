import { Alert, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { errorMessage, errorStatus } from '../hooks/api-error';
import { useTempoTranslation } from '../hooks/useTempoTranslation';

export interface ApiErrorProps {
  /** The error of a watch or request. */
  error: unknown;
  /** What could not be loaded, e.g. "Could not load TempoStacks". */
  title: string;
}

/** A page-level error: a PatternFly empty state with the API server's message. */
export const ApiErrorState = ({ error, title }: ApiErrorProps) => {
  const { t } = useTempoTranslation();
  const status = errorStatus(error);
  return (
    <EmptyState
      titleText={title}
      headingLevel="h2"
      icon={ExclamationCircleIcon}
      status="danger"
      data-test="api-error"
    >
      <EmptyStateBody>
        {status === 403
          ? t('You do not have permission to see this.')
          : t('The API server answered with an error.')}{' '}
        <code>{errorMessage(error)}</code>
      </EmptyStateBody>
    </EmptyState>
  );
};

/** An inline error: a PatternFly danger alert with the API server's message. */
export const ApiErrorAlert = ({ error, title }: ApiErrorProps) => (
  <Alert variant="danger" isInline title={title} data-test="api-error">
    {errorMessage(error)}
  </Alert>
);
