import { COMPONENT_SPEC_PATH, RESOURCE_COMPONENTS } from '../../src/tempostack/form/form-types';
import type { TempoStack } from '../../src/tempostack/types';
import type { CreateWizardPage } from './create-wizard-page';

/** How the stack's Secret is given in the wizard. */
export type SecretEntry =
  | { source: 'existing' }
  | { source: 'new'; preset: 'minio' | 'ibm-cos'; data: Record<string, string>; region?: string };

const at = (object: unknown, keys: readonly string[]): unknown =>
  keys.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    object,
  );

const RESOURCE_CELLS = [
  ['requests', 'cpu', 'cpuRequest'],
  ['requests', 'memory', 'memoryRequest'],
  ['limits', 'cpu', 'cpuLimit'],
  ['limits', 'memory', 'memoryLimit'],
] as const;

/**
 * Types a TempoStack into the wizard as a user would, step by step, using only the form's
 * controls (no YAML): every field the seed configurations set.
 */
export const enterStack = async (
  wizard: CreateWizardPage,
  stack: TempoStack,
  secret: SecretEntry,
): Promise<void> => {
  const spec = stack.spec;
  await wizard.goTo('Basics');
  await wizard.fill('name', stack.metadata.name ?? '');

  await wizard.goTo('Storage');
  if (secret.source === 'new') {
    await wizard.choose('storage.secretSource-new');
    await wizard.select('newSecret.preset', secret.preset);
    await wizard.fill('storage.secretName', spec.storage.secret.name);
    if (secret.region) await wizard.select('newSecret.region', secret.region);
    for (const [key, value] of Object.entries(secret.data)) {
      if (key === 'endpoint' && secret.region) continue; // filled in from the region
      await wizard.fill(`newSecret.data.${key}`, value);
    }
  } else {
    await wizard.select('storage.secretName', spec.storage.secret.name);
  }
  if (spec.storageSize !== undefined)
    await wizard.fill('storage.storageSize', String(spec.storageSize));

  await wizard.goTo('Sizing');
  const total = spec.resources?.total?.limits;
  if (total?.cpu !== undefined) await wizard.fill('sizing.totalCpu', String(total.cpu));
  if (total?.memory !== undefined) await wizard.fill('sizing.totalMemory', String(total.memory));
  for (const component of RESOURCE_COMPONENTS) {
    for (const [list, resource, cell] of RESOURCE_CELLS) {
      const value = at(stack, [...COMPONENT_SPEC_PATH[component], 'resources', list, resource]);
      if (typeof value === 'string' || typeof value === 'number')
        await wizard.fill(`sizing.components.${component}.${cell}`, String(value));
    }
  }

  await wizard.goTo('Multi-tenancy');
  const tenants = spec.tenants;
  if (tenants?.mode) {
    await wizard.choose(`tenancy.mode-${tenants.mode}`);
    for (const tenant of tenants.authentication ?? [])
      await wizard.addTenant(tenant.tenantName, tenant.tenantId);
  }
  if (spec.template?.gateway?.enabled) await wizard.setSwitch('tenancy.gatewayEnabled', true);

  await wizard.goTo('Query and Jaeger UI');
  const jaegerQuery = spec.template?.queryFrontend?.jaegerQuery;
  if (jaegerQuery?.enabled) await wizard.setSwitch('query.jaegerEnabled', true);
  const ingress = jaegerQuery?.ingress;
  if (ingress?.type === 'route' || ingress?.type === 'ingress') {
    await wizard.choose(`query.ingressType-${ingress.type}`);
    if (ingress.host) await wizard.fill('query.host', ingress.host);
    for (const [key, value] of Object.entries(ingress.annotations ?? {}))
      await wizard.addAnnotation(key, value);
  }

  await wizard.goTo('Retention and limits');
  if (spec.timeout) await wizard.fill('limits.timeout', spec.timeout);
};
