import { Button, Grid, GridItem, Stack } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useTempoTranslation } from '../../hooks/useTempoTranslation';
import { emptyTenant } from '../../tempostack/form/form-values';
import type { TenantFields } from '../../tempostack/form/form-types';
import { RemovableItemCard } from '../fields/RemovableItemCard';
import { TextField } from '../fields/TextField';
import { useFormContext } from '../state/TempoStackFormContext';
import { newTenantId } from './tenantId';

/** The tenants (name and generated id), with their OIDC settings in static mode. */
export const TenantsEditor = () => {
  const { t } = useTempoTranslation();
  const { state, dispatch } = useFormContext();
  const { tenants, mode } = state.values.tenancy;
  const setTenants = (next: TenantFields[]) =>
    dispatch({ type: 'tenancy', patch: { tenants: next } });
  const update = (index: number, patch: Partial<TenantFields>) =>
    setTenants(tenants.map((tenant, i) => (i === index ? { ...tenant, ...patch } : tenant)));
  return (
    <Stack hasGutter>
      {tenants.map((tenant, i) => {
        const field = (key: keyof TenantFields) => `tenancy.tenants.${i}.${key}`;
        const title = tenant.name || t('Tenant {{index}}', { index: i + 1 });
        return (
          <RemovableItemCard
            key={i}
            dataTest={`tenancy.tenants.${i}`}
            title={title}
            removeLabel={t('Remove tenant {{name}}', { name: title })}
            onRemove={() => setTenants(tenants.filter((_, j) => j !== i))}
          >
            <Grid hasGutter md={6}>
              <GridItem>
                <TextField
                  field={field('name')}
                  label={t('Tenant name')}
                  isRequired
                  value={tenant.name}
                  onChange={(name) => update(i, { name })}
                  helperText={t(
                    'Clients send it in the X-Scope-OrgID header and in the gateway path.',
                  )}
                />
              </GridItem>
              <GridItem>
                <TextField
                  field={field('id')}
                  label={t('Tenant ID')}
                  isRequired
                  value={tenant.id}
                  onChange={(id) => update(i, { id })}
                  helperText={t('A unique, stable id; generated, and kept when the name changes.')}
                />
              </GridItem>
              {mode === 'static' ? (
                <>
                  <GridItem>
                    <TextField
                      field={field('oidcSecretName')}
                      label={t('OIDC client Secret')}
                      value={tenant.oidcSecretName}
                      onChange={(oidcSecretName) => update(i, { oidcSecretName })}
                      helperText={t(
                        'A Secret with the key clientID (and optionally clientSecret, issuerCAPath).',
                      )}
                    />
                  </GridItem>
                  <GridItem>
                    <TextField
                      field={field('issuerURL')}
                      label={t('Issuer URL')}
                      value={tenant.issuerURL}
                      onChange={(issuerURL) => update(i, { issuerURL })}
                    />
                  </GridItem>
                  <GridItem>
                    <TextField
                      field={field('redirectURL')}
                      label={t('Redirect URL')}
                      value={tenant.redirectURL}
                      onChange={(redirectURL) => update(i, { redirectURL })}
                    />
                  </GridItem>
                  <GridItem>
                    <TextField
                      field={field('usernameClaim')}
                      label={t('Username claim')}
                      value={tenant.usernameClaim}
                      onChange={(usernameClaim) => update(i, { usernameClaim })}
                    />
                  </GridItem>
                  <GridItem>
                    <TextField
                      field={field('groupClaim')}
                      label={t('Group claim')}
                      value={tenant.groupClaim}
                      onChange={(groupClaim) => update(i, { groupClaim })}
                    />
                  </GridItem>
                </>
              ) : null}
            </Grid>
          </RemovableItemCard>
        );
      })}
      <div>
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          data-test="tenancy.tenants.add"
          onClick={() => setTenants([...tenants, emptyTenant(newTenantId())])}
        >
          {t('Add tenant')}
        </Button>
      </div>
    </Stack>
  );
};
