import { Content, Grid, GridItem } from '@patternfly/react-core';
import { SubSection } from '../fields/SubSection';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { DEFAULT_RETENTION, DEFAULT_TIMEOUT } from '../../tempostack/defaults';
import type { LimitsFields } from '../../tempostack/form/form-types';
import { StepMessages } from '../fields/StepMessages';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';

/** Global trace retention, the request timeout, and the global ingestion and query limits. */
export const LimitsSection = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch } = useFormContext();
  const { limits, sizing } = state.values;
  const set = (patch: Partial<LimitsFields>) => dispatch({ type: 'limits', patch });
  const field = (
    key: keyof LimitsFields,
    label: string,
    helperText: string,
    placeholder?: string,
  ) => (
    <GridItem>
      <TextField
        field={`limits.${key}`}
        label={label}
        value={limits[key]}
        placeholder={placeholder}
        onChange={(value) => set({ [key]: value })}
        helperText={helperText}
      />
    </GridItem>
  );
  const sizeNote = sizing.size
    ? t('The size {{size}} sets ingestion rate limits for the fields left empty here.', {
        size: sizing.size,
      })
    : t('Empty: Tempo’s defaults.');
  return (
    <>
      <StepMessages step="limits" />
      <Grid hasGutter md={6}>
        {field(
          'retention',
          t('Trace retention'),
          t('How long traces are kept, in s, m or h (e.g. 336h). Default: {{value}}.', {
            value: DEFAULT_RETENTION,
          }),
          '48h',
        )}
        {field(
          'timeout',
          t('Request timeout'),
          t(
            'The same timeout on every component, from the ingress down to ingesters and queriers. Default: {{value}}.',
            { value: DEFAULT_TIMEOUT },
          ),
          DEFAULT_TIMEOUT,
        )}
      </Grid>
      <SubSection title={t('Ingestion limits (all tenants)')} description={sizeNote}>
        <Grid hasGutter md={6}>
          {field(
            'ingestionRateLimitBytes',
            t('Ingestion rate (bytes per second)'),
            t('Per-tenant ingestion rate limit.'),
          )}
          {field(
            'ingestionBurstSizeBytes',
            t('Ingestion burst (bytes)'),
            t('Burst size used with the rate limit.'),
          )}
          {field(
            'maxBytesPerTrace',
            t('Maximum trace size (bytes)'),
            t('Largest trace that is accepted.'),
          )}
          {field(
            'maxTracesPerUser',
            t('Maximum live traces per tenant'),
            t('Most traces a tenant may send.'),
          )}
        </Grid>
      </SubSection>
      <SubSection title={t('Query limits (all tenants)')}>
        <Grid hasGutter md={6}>
          {field(
            'maxSearchDuration',
            t('Maximum search time range'),
            t(
              'Longest time range a search may cover; empty: the search settings’ maximum applies.',
            ),
          )}
          {field(
            'maxBytesPerTagValues',
            t('Maximum tag values size (bytes)'),
            t('Largest tag-values query.'),
          )}
        </Grid>
      </SubSection>
      <Content component="small">
        {t('Per-tenant retention and limits are kept as they are; edit them in YAML.')}
      </Content>
    </>
  );
};
