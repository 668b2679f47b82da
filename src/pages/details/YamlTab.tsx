import { ResourceYAMLEditor } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { Suspense } from 'react';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { useDetailsContext } from './DetailsContext';

/** The console's YAML editor for the stack (saves with an update, shows conflicts). */
export const YamlTab = () => {
  const { t } = useTempoTranslation();
  const { stack } = useDetailsContext();
  return (
    <Suspense
      fallback={
        <Bullseye>
          <Spinner aria-label={t('Loading the YAML editor')} />
        </Bullseye>
      }
    >
      <ResourceYAMLEditor initialResource={stack} />
    </Suspense>
  );
};
