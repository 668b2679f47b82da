import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  Card,
  CardBody,
  CodeBlock,
  CodeBlockCode,
  EmptyState,
  EmptyStateBody,
  Grid,
  GridItem,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import type { FC, ReactNode } from 'react';
import { Link } from 'react-router';
import { HttpError } from '../http/http-error';

export const Overview: FC<SDK.OverviewProps> = ({ className, children }) => (
  <PageSection hasBodyWrapper={false} className={className}>
    {children}
  </PageSection>
);

export const OverviewGrid: FC<SDK.OverviewGridProps> = ({
  mainCards,
  leftCards = [],
  rightCards = [],
}) => (
  <Grid hasGutter>
    {[...leftCards, ...mainCards, ...rightCards].map(({ Card: C, span = 12 }, i) => (
      <GridItem key={i} span={span}>
        <C />
      </GridItem>
    ))}
  </Grid>
);

export const InventoryItem: FC<SDK.InventoryItemProps> = ({ children }) => (
  <div className="dev-console-inventory-item">{children}</div>
);
export const InventoryItemTitle: FC<SDK.InventoryItemTitleProps> = ({ children }) => (
  <div>{children}</div>
);
export const InventoryItemBody: FC<SDK.InventoryItemBodyProps> = ({ error, children }) => (
  <div>{error ? 'Unavailable' : children}</div>
);
export const InventoryItemStatus: FC<SDK.InventoryItemStatusProps> = ({ count, icon, linkTo }) => (
  <span>
    {icon} {linkTo ? <Link to={linkTo}>{count}</Link> : count}
  </span>
);
export const InventoryItemLoading: FC = () => <Spinner size="sm" aria-label="Loading" />;

export const StatusPopupSection: FC<{
  firstColumn: ReactNode;
  secondColumn?: ReactNode;
  children?: ReactNode;
}> = ({ firstColumn, secondColumn, children }) => (
  <div className="dev-console-status-popup-section">
    <div className="dev-console-status-popup-section__header">
      <span>{firstColumn}</span>
      {secondColumn ? <span>{secondColumn}</span> : null}
    </div>
    {children}
  </div>
);

export const StatusPopupItem: FC<{ children: ReactNode; value?: string; icon?: ReactNode }> = ({
  children,
  value,
  icon,
}) => (
  <div className="dev-console-status-popup-item">
    <span>{children}</span>
    {value ? (
      <span>
        {icon} {value}
      </span>
    ) : null}
  </div>
);

const NO_METRICS = 'Prometheus is not available in the dev console host.';

/** There is no Prometheus in the dev world: metrics hooks answer with an explicit error. */
export const usePrometheusPoll: SDK.UsePrometheusPoll = () => [
  undefined,
  true,
  new HttpError(NO_METRICS, 503),
];

export const QueryBrowser: FC<SDK.QueryBrowserProps> = ({ queries }) => (
  <EmptyState
    titleText="No metrics in the dev console"
    headingLevel="h4"
    data-test="query-browser-unavailable"
  >
    <EmptyStateBody>
      {NO_METRICS} Queries: {queries.join(', ')}
    </EmptyStateBody>
  </EmptyState>
);

export const ErrorBoundaryFallbackPage: FC<SDK.ErrorBoundaryFallbackProps> = ({
  errorMessage,
  componentStack,
  stack,
  title,
}) => (
  <PageSection hasBodyWrapper={false}>
    <Title headingLevel="h1">{title}</Title>
    <Card>
      <CardBody>
        <p>{errorMessage}</p>
        <CodeBlock>
          <CodeBlockCode>{`${stack}\n${componentStack}`}</CodeBlockCode>
        </CodeBlock>
      </CardBody>
    </Card>
  </PageSection>
);

const noop = () => undefined;

/** There are no quick starts in the host; the context answers with empty, inert values. */
export const useQuickStartContext: SDK.UseQuickStartContext = () => ({
  activeQuickStartID: '',
  allQuickStartStates: {},
  allQuickStarts: [],
  setActiveQuickStart: noop,
  startQuickStart: noop,
  restartQuickStart: noop,
  nextStep: noop,
  previousStep: noop,
  setQuickStartTaskNumber: noop,
  setQuickStartTaskStatus: noop,
  getQuickStartForId: noop,
});
