import type { TempoStack } from '../../src/tempostack/types';
import { REFS } from '../controllers/refs';
import { secret, tempoStack } from '../scenarios/apply';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitForCondition } from '../scenarios/waits';

const MINIO = {
  endpoint: 'http://minio:9000',
  bucket: 'tempo',
  access_key_id: 'tempo',
  access_key_secret: 'supersecret',
};

const activeCondition = (stack: unknown) =>
  ((stack as TempoStack).status?.conditions ?? []).find((c) => c.status === 'True');

describe('reconcile-time configuration errors the webhook does not catch', () => {
  let t: TestWorld | undefined;
  afterEach(async () => {
    await t?.stop();
  });

  it('reports tenant rules as InvalidTenantsConfiguration when admission was bypassed', async () => {
    t = await startTestWorld({ pods: false, operator: { webhooks: false } });
    await t.api.create(REFS.secrets, secret('default', 'minio', MINIO));
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('default', 'nogw', {
        storage: { secret: { name: 'minio', type: 's3' } },
        tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: 'dev' }] },
      }),
    );
    const stack = await waitForCondition(t.api, 'default', 'nogw', 'ConfigurationError');
    expect(activeCondition(stack)).toMatchObject({
      reason: 'InvalidTenantsConfiguration',
      message: 'Invalid tenants configuration: openshift mode requires gateway enabled',
    });
  });

  it('reports a cluster without a readable base domain for OpenShift tenancy', async () => {
    t = await startTestWorld({ pods: false, operator: { appsDomain: null } });
    await t.api.create(REFS.secrets, secret('default', 'minio', MINIO));
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('default', 'tenancy', {
        storage: { secret: { name: 'minio', type: 's3' } },
        tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: 'dev' }] },
        template: { gateway: { enabled: true } },
      }),
    );
    const stack = await waitForCondition(t.api, 'default', 'tenancy', 'ConfigurationError');
    expect(activeCondition(stack)).toMatchObject({
      reason: 'CouldNotGetOpenShiftBaseDomain',
      message:
        'Missing OpenShift IngressController and cluster DNS configuration to read base domain',
    });
  });

  it('refuses token-cco storage outside a CCO environment', async () => {
    t = await startTestWorld({ pods: false });
    await t.api.create(
      REFS.secrets,
      secret('default', 'aws', { bucket: 'b', region: 'us-east-1' }),
    );
    await t.api.create(
      REFS.tempoStacks,
      tempoStack('default', 'cco', {
        storage: { secret: { name: 'aws', type: 's3', credentialMode: 'token-cco' } },
      }),
    );
    const stack = await waitForCondition(t.api, 'default', 'cco', 'ConfigurationError');
    expect(activeCondition(stack)).toMatchObject({
      reason: 'InvalidStorageConfig',
      message: 'cannot configure tempo in CCO mode without CCO environment',
    });
  });
});
