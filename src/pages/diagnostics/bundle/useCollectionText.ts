import { useCallback } from 'react';
import { useTempoTranslation } from '../../../hooks/useTempoTranslation';
import type { CollectionNote, CollectionPart } from '../../../tempostack/must-gather/bundle-types';

/** Translated wording of what a failed request collected, and of the collection's notes. */
export const useCollectionText = () => {
  const { t } = useTempoTranslation();
  const part = useCallback(
    (target: CollectionPart): string => {
      switch (target.part) {
        case 'object':
          return t('{{kind}} {{name}}', { kind: target.kind, name: target.name });
        case 'list':
          return t('List of {{kind}}', { kind: target.kind });
        case 'log':
          return target.previous
            ? t('Previous log of pod {{pod}}, container {{container}}', target)
            : t('Log of pod {{pod}}, container {{container}}', target);
        case 'operatorLog':
          return t('Operator log of pod {{pod}}, container {{container}}', target);
        case 'accessReview':
          return t('Access review: {{verb}} {{resource}}', target);
        case 'logs':
          return t('Container logs: you may not read pod logs in namespace {{namespace}}', target);
      }
    },
    [t],
  );
  const note = useCallback(
    (n: CollectionNote): string => {
      switch (n.note) {
        case 'kindNotServed':
          return t(
            '{{kind}} ({{apiVersion}}) is not served by this cluster, so it was not listed.',
            n,
          );
        case 'containerNotStarted':
          return t(
            'Log of pod {{pod}}, container {{container}} not read: the container has not started ({{reason}}).',
            n,
          );
        case 'operatorNeedsClusterRead':
          return t(
            'The operator Deployment, its log and the OLM objects need permission to list Deployments in all namespaces (cluster administrators).',
          );
        case 'operatorNotFound':
          return t(
            'No Deployment labelled {{selector}} was found, so the operator files are missing.',
            n,
          );
        case 'olmNotInstalled':
          return t('OLM is not installed, so there are no OLM objects.');
        case 'eventsTruncated':
          return t('Only the first {{limit}} events of the namespace were read.', n);
        case 'storageSecretForbidden':
          return t(
            'You may not read Secret {{name}} in namespace {{namespace}}, so its key names are missing.',
            n,
          );
      }
    },
    [t],
  );
  return { part, note };
};
