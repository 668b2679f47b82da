import type { KubeObject } from '../cluster/api';
import { startTestWorld, type TestWorld } from '../scenarios/testing';
import { waitFor } from '../scenarios/waits';
import { REFS } from './refs';
import { SERVICE_CA_BUNDLE } from './service-ca-controller';

describe('OpenShift route admission and service-ca', () => {
  let t: TestWorld;
  beforeEach(async () => {
    t = await startTestWorld({ operator: false });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('gives a Route without host <name>-<ns>.apps.sim.example.com and admits it', async () => {
    await t.api.create(REFS.routes, {
      apiVersion: 'route.openshift.io/v1',
      kind: 'Route',
      metadata: { name: 'ui', namespace: 'default' },
      spec: {
        to: { kind: 'Service', name: 'ui' },
        port: { targetPort: 'http' },
        tls: { termination: 'edge' },
      },
    });
    const route = await waitFor(async () => {
      const r = await t.api.get(REFS.routes, 'ui', 'default');
      return (r.status as { ingress?: unknown[] } | undefined)?.ingress ? r : undefined;
    });
    expect((route.spec as { host: string }).host).toBe('ui-default.apps.sim.example.com');
    expect((route.status as { ingress: unknown[] }).ingress).toEqual([
      expect.objectContaining({
        host: 'ui-default.apps.sim.example.com',
        routerName: 'default',
        conditions: [expect.objectContaining({ type: 'Admitted', status: 'True' })],
      }),
    ]);
  });

  it('creates serving-certificate Secrets for annotated Services and injects CA bundles', async () => {
    const svc: KubeObject = (
      await t.api.create(REFS.services, {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: 'api',
          namespace: 'default',
          annotations: { 'service.beta.openshift.io/serving-cert-secret-name': 'api-tls' },
        },
        spec: { ports: [{ name: 'https', port: 8443 }], selector: { app: 'api' } },
      })
    ).object;
    await t.api.create(REFS.configMaps, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'bundle',
        namespace: 'default',
        annotations: { 'service.beta.openshift.io/inject-cabundle': 'true' },
      },
    });
    const secret = await waitFor(async () =>
      (await t.api.list(REFS.secrets, { namespace: 'default' })).items.find(
        (s) => s.metadata.name === 'api-tls',
      ),
    );
    expect(secret.type).toBe('kubernetes.io/tls');
    expect(Object.keys(secret.data as object).sort()).toEqual(['tls.crt', 'tls.key']);
    expect(secret.metadata.ownerReferences).toEqual([
      { apiVersion: 'v1', kind: 'Service', name: 'api', uid: svc.metadata.uid },
    ]);
    const cm = await waitFor(async () => {
      const c = await t.api.get(REFS.configMaps, 'bundle', 'default');
      return (c.data as Record<string, string> | undefined)?.['service-ca.crt'] ? c : undefined;
    });
    expect((cm.data as Record<string, string>)['service-ca.crt']).toBe(SERVICE_CA_BUNDLE);
  });
});
