import { useAccessReview, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { errorMessage } from '../../hooks/api-error';
import { useWatch } from '../../hooks/useWatch';
import { ConfigMapModel, SecretModel, TempoMonolithicModel, gvkOf } from '../../k8s/models';
import type { TempoStackFormValues } from '../../tempostack/form/form-types';
import type { ValidationLookups } from '../../tempostack/validation';
import { decodeSecretData } from './secret-data';

interface DataObject extends K8sResourceCommon {
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** What the form knows about the cluster objects its values name. */
export interface ClusterLookups {
  /** For `validateTempoStack`. Secret values are held here only to check them. */
  lookups: ValidationLookups;
  /** Secrets of the namespace (names only: watched as metadata). */
  secretNames: string[];
  secretNamesLoaded: boolean;
  /** ConfigMaps of the namespace (names only). */
  configMapNames: string[];
  /** Keys of the chosen existing Secret (never its values); undefined until loaded. */
  secretKeys: string[] | undefined;
}

const names = (items: K8sResourceCommon[] | undefined): string[] =>
  (items ?? []).flatMap((item) => (item.metadata?.name ? [item.metadata.name] : [])).sort();

const TOKEN_REVIEWS = {
  group: 'authentication.k8s.io',
  resource: 'tokenreviews',
  verb: 'create',
} as const;

/**
 * Watches what validation needs to know about the namespace: the Secret and CA ConfigMap the form
 * names (their data, to check keys), the names of all Secrets and ConfigMaps (as metadata only),
 * TempoMonolithics (name clash), and whether the user may create tokenreviews (OpenShift tenancy).
 * Data paths: watches of `secrets`, `configmaps` and `tempomonolithics` in the form's namespace, a
 * SelfSubjectAccessReview.
 */
export const useValidationLookups = (values: TempoStackFormValues): ClusterLookups => {
  const namespace = values.namespace.trim();
  const { storage } = values;
  const secretName = storage.secretSource === 'existing' ? storage.secretName.trim() : '';
  const caName = storage.tlsEnabled ? storage.caName.trim() : '';
  const [secretList, secretListLoaded] = useWatch<K8sResourceCommon[]>(
    namespace
      ? { groupVersionKind: gvkOf(SecretModel), namespace, isList: true, partialMetadata: true }
      : null,
  );
  const [configMapList] = useWatch<K8sResourceCommon[]>(
    namespace
      ? { groupVersionKind: gvkOf(ConfigMapModel), namespace, isList: true, partialMetadata: true }
      : null,
  );
  const [secret, secretLoaded, secretError] = useWatch<DataObject>(
    namespace && secretName
      ? { groupVersionKind: gvkOf(SecretModel), namespace, name: secretName }
      : null,
  );
  const [configMap, configMapLoaded, configMapError] = useWatch<DataObject>(
    namespace && caName
      ? { groupVersionKind: gvkOf(ConfigMapModel), namespace, name: caName }
      : null,
  );
  const [monolithics, monolithicsLoaded, monolithicsError] = useWatch<K8sResourceCommon[]>(
    namespace ? { groupVersionKind: gvkOf(TempoMonolithicModel), namespace, isList: true } : null,
  );
  const [canReview, reviewLoading] = useAccessReview(TOKEN_REVIEWS);

  return useMemo(() => {
    const lookups: ValidationLookups = {};
    const secretData = secret?.metadata?.name === secretName ? decodeSecretData(secret) : undefined;
    if (secretName && secretError) lookups.storageSecret = { error: errorMessage(secretError) };
    else if (secretName && secretLoaded && secretData)
      lookups.storageSecret = { name: secretName, data: secretData };
    if (caName && configMapError) lookups.caConfigMap = { error: errorMessage(configMapError) };
    else if (caName && configMapLoaded && configMap?.metadata?.name === caName) {
      lookups.caConfigMap = { name: caName, data: configMap.data ?? {} };
    }
    const name = values.name.trim();
    if (name && monolithicsLoaded && !monolithicsError) {
      lookups.monolithicWithSameName = (monolithics ?? []).some((m) => m.metadata?.name === name);
    }
    if (!reviewLoading) lookups.userCanCreateTokenReviews = canReview;
    return {
      lookups,
      secretNames: names(secretList),
      secretNamesLoaded: secretListLoaded,
      configMapNames: names(configMapList),
      secretKeys: secretData ? Object.keys(secretData).sort() : undefined,
    };
  }, [
    secret,
    secretName,
    secretError,
    secretLoaded,
    caName,
    configMap,
    configMapError,
    configMapLoaded,
    values.name,
    monolithics,
    monolithicsLoaded,
    monolithicsError,
    reviewLoading,
    canReview,
    secretList,
    secretListLoaded,
    configMapList,
  ]);
};
