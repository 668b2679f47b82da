import { Alert, FormGroup, Grid, GridItem, Radio, Switch } from '@patternfly/react-core';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import {
  DEFAULT_SEARCH_RESULT_LIMIT,
  DEFAULT_SERVICES_QUERY_DURATION,
} from '../../tempostack/defaults';
import type { FormIngressType } from '../../tempostack/form/form-types';
import { FieldMessages } from '../fields/FieldMessages';
import { fieldDomId } from '../fields/fieldId';
import { KeyValueEditor } from '../fields/KeyValueEditor';
import { SelectField } from '../fields/SelectField';
import { StepMessages } from '../fields/StepMessages';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { AuthenticationFields } from './AuthenticationFields';

/** Jaeger UI: enable, expose (none / Ingress / Route), host, annotations, TLS, authentication, search. */
export const QuerySection = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch, messagesFor } = useFormContext();
  const { query, tenancy } = state.values;
  const set = (patch: Partial<typeof query>) => dispatch({ type: 'query', patch });
  const gateway = tenancy.gatewayEnabled;
  const exposeLabels: Record<FormIngressType, [string, string]> = {
    none: [
      t('Not exposed'),
      t('Reachable inside the cluster through the query-frontend Service only.'),
    ],
    ingress: [t('Ingress'), t('A Kubernetes Ingress for the Jaeger UI.')],
    route: [t('Route'), t('An OpenShift Route for the Jaeger UI.')],
  };
  const exposeField = 'query.ingressType';
  return (
    <>
      <StepMessages step="query" />
      {state.jaegerIngressTurnedOff ? (
        <Alert
          isInline
          variant="info"
          title={t('The Jaeger UI ingress was turned off')}
          data-test="jaeger-ingress-off"
        >
          {t(
            'OpenShift multi-tenancy needs the gateway, and the gateway serves the Jaeger UI through its own Route.',
          )}
        </Alert>
      ) : null}
      <FormGroup fieldId={fieldDomId('query.jaegerEnabled')} label={t('Jaeger UI')}>
        <Switch
          id={fieldDomId('query.jaegerEnabled')}
          data-test="query.jaegerEnabled"
          label={t('Deploy the Jaeger UI (Jaeger Query) with the query frontend')}
          isChecked={query.jaegerEnabled}
          onChange={(_event, jaegerEnabled) => set({ jaegerEnabled })}
        />
        <FieldMessages field="query.jaegerEnabled" messages={messagesFor('query.jaegerEnabled')} />
      </FormGroup>
      <FormGroup
        role="radiogroup"
        fieldId={fieldDomId(exposeField)}
        label={t('Expose the Jaeger UI')}
      >
        {(['none', 'ingress', 'route'] as const).map((type) => (
          <Radio
            key={type}
            id={`${fieldDomId(exposeField)}-${type}`}
            data-test={`${exposeField}-${type}`}
            name="ingressType"
            label={exposeLabels[type][0]}
            description={exposeLabels[type][1]}
            isChecked={query.ingressType === type}
            isDisabled={
              type !== 'none' && query.ingressType !== type && (gateway || !query.jaegerEnabled)
            }
            onChange={() => {
              set({ ingressType: type });
              dispatch({ type: 'touch', field: exposeField });
            }}
          />
        ))}
        <FieldMessages
          field={exposeField}
          messages={messagesFor(exposeField)}
          helperText={
            gateway
              ? t(
                  'The gateway is enabled: it serves the Jaeger UI, and the operator rejects a separate Jaeger UI ingress.',
                )
              : !query.jaegerEnabled
                ? t('Deploy the Jaeger UI to expose it.')
                : undefined
          }
        />
      </FormGroup>
      {query.ingressType !== 'none' ? (
        <>
          <TextField
            field="query.host"
            label={t('Host')}
            value={query.host}
            onChange={(host) => set({ host })}
            helperText={
              query.ingressType === 'route'
                ? t(
                    'Leave empty for the router’s default host, tempo-NAME-query-frontend-NAMESPACE.<apps domain>.',
                  )
                : t('The host name the Ingress answers to.')
            }
          />
          <KeyValueEditor
            field="query.annotations"
            label={t('Annotations')}
            itemName={t('annotation')}
            pairs={query.annotations}
            onChange={(annotations) => set({ annotations })}
            helperText={t(
              'Added to the Route or Ingress, e.g. haproxy.router.openshift.io/timeout.',
            )}
          />
          <Grid hasGutter md={6}>
            <GridItem>
              {query.ingressType === 'route' ? (
                <SelectField
                  field="query.termination"
                  label={t('TLS termination')}
                  value={query.termination}
                  options={[
                    { value: '', label: t('Default (edge)') },
                    { value: 'edge', label: t('Edge') },
                    { value: 'reencrypt', label: t('Re-encrypt') },
                    { value: 'passthrough', label: t('Passthrough') },
                    { value: 'insecure', label: t('Insecure (no TLS)') },
                  ]}
                  onChange={(termination) => set({ termination })}
                  helperText={t('Edge: the router terminates TLS with its certificate.')}
                />
              ) : (
                <TextField
                  field="query.ingressClassName"
                  label={t('Ingress class')}
                  value={query.ingressClassName}
                  onChange={(ingressClassName) => set({ ingressClassName })}
                  helperText={t('Leave empty for the cluster’s default ingress class.')}
                />
              )}
            </GridItem>
          </Grid>
        </>
      ) : null}
      <AuthenticationFields />
      <Grid hasGutter md={6}>
        <GridItem>
          <TextField
            field="query.searchDefaultResultLimit"
            label={t('Default search result limit')}
            value={query.searchDefaultResultLimit}
            placeholder={String(DEFAULT_SEARCH_RESULT_LIMIT)}
            onChange={(searchDefaultResultLimit) => set({ searchDefaultResultLimit })}
            helperText={t(
              'Traces a search returns when the request sets no limit. Default: {{limit}}.',
              {
                limit: DEFAULT_SEARCH_RESULT_LIMIT,
              },
            )}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="query.searchMaxResultLimit"
            label={t('Maximum search result limit')}
            value={query.searchMaxResultLimit}
            placeholder="0"
            onChange={(searchMaxResultLimit) => set({ searchMaxResultLimit })}
            helperText={t('0 or empty: unlimited.')}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="query.searchMaxDuration"
            label={t('Maximum search time range')}
            value={query.searchMaxDuration}
            placeholder="0s"
            onChange={(searchMaxDuration) => set({ searchMaxDuration })}
            helperText={t('0 or empty: unlimited.')}
          />
        </GridItem>
        <GridItem>
          <TextField
            field="query.servicesQueryDuration"
            label={t('Service list time range')}
            value={query.servicesQueryDuration}
            placeholder={DEFAULT_SERVICES_QUERY_DURATION}
            onChange={(servicesQueryDuration) => set({ servicesQueryDuration })}
            helperText={t(
              'How far back the Jaeger UI looks for service names. Default: {{duration}}.',
              {
                duration: DEFAULT_SERVICES_QUERY_DURATION,
              },
            )}
          />
        </GridItem>
      </Grid>
    </>
  );
};
