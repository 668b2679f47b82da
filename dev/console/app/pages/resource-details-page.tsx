import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { isResourceDetailsPage } from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { Bullseye, Spinner } from '@patternfly/react-core';
import type { FC } from 'react';
import { useExtensionsInUse } from '../../sdk/extensions/extension-store';
import { ExtensionComponent } from '../components/extension-component';
import { extensionModelMatches, resourcePageProps } from '../routes/resource-match';
import { GenericDetails } from './generic-details';
import { NotFoundPage } from './not-found-page';
import { useRouteModel } from './use-route-model';

/** `/k8s/ns/:ns/:plural/:name/*` and `/k8s/cluster/:plural/:name/*`. */
export const ResourceDetailsPage: FC<{ scope: 'ns' | 'cluster' }> = ({ scope }) => {
  const { model, pending, namespace, name = '', missingMessage } = useRouteModel(scope);
  const pages = useExtensionsInUse<SDK.ResourceDetailsPage>(isResourceDetailsPage);
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
  return extension ? (
    <ExtensionComponent
      extension={extension}
      componentProps={resourcePageProps(model, namespace, name)}
    />
  ) : (
    <GenericDetails
      key={`${namespace ?? ''}/${name}`}
      model={model}
      name={name}
      namespace={namespace}
    />
  );
};
