import { Alert, CodeBlock, CodeBlockCode, PageSection } from '@patternfly/react-core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What was being rendered, e.g. "console.page/route ($codeRef TempoStackList)". */
  what: string;
  children: ReactNode;
}

interface State {
  error?: Error;
  componentStack?: string;
}

/** Catches render errors of plugin code and shows them as the console's error page does. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.setState({ error, componentStack: info.componentStack ?? '' });
  }

  override render() {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    return (
      <PageSection hasBodyWrapper={false}>
        <Alert
          variant="danger"
          isInline
          title={`Something went wrong rendering ${this.props.what}`}
          data-test="render-error"
        >
          <p>{error.message}</p>
          <CodeBlock>
            <CodeBlockCode>{`${error.stack ?? ''}${componentStack ?? ''}`}</CodeBlockCode>
          </CodeBlock>
        </Alert>
      </PageSection>
    );
  }
}
