import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  AlertActionLink,
  Button,
  PageSection,
  TextArea,
  Title,
} from '@patternfly/react-core';
import { type FC, forwardRef, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { parse, stringify } from 'yaml';
import { k8sCreateResource, k8sUpdateResource } from '../k8s/k8s-resource';
import { getGroupVersionKindForResource, getReference } from '../k8s/model-ref';
import { findModel, modelStore } from '../models/model-store';

/** YAML as the console shows it: without `metadata.managedFields`. */
export const toEditorYAML = (resource: SDK.K8sResourceKind | undefined): string => {
  if (!resource) return '';
  const { metadata, ...rest } = resource;
  if (!metadata) return stringify(rest);
  const meta = { ...metadata };
  delete meta.managedFields;
  return stringify({ ...rest, metadata: meta });
};

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The SDK's `ResourceYAMLEditor` as a plain text area: Save updates the object (or creates it in
 * `create` mode) through the API, Reload takes the latest version, errors are shown as the
 * console shows them.
 */
export const ResourceYAMLEditor: FC<SDK.ResourceYAMLEditorProps> = ({
  initialResource,
  header,
  onSave,
  readOnly,
  create,
  onChange,
  hideHeader,
}) => {
  const navigate = useNavigate();
  const [text, setText] = useState(() => toEditorYAML(initialResource));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [saving, setSaving] = useState(false);
  const shownVersion = useRef(initialResource?.metadata?.resourceVersion);
  const latestVersion = initialResource?.metadata?.resourceVersion;
  const stale = !create && dirty && latestVersion !== shownVersion.current;

  useEffect(() => {
    if (!dirty) {
      setText(toEditorYAML(initialResource));
      shownVersion.current = initialResource?.metadata?.resourceVersion;
    }
  }, [initialResource, dirty]);

  const reload = () => {
    setText(toEditorYAML(initialResource));
    shownVersion.current = initialResource?.metadata?.resourceVersion;
    setDirty(false);
    setError(undefined);
    setSuccess(undefined);
  };

  const save = async () => {
    setError(undefined);
    setSuccess(undefined);
    if (onSave) {
      onSave(text);
      return;
    }
    let obj: SDK.K8sResourceKind;
    try {
      obj = parse(text) as SDK.K8sResourceKind;
    } catch (e) {
      setError(`Invalid YAML: ${errorMessage(e)}`);
      return;
    }
    if (!obj || typeof obj !== 'object') {
      setError('The YAML must describe one object.');
      return;
    }
    const gvk = getGroupVersionKindForResource(obj);
    const model = gvk ? findModel(modelStore.getState(), getReference(gvk)) : undefined;
    if (!model) {
      setError(
        `The server doesn't have a resource type "${obj.kind ?? ''}" in "${obj.apiVersion ?? ''}".`,
      );
      return;
    }
    setSaving(true);
    try {
      if (create) {
        const created = await k8sCreateResource({ model, data: obj });
        setSuccess(`${created.metadata?.name ?? ''} has been created.`);
      } else {
        const updated = await k8sUpdateResource({ model, data: obj });
        setSuccess(
          `${updated.metadata?.name ?? ''} has been updated to version ${updated.metadata?.resourceVersion ?? ''}.`,
        );
        setText(toEditorYAML(updated));
        shownVersion.current = updated.metadata?.resourceVersion;
        setDirty(false);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageSection hasBodyWrapper={false} className="dev-console-yaml-editor">
      {!hideHeader && (header || create) ? (
        <Title headingLevel="h2">{header ?? 'Create resource'}</Title>
      ) : null}
      {stale ? (
        <Alert
          isInline
          variant="info"
          title="This object has been updated."
          actionLinks={<AlertActionLink onClick={reload}>Reload</AlertActionLink>}
        >
          Click reload to see the new version.
        </Alert>
      ) : null}
      <TextArea
        aria-label="YAML editor"
        data-test="yaml-editor"
        className="dev-console-yaml-editor__text"
        value={text}
        readOnlyVariant={readOnly ? 'default' : undefined}
        resizeOrientation="vertical"
        rows={28}
        onChange={(_e, value) => {
          setText(value);
          setDirty(true);
          onChange?.(value);
        }}
      />
      {error ? (
        <Alert isInline variant="danger" title="An error occurred" data-test="yaml-error">
          {error}
        </Alert>
      ) : null}
      {success ? (
        <Alert isInline variant="success" title={success} data-test="yaml-success" />
      ) : null}
      {!readOnly ? (
        <ActionGroup className="dev-console-yaml-editor__actions">
          <Button
            variant="primary"
            onClick={() => void save()}
            isLoading={saving}
            data-test="save-changes"
          >
            {create ? 'Create' : 'Save'}
          </Button>
          {!create ? (
            <Button variant="secondary" onClick={reload} data-test="reload-object">
              Reload
            </Button>
          ) : null}
          <Button variant="link" onClick={() => void navigate(-1)} data-test="cancel">
            Cancel
          </Button>
        </ActionGroup>
      ) : null}
    </PageSection>
  );
};

/**
 * The parts of the SDK's `CodeEditorProps` the text area honours (the SDK types them with
 * PatternFly's code editor and Monaco, which the host does not ship).
 */
interface TextCodeEditorProps {
  value?: string;
  onChange?: (value: string) => void;
  isReadOnly?: boolean;
  minHeight?: string;
}

/** `CodeEditor`/`YAMLEditor` without Monaco: a text area (the ref exposes no editor). */
export const CodeEditor = forwardRef<HTMLTextAreaElement, TextCodeEditorProps>(
  ({ value, onChange, isReadOnly, minHeight }, ref) => (
    <TextArea
      ref={ref}
      aria-label="Code editor"
      value={value ?? ''}
      readOnlyVariant={isReadOnly ? 'default' : undefined}
      style={{
        minHeight: minHeight ?? '20em',
        fontFamily: 'var(--pf-t--global--font--family--mono)',
      }}
      onChange={(_event, v) => onChange?.(v)}
    />
  ),
);
CodeEditor.displayName = 'CodeEditor';

export const YAMLEditor = CodeEditor;
