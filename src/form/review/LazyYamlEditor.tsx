import { Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { YamlEditorPanelProps } from './YamlEditorPanel';

/** The YAML editor and the `yaml` parser stay out of the initial chunk until the YAML is shown. */
const YamlEditorPanel = lazy(() =>
  import(/* webpackChunkName: "tempostack-yaml" */ './YamlEditorPanel').then((module) => ({
    default: module.YamlEditorPanel,
  })),
);

/** `YamlEditorPanel`, loaded on first use. */
export const LazyYamlEditor = (props: YamlEditorPanelProps) => {
  const { t } = useTempoTranslation();
  return (
    <Suspense fallback={<Spinner size="lg" aria-label={t('Loading the YAML editor')} />}>
      <YamlEditorPanel {...props} />
    </Suspense>
  );
};
