import { FormGroup, Radio, Switch } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import type { TenancyChoice } from '../../tempostack/form/form-types';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { StepMessages } from '../fields/StepMessages';
import { useFormContext } from '../state/TempoStackFormContext';
import { StaticAuthorizationEditor } from './StaticAuthorizationEditor';
import { TenancyChangeWarning } from './TenancyChangeWarning';
import { TenantsEditor } from './TenantsEditor';

/** Multi-tenancy: none, static (OIDC) or OpenShift, tenants, and the gateway that enforces it. */
export const TenancySection = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, messagesFor } = useFormContext();
  const { tenancy } = state.values;
  const modeField = 'tenancy.mode';
  const modes: Record<TenancyChoice, [string, string]> = {
    none: [t('None'), t('One tenant; nothing authenticates writes or reads.')],
    openshift: [
      t('OpenShift'),
      t(
        'The gateway authenticates with OpenShift tokens and authorizes with OpenShift RBAC on the tenants. You need permission to create tokenreviews, which the operator grants to the gateway.',
      ),
    ],
    static: [
      t('Static'),
      t(
        'The gateway authenticates each tenant through its OIDC provider and authorizes with the roles below.',
      ),
    ],
  };
  return (
    <>
      <TenancyChangeWarning />
      <StepMessages step="tenancy" />
      <FormGroup role="radiogroup" fieldId={fieldDomId(modeField)} label={t('Tenancy mode')}>
        {(['none', 'openshift', 'static'] as const).map((mode) => (
          <Radio
            key={mode}
            id={`${fieldDomId(modeField)}-${mode}`}
            data-test={`${modeField}-${mode}`}
            name="tenancyMode"
            label={modes[mode][0]}
            description={modes[mode][1]}
            isChecked={tenancy.mode === mode}
            onChange={() => {
              dispatch({ type: 'tenancy', patch: { mode } });
              dispatch({ type: 'touch', field: modeField });
            }}
          />
        ))}
        <FieldMessages field={modeField} messages={messagesFor(modeField)} />
      </FormGroup>
      <FormGroup fieldId={fieldDomId('tenancy.gatewayEnabled')} label={t('Gateway')}>
        <Switch
          id={fieldDomId('tenancy.gatewayEnabled')}
          data-test="tenancy.gatewayEnabled"
          label={t('Deploy the gateway in front of ingestion and queries')}
          isChecked={tenancy.gatewayEnabled}
          onChange={(_event, gatewayEnabled) => {
            dispatch({ type: 'tenancy', patch: { gatewayEnabled } });
            dispatch({ type: 'touch', field: 'tenancy.gatewayEnabled' });
          }}
        />
        <FieldMessages
          field="tenancy.gatewayEnabled"
          messages={messagesFor('tenancy.gatewayEnabled')}
          helperText={
            tenancy.mode === 'openshift'
              ? t(
                  'Required for OpenShift tenancy, so it was turned on. It also serves the Jaeger UI through its own Route.',
                )
              : t(
                  'Enforces the tenancy; requires tenants. With the gateway the Jaeger UI is served by it, not by a separate ingress.',
                )
          }
        />
      </FormGroup>
      {tenancy.mode !== 'none' ? <TenantsEditor /> : null}
      {tenancy.mode === 'static' ? <StaticAuthorizationEditor /> : null}
    </>
  );
};
