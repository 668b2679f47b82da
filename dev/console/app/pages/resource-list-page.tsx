import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { isResourceListPage } from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { Bullseye, Spinner } from '@patternfly/react-core';
import type { FC } from 'react';
import { ListPageBody, ListPageCreate, ListPageHeader } from '../../sdk/components/list-page';
import { NamespaceBar } from '../../sdk/components/namespace-bar';
import { DocumentTitle } from '../../sdk/components/timestamp';
import { useExtensionsInUse } from '../../sdk/extensions/extension-store';
import { getGroupVersionKindForModel } from '../../sdk/k8s/model-ref';
import { ExtensionComponent } from '../components/extension-component';
import { extensionModelMatches, resourcePageProps } from '../routes/resource-match';
import { GenericList } from './generic-list';
import { NotFoundPage } from './not-found-page';
import { useRouteModel } from './use-route-model';

/** `/k8s/ns/:ns/:plural`, `/k8s/all-namespaces/:plural`, `/k8s/cluster/:plural`. */
export const ResourceListPage: FC<{ scope: 'ns' | 'all' | 'cluster' }> = ({ scope }) => {
  const { model, pending, namespace, missingMessage } = useRouteModel(scope);
  const pages = useExtensionsInUse<SDK.ResourceListPage>(isResourceListPage);
  if (!model) {
    return pending ? (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    ) : (
      <NotFoundPage message={missingMessage} />
    );
  }
  const extension = pages.find((p) => extensionModelMatches(p.properties.model, model));
  return (
    <>
      {model.namespaced ? <NamespaceBar /> : null}
      {extension ? (
        <ExtensionComponent
          extension={extension}
          componentProps={resourcePageProps(model, namespace)}
        />
      ) : (
        <>
          <DocumentTitle>{model.labelPlural}</DocumentTitle>
          <ListPageHeader title={model.labelPlural}>
            {(model.verbs ?? []).includes('create') ? (
              <ListPageCreate groupVersionKind={getGroupVersionKindForModel(model)}>
                Create {model.label}
              </ListPageCreate>
            ) : null}
          </ListPageHeader>
          <ListPageBody>
            <GenericList model={model} namespace={namespace} />
          </ListPageBody>
        </>
      )}
    </>
  );
};
