import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  isCreateResource,
  isYAMLTemplate,
} from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { type FC, useMemo } from 'react';
import { useParams } from 'react-router';
import { parse } from 'yaml';
import { DocumentTitle } from '../../sdk/components/timestamp';
import { ResourceYAMLEditor } from '../../sdk/components/yaml-editor';
import { useExtensionsInUse, useResolvedExtensions } from '../../sdk/extensions/extension-store';
import { getAPIVersionForModel } from '../../sdk/k8s/model-ref';
import { ExtensionComponent } from '../components/extension-component';
import { extensionModelMatches } from '../routes/resource-match';
import { NotFoundPage } from './not-found-page';
import { useRouteModel } from './use-route-model';

const YamlCreate: FC<{ model: SDK.K8sModel; namespace?: string }> = ({ model, namespace }) => {
  const [templates, loaded] = useResolvedExtensions<SDK.YAMLTemplate>(isYAMLTemplate);
  const initial = useMemo(() => {
    const template = templates.find((t) => extensionModelMatches(t.properties.model, model));
    const fromTemplate = template
      ? (parse(String(template.properties.template)) as SDK.K8sResourceKind)
      : undefined;
    const base = fromTemplate ?? {
      apiVersion: getAPIVersionForModel(model),
      kind: model.kind,
      metadata: { name: `example-${model.kind.toLowerCase()}` },
      spec: {},
    };
    return model.namespaced ? { ...base, metadata: { ...base.metadata, namespace } } : base;
  }, [templates, model, namespace]);
  if (!loaded) return <Spinner aria-label="Loading" />;
  return (
    <ResourceYAMLEditor
      key={JSON.stringify(initial)}
      initialResource={initial}
      create
      header={`Create ${model.label}`}
    />
  );
};

/**
 * `/k8s/ns/:ns/:plural/~new` (and the OLM "Create operand" route): the plugin's
 * `console.resource/create` component when one matches the kind, else the YAML editor.
 */
export const ResourceCreatePage: FC<{ scope: 'ns' | 'cluster' }> = ({ scope }) => {
  const { model, pending, namespace, missingMessage } = useRouteModel(scope);
  const creates = useExtensionsInUse<SDK.CreateResource>(isCreateResource);
  const { csvName } = useParams();
  if (!model) {
    return pending ? (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    ) : (
      <NotFoundPage message={missingMessage} />
    );
  }
  const extension = creates.find((c) => extensionModelMatches(c.properties.model, model));
  return (
    <>
      <DocumentTitle>{`Create ${model.label}${csvName ? ` · ${csvName}` : ''}`}</DocumentTitle>
      {extension ? (
        <ExtensionComponent extension={extension} componentProps={{ namespace }} />
      ) : (
        <YamlCreate model={model} namespace={namespace} />
      )}
    </>
  );
};
