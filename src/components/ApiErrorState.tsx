import { Alert, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import LockIcon from '@patternfly/react-icons/dist/esm/icons/lock-icon';
import { errorMessage, errorStatus } from '../hooks/api-error';
import { useTempoTranslation } from '../hooks/useTempoTranslation';

export interface ApiErrorProps {
  /** The error of a watch or request. */
  error: unknown;
  /** What could not be loaded, e.g. "Could not load TempoStacks". */
  title: string;
}

export interface ApiErrorStateProps extends ApiErrorProps {
  /**
   * For a 403: the permission the page needs, in words (verb, resource and namespace), e.g.
   * "You need permission to list TempoStacks … in namespace team-a.".
   */
  missingPermission?: string;
}

/** A page-level error: a PatternFly empty state with the API server's message. */
export const ApiErrorState = ({ error, title, missingPermission }: ApiErrorStateProps) => {
  const { t } = useTempoTranslation();
  const status = errorStatus(error);
  const forbidden = status === 403;
  return (
    <EmptyState
      titleText={title}
      headingLevel="h2"
      icon={forbidden ? LockIcon : ExclamationCircleIcon}
      status={forbidden ? 'warning' : 'danger'}
      data-test="api-error"
    >
      <EmptyStateBody>
        <p data-test="api-error-explanation">
          {forbidden
            ? (missingPermission ?? t('You do not have permission to see this.'))
            : t('The API server answered with an error. The console tries again by itself.')}
        </p>
        <p>
          <code data-test="api-error-message">{errorMessage(error)}</code>
        </p>
      </EmptyStateBody>
    </EmptyState>
  );
};

/**
 * A warning above data the console could not refresh (a 5xx or a timeout after it had loaded):
 * the last state received stays on screen, and the console tries again by itself.
 */
export const RefreshErrorAlert = ({ error, title }: ApiErrorProps) => {
  const { t } = useTempoTranslation();
  return (
    <Alert variant="warning" isInline title={title} data-test="refresh-error">
      <p>{t('Showing the last state received. The console tries again by itself.')}</p>
      <code>{errorMessage(error)}</code>
    </Alert>
  );
};

/** An inline error: a PatternFly danger alert with the API server's message. */
export const ApiErrorAlert = ({ error, title }: ApiErrorProps) => (
  <Alert variant="danger" isInline title={title} data-test="api-error">
    {errorMessage(error)}
  </Alert>
);
