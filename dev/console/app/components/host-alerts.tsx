import { Alert, AlertGroup, PageSection } from '@patternfly/react-core';
import type { FC } from 'react';
import { codeRefErrorStore } from '../../sdk/extensions/extension-store';
import { useStore } from '../../sdk/utils/simple-store';
import { pluginStatusStore } from '../plugins';
import { CodeRefErrorAlert } from './extension-component';

/** Plugin load failures and unresolvable code references, above every page. */
export const HostAlerts: FC = () => {
  const codeRefErrors = useStore(codeRefErrorStore);
  const failed = useStore(pluginStatusStore).flatMap((s) => (s.status === 'failed' ? [s] : []));
  if (!codeRefErrors.length && !failed.length) return null;
  return (
    <PageSection hasBodyWrapper={false} className="dev-console-host-alerts" data-test="host-alerts">
      <AlertGroup>
        {failed.map((s) => (
          <Alert
            key={s.name}
            variant="danger"
            isInline
            title={`Plugin ${s.name} failed to load`}
            data-test="plugin-load-error"
          >
            {s.error}
          </Alert>
        ))}
        {codeRefErrors.map((e) => (
          <CodeRefErrorAlert key={e.message} error={e} />
        ))}
      </AlertGroup>
    </PageSection>
  );
};
