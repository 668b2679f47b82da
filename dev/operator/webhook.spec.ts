import { statusOf } from '../controllers/api-errors';
import { REFS } from '../controllers/refs';
import { secret, tempoStack } from '../scenarios/apply';
import { startTestWorld, type TestWorld } from '../scenarios/testing';

const NO_AUTH_WARNING =
  'TempoStack instances without gateway provide no authentication or authorization on the ingest or query paths, and are not supported on OpenShift';

const minio = (ns: string, values: Record<string, string> = {}) =>
  secret(ns, 'minio', {
    endpoint: 'http://minio:9000',
    bucket: 'tempo',
    access_key_id: 'tempo',
    access_key_secret: 'supersecret',
    ...values,
  });

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    const status = statusOf(error);
    if (status) return status;
    throw error;
  }
  throw new Error('expected the request to be rejected');
};

describe('TempoStack admission webhooks', () => {
  let t: TestWorld;
  beforeAll(async () => {
    t = await startTestWorld({ pods: false });
    await t.api.create(REFS.namespaces, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'wh', labels: { 'tempo-sim/team': 'dev' } },
    });
    await t.api.create(REFS.secrets, minio('wh'));
    await t.api.create(REFS.secrets, {
      ...secret('wh', 'no-bucket', {
        endpoint: 'http://minio:9000',
        access_key_id: 'a',
        access_key_secret: 'b',
      }),
    });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('defaults a new TempoStack as the mutating webhook does and returns the warnings', async () => {
    const { object, warnings } = await t.api.create(
      REFS.tempoStacks,
      tempoStack('wh', 'defaults', { storage: { secret: { name: 'minio', type: 's3' } } }),
    );
    expect(object.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'tempo-operator',
      'tempo.grafana.com/distribution': 'openshift',
    });
    expect(object.spec).toMatchObject({
      managementState: 'Managed',
      serviceAccount: 'tempo-defaults',
      storageSize: '10Gi',
      replicationFactor: 1,
      timeout: '30s',
      retention: { global: { traces: '48h0m0s' } },
      search: { defaultResultLimit: 20 },
      template: {
        ingester: { replicas: 1, podSecurityContext: {} },
        distributor: { component: { replicas: 1 } },
      },
    });
    expect(warnings).toEqual([NO_AUTH_WARNING]);
  });

  it('only warns when the storage secret does not exist yet', async () => {
    const { warnings } = await t.api.create(
      REFS.tempoStacks,
      tempoStack('wh', 'later', { storage: { secret: { name: 'nope', type: 's3' } } }),
      { dryRun: true },
    );
    expect(warnings).toEqual([
      'could not fetch storage configuration secret: secrets "nope" not found. Tempo will start once the storage secret is available',
      NO_AUTH_WARNING,
    ]);
    await expect(t.api.get(REFS.tempoStacks, 'later', 'wh')).rejects.toMatchObject({
      status: { code: 404 },
    });
  });

  it('rejects with a 422 Invalid status carrying the operator messages and one cause per error', async () => {
    const status = await rejection(
      t.api.create(
        REFS.tempoStacks,
        tempoStack('wh', 'bad', {
          storage: { secret: { name: 'no-bucket', type: 's3' } },
          template: { gateway: { enabled: true } },
        }),
      ),
    );
    expect(status).toMatchObject({ code: 422, reason: 'Invalid', status: 'Failure' });
    expect(status.message).toBe(
      'admission webhook "vtempostack.tempo.grafana.com" denied the request: TempoStack.tempo.grafana.com "bad" is invalid: [spec.storage.secret.name: Invalid value: "no-bucket": storage secret must contain "bucket" field, spec.template.gateway.enabled: Invalid value: true: to enable the gateway, please configure tenants]',
    );
    expect(status.details).toMatchObject({
      name: 'bad',
      group: 'tempo.grafana.com',
      kind: 'TempoStack',
    });
    expect(status.details?.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'spec.storage.secret.name',
        message: 'Invalid value: "no-bucket": storage secret must contain "bucket" field',
      },
      {
        reason: 'FieldValueInvalid',
        field: 'spec.template.gateway.enabled',
        message: 'Invalid value: true: to enable the gateway, please configure tenants',
      },
    ]);
  });

  it('rejects the ingester quorum rule with the capitalised field path', async () => {
    const status = await rejection(
      t.api.create(
        REFS.tempoStacks,
        tempoStack('wh', 'quorum', {
          storage: { secret: { name: 'minio', type: 's3' } },
          replicationFactor: 3,
        }),
      ),
    );
    expect(status.message).toBe(
      'admission webhook "vtempostack.tempo.grafana.com" denied the request: TempoStack.tempo.grafana.com "quorum" is invalid: spec.ReplicationFactor: Invalid value: 3: replica factor of 3 requires at least 2 ingester replicas',
    );
  });

  it('checks OpenShift tenancy with a SubjectAccessReview of the requesting user', async () => {
    const stack = tempoStack('wh', 'tenancy', {
      storage: { secret: { name: 'minio', type: 's3' } },
      tenants: { mode: 'openshift', authentication: [{ tenantName: 'dev', tenantId: 'dev-id' }] },
      template: { gateway: { enabled: true } },
    });
    const status = await rejection(
      t.api.create(REFS.tempoStacks, stack, { user: t.cluster.developer }),
    );
    expect(status.message).toBe(
      'admission webhook "vtempostack.tempo.grafana.com" denied the request: TempoStack.tempo.grafana.com "tenancy" is invalid: spec.tenants.mode: Invalid value: "openshift": Cannot enable OpenShift tenancy mode: user developer does not have permission to create tokenreviews.authentication.k8s.io',
    );
    const { object } = await t.api.create(REFS.tempoStacks, stack, {
      user: t.cluster.admin,
      dryRun: true,
    });
    expect(object.spec).toMatchObject({
      template: { gateway: { ingress: { type: 'route', route: { termination: 'reencrypt' } } } },
    });
  });

  it('refuses the name of a TempoMonolithic in the same namespace', async () => {
    await t.api.create(REFS.tempoMonolithics, {
      apiVersion: 'tempo.grafana.com/v1alpha1',
      kind: 'TempoMonolithic',
      metadata: { name: 'mono', namespace: 'wh' },
      spec: {},
    });
    const status = await rejection(
      t.api.create(
        REFS.tempoStacks,
        tempoStack('wh', 'mono', { storage: { secret: { name: 'minio', type: 's3' } } }),
      ),
    );
    expect(status.message).toBe(
      'admission webhook "vtempostack.tempo.grafana.com" denied the request: TempoStack.tempo.grafana.com "mono" is invalid: metadata.name: Invalid value: "mono": Cannot create a TempoStack with the same name as a TempoMonolithic instance in the same namespace',
    );
  });
});
