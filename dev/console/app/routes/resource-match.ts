import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { getReferenceForModel } from '../../sdk/k8s/model-ref';

type ExtensionModel = { group?: string; version?: string; kind?: string };

const normGroup = (g: string | undefined) => (g === 'core' ? '' : (g ?? ''));

/** Whether an extension's `model` (group, kind, optional version) designates this model. */
export const extensionModelMatches = (ext: ExtensionModel, model: SDK.K8sModel): boolean =>
  normGroup(ext.group) === normGroup(model.apiGroup) &&
  (!ext.kind || ext.kind === model.kind) &&
  (!ext.version || ext.version === model.apiVersion);

/** The props the console passes to resource page extensions (old and new names). */
export const resourcePageProps = (
  model: SDK.K8sModel,
  namespace: string | undefined,
  name?: string,
) => ({
  namespace,
  ...(name ? { name } : {}),
  model: { group: model.apiGroup ?? '', version: model.apiVersion, kind: model.kind },
  kind: getReferenceForModel(model),
  kindObj: model,
});
