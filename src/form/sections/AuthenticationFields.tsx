import { Alert, FormGroup, Radio } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { defaultJaegerQuerySar } from '../../tempostack/defaults';
import type { AuthenticationChoice } from '../../tempostack/form/form-types';
import { fieldDomId } from '../fields/fieldId';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';

/** The OpenShift OAuth proxy in front of the Jaeger UI, with the operator's default explained. */
export const AuthenticationFields = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch } = useFormContext();
  const { query, sizing, namespace } = state.values;
  const field = 'query.authentication';
  const { cpuRequest, cpuLimit, memoryRequest, memoryLimit } = sizing.components.oauthProxy;
  const oauthResources = [cpuRequest, cpuLimit, memoryRequest, memoryLimit].some(
    (v) => v.trim() !== '',
  );
  const choices: Record<AuthenticationChoice, [string, string]> = {
    default: [
      t('Operator default'),
      t(
        'On OpenShift the operator turns the OAuth proxy on when the Jaeger UI is exposed through a Route, and leaves it off otherwise.',
      ),
    ],
    enabled: [t('On'), t('Users sign in with OpenShift and need the access below.')],
    disabled: [t('Off'), t('Anyone who can reach the Route or Ingress can read every trace.')],
  };
  return (
    <>
      <FormGroup
        role="radiogroup"
        fieldId={fieldDomId(field)}
        label={t('Authentication (OpenShift OAuth proxy)')}
      >
        {(['default', 'enabled', 'disabled'] as const).map((choice) => (
          <Radio
            key={choice}
            id={`${fieldDomId(field)}-${choice}`}
            data-test={`${field}-${choice}`}
            name="authentication"
            label={choices[choice][0]}
            description={choices[choice][1]}
            isChecked={query.authentication === choice}
            onChange={() => dispatch({ type: 'query', patch: { authentication: choice } })}
          />
        ))}
      </FormGroup>
      {query.authentication === 'default' && oauthResources ? (
        <Alert isInline variant="warning" title={t('OAuth proxy resources switch the default off')}>
          {t(
            'With resources set for the OAuth proxy, the authentication setting exists and the operator no longer turns it on by itself. Choose On to protect the Jaeger UI.',
          )}
        </Alert>
      ) : null}
      {query.authentication === 'enabled' ? (
        <TextField
          field="query.sar"
          label={t('Required access (SubjectAccessReview)')}
          value={query.sar}
          placeholder={defaultJaegerQuerySar(namespace || 'NAMESPACE')}
          onChange={(sar) => dispatch({ type: 'query', patch: { sar } })}
          helperText={t('Empty: users need to be allowed to get pods in the namespace.')}
        />
      ) : null}
    </>
  );
};
