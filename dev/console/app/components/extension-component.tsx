import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { type ComponentType, type FC, useEffect, useState } from 'react';
import { CodeRefError, codeRefOrigin } from '../../sdk/extensions/code-ref';
import { reportCodeRefError, resolveExtension } from '../../sdk/extensions/extension-store';
import { ErrorBoundary } from './error-boundary';

interface Props {
  extension: LoadedExtension;
  /** The property holding the component's code reference (`component` for pages). */
  property?: string;
  componentProps?: Record<string, unknown>;
}

/** Names an extension's code reference: `console.page/route ($codeRef ExamplePage)`. */
export const describeCodeRef = (extension: LoadedExtension, property: string): string => {
  const origin = codeRefOrigin(extension.properties[property]);
  return `${extension.type} ($codeRef ${origin?.codeRef ?? '?'}) of plugin ${extension.pluginName}`;
};

export const CodeRefErrorAlert: FC<{ error: CodeRefError }> = ({ error }) => (
  <Alert
    variant="danger"
    isInline
    title={`Extension ${error.origin.extensionType} could not be loaded: $codeRef "${error.origin.codeRef}" does not resolve`}
    data-test="code-ref-error"
  >
    {error.message}
  </Alert>
);

/**
 * Resolves an extension's component code reference and renders it; a reference that does not
 * resolve is reported by name, and render errors are caught.
 */
export const ExtensionComponent: FC<Props> = ({
  extension,
  property = 'component',
  componentProps = {},
}) => {
  const [state, setState] = useState<{
    Component?: ComponentType<Record<string, unknown>>;
    error?: unknown;
  }>({});
  useEffect(() => {
    let live = true;
    setState({});
    resolveExtension(extension).then(
      (resolved) => {
        const Component = resolved.properties[property] as ComponentType<Record<string, unknown>>;
        if (live) setState({ Component });
      },
      (error: unknown) => {
        if (error instanceof CodeRefError) reportCodeRefError(error);
        if (live) setState({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [extension, property]);
  if (state.error) {
    return (
      <PageSection hasBodyWrapper={false}>
        {state.error instanceof CodeRefError ? (
          <CodeRefErrorAlert error={state.error} />
        ) : (
          <Alert
            variant="danger"
            isInline
            title={`Could not load ${describeCodeRef(extension, property)}`}
            data-test="code-ref-error"
          >
            {state.error instanceof Error ? state.error.message : JSON.stringify(state.error)}
          </Alert>
        )}
      </PageSection>
    );
  }
  const { Component } = state;
  if (!Component) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading plugin page" />
      </Bullseye>
    );
  }
  return (
    <ErrorBoundary what={describeCodeRef(extension, property)}>
      <Component {...componentProps} />
    </ErrorBoundary>
  );
};
