import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Stack } from '@patternfly/react-core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parse, stringify } from 'yaml';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { jsonEqual } from '../../tempostack/form/object-path';
import type { TempoStack } from '../../tempostack/types';
import { editableObject, readYamlObject, type YamlObjectProblem } from './yaml-object';

export interface YamlEditorPanelProps {
  /** The object the form describes. */
  stack: TempoStack;
  /** Called with every edit that parses to a TempoStack (the form then follows the YAML). */
  onChange: (stack: TempoStack) => void;
  /** The edit form: name and namespace cannot change. */
  lockName?: boolean;
}

/**
 * The TempoStack as YAML, editable: every edit that parses to a TempoStack replaces the form's
 * object, so the form follows the YAML and nothing in it is dropped. Loaded on demand (it brings
 * the `yaml` parser).
 */
export const YamlEditorPanel = ({ stack, onChange, lockName = false }: YamlEditorPanelProps) => {
  const { t } = useTempoTranslation();
  const shown = useMemo(() => editableObject(stack), [stack]);
  const [text, setText] = useState(() => stringify(shown));
  const [problem, setProblem] = useState<string>();
  const emitted = useRef<unknown>(undefined);

  useEffect(() => {
    // A change that did not come from this editor (or that the form normalised) replaces the text.
    if (emitted.current === undefined || !jsonEqual(emitted.current, shown)) {
      setText(stringify(shown));
      setProblem(undefined);
    }
  }, [shown]);

  const problems: Record<YamlObjectProblem, string> = {
    notTempoStack: t(
      'The YAML must describe one TempoStack (apiVersion tempo.grafana.com/v1alpha1, kind TempoStack, metadata and spec).',
    ),
    nameChanged: t('The name and namespace of an existing TempoStack cannot change.'),
  };

  const handleChange = (next: string) => {
    setText(next);
    let parsed: unknown;
    try {
      parsed = parse(next);
    } catch (error) {
      setProblem(
        t('The YAML does not parse: {{message}}', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
      return;
    }
    const result = readYamlObject(parsed, stack, lockName);
    if (typeof result === 'string') {
      setProblem(problems[result]);
      return;
    }
    setProblem(undefined);
    emitted.current = editableObject(result);
    onChange(result);
  };

  return (
    <Stack hasGutter data-test="yaml-editor-panel">
      <CodeEditor
        value={text}
        language="yaml"
        minHeight="30em"
        onChange={(value: string) => handleChange(value)}
      />
      {problem ? (
        <Alert
          isInline
          variant="danger"
          title={t('The form does not follow this YAML yet')}
          data-test="yaml-problem"
        >
          {problem}
        </Alert>
      ) : null}
    </Stack>
  );
};
