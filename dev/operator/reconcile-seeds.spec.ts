import { computeAllocation } from '../../src/tempostack/allocation';
import { expectedObjects } from '../../src/tempostack/inventory';
import { tempoStackOwnerReference } from '../../src/tempostack/naming';
import type { TempoStack } from '../../src/tempostack/types';
import type { KubeObject, ResourceRef } from '../cluster/api';
import type { Container, Deployment, StatefulSet } from '../controllers/kube-types';
import { REFS } from '../controllers/refs';
import { loadScenario, waitForReadyStack } from '../scenarios';
import { SEED_STACKS } from '../scenarios/seed-objects';
import type { TestWorld } from '../scenarios/testing';
import { createCluster } from '../cluster/cluster';
import { TEST_TIMINGS } from '../controllers/sim-clock';
import { SIM_OPERATOR_FEATURES } from './manifests';

const NAMESPACED: [ResourceRef, string][] = [
  [REFS.configMaps, 'ConfigMap'],
  [REFS.secrets, 'Secret'],
  [REFS.serviceAccounts, 'ServiceAccount'],
  [REFS.services, 'Service'],
  [REFS.deployments, 'Deployment'],
  [REFS.statefulSets, 'StatefulSet'],
  [REFS.persistentVolumeClaims, 'PersistentVolumeClaim'],
  [REFS.podDisruptionBudgets, 'PodDisruptionBudget'],
  [REFS.routes, 'Route'],
  [REFS.ingresses, 'Ingress'],
  [REFS.roles, 'Role'],
  [REFS.roleBindings, 'RoleBinding'],
  [REFS.networkPolicies, 'NetworkPolicy'],
];

/** Every object of the stack's namespace except the user's own (storage secret, default SA). */
const objectsOf = async (
  t: Pick<TestWorld, 'api'>,
  stack: TempoStack,
): Promise<Map<string, KubeObject>> => {
  const found = new Map<string, KubeObject>();
  const ns = stack.metadata.namespace ?? '';
  for (const [ref, kind] of NAMESPACED) {
    for (const item of (await t.api.list(ref, { namespace: ns })).items) {
      if (kind === 'Secret' && item.metadata.name === stack.spec.storage.secret.name) continue;
      if (kind === 'ServiceAccount' && item.metadata.name === 'default') continue;
      found.set(`${kind}/${item.metadata.name}`, item);
    }
  }
  for (const [ref, kind] of [
    [REFS.clusterRoles, 'ClusterRole'],
    [REFS.clusterRoleBindings, 'ClusterRoleBinding'],
  ] as const) {
    const items = (
      await t.api.list(ref, {
        labelSelector: `app.kubernetes.io/instance=${stack.metadata.name},app.kubernetes.io/namespace=${ns}`,
      })
    ).items;
    for (const item of items) found.set(`${kind}/${item.metadata.name}`, item);
  }
  return found;
};

const container = (workload: Deployment | StatefulSet, name: string): Container =>
  workload.spec.template.spec.containers.find((c) => c.name === name) as Container;

describe('reconciling the seed TempoStacks', () => {
  let t: Pick<TestWorld, 'api' | 'stop'>;
  const stacks = new Map<string, TempoStack>();
  beforeAll(async () => {
    const cluster = createCluster();
    const { world } = await loadScenario(cluster, 'seeds', { timings: TEST_TIMINGS });
    t = {
      api: cluster.api,
      stop: async () => {
        await world.stop();
        cluster.close();
      },
    };
    for (const key of SEED_STACKS) {
      const [ns, name] = key.split('/');
      stacks.set(
        key,
        (await waitForReadyStack(cluster.api, ns, name, 20_000)) as unknown as TempoStack,
      );
    }
  }, 30_000);
  afterAll(async () => {
    await t.stop();
  });

  it.each([...SEED_STACKS])(
    '%s has exactly the inventory objects with their labels and owner references',
    async (key) => {
      const stack = stacks.get(key) as TempoStack;
      const expected = expectedObjects(stack, SIM_OPERATOR_FEATURES);
      const actual = await objectsOf(t, stack);
      expect([...actual.keys()].sort()).toEqual(expected.map((e) => `${e.kind}/${e.name}`).sort());
      const owner = tempoStackOwnerReference(stack);
      for (const entry of expected) {
        const object = actual.get(`${entry.kind}/${entry.name}`) as KubeObject;
        if (entry.createdBy === 'operator')
          expect(object.metadata.labels ?? {}, entry.name).toEqual(entry.labels);
        else if (entry.createdBy === 'statefulset-controller')
          expect(object.metadata.labels).toEqual(entry.labels);
        const refs = object.metadata.ownerReferences ?? [];
        if (entry.ownedByTempoStack) expect(refs, entry.name).toEqual([owner]);
        else
          expect(
            refs.filter((r) => r.kind === 'TempoStack'),
            entry.name,
          ).toEqual([]);
        for (const [k, v] of Object.entries(entry.annotations ?? {}))
          expect(object.metadata.annotations?.[k], `${entry.name} ${k}`).toBe(v);
        if (entry.workload) {
          const workload = object as Deployment;
          expect(workload.spec.replicas).toBe(entry.workload.replicas);
          expect(workload.spec.selector.matchLabels).toEqual(entry.workload.selector);
          expect(workload.spec.template.metadata?.labels).toEqual(entry.workload.podLabels);
          expect(workload.spec.template.spec.serviceAccountName).toBe(
            entry.workload.serviceAccountName,
          );
          expect(workload.spec.template.spec.containers.map((c) => c.name)).toEqual(
            entry.workload.containers.map((c) => c.name),
          );
          for (const c of entry.workload.containers) {
            expect(container(workload, c.name).ports).toEqual(
              c.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol })),
            );
          }
        }
        if (entry.service) {
          const spec = object.spec as {
            ports: { name: string; port: number; targetPort: string }[];
            selector: object;
            clusterIP?: string;
          };
          expect(spec.ports.map((p) => `${p.name}:${p.port}:${p.targetPort}`)).toEqual(
            entry.service.ports.map((p) => `${p.name}:${p.port}:${p.targetPort}`),
          );
          expect(spec.selector).toEqual(entry.service.selector);
          if (entry.service.headless) expect(spec.clusterIP).toBe('None');
        }
        if (entry.route) {
          const spec = object.spec as {
            to: { name: string };
            port: { targetPort: string };
            tls?: { termination: string };
            host: string;
          };
          expect(spec.to.name).toBe(entry.route.to);
          expect(spec.port.targetPort).toBe(entry.route.targetPort);
          expect(spec.tls?.termination).toBe(entry.route.termination);
          expect(spec.host).toBe(
            entry.route.host ?? `${entry.name}-${stack.metadata.namespace}.apps.sim.example.com`,
          );
        }
        if (entry.pvc) {
          expect(object.spec).toMatchObject({
            accessModes: ['ReadWriteOnce'],
            resources: { requests: { storage: String(entry.pvc.storage) } },
          });
        }
      }
    },
  );

  it('gives every container the resources computeAllocation computes, with GOMEMLIMIT', async () => {
    for (const key of SEED_STACKS) {
      const stack = stacks.get(key) as TempoStack;
      const allocation = computeAllocation(stack, { operatorVersion: '0.22.0' });
      const ns = stack.metadata.namespace ?? '';
      for (const c of allocation.containers) {
        const ref = c.workloadKind === 'StatefulSet' ? REFS.statefulSets : REFS.deployments;
        const workload = await t.api.get<Deployment>(ref, c.workloadName ?? '', ns);
        const rendered = container(workload, c.container);
        const text = (list: typeof c.limits) =>
          Object.fromEntries(Object.entries(list).map(([k, v]) => [k, v?.canonical]));
        expect(rendered.resources?.limits ?? {}, `${key} ${c.component}/${c.container}`).toEqual(
          text(c.limits),
        );
        expect(rendered.resources?.requests ?? {}, `${key} ${c.component}/${c.container}`).toEqual(
          text(c.requests),
        );
        const gomemlimit = rendered.env?.find((e) => e.name === 'GOMEMLIMIT')?.value;
        expect(gomemlimit).toBe(
          c.gomemlimitBytes === undefined ? undefined : String(c.gomemlimitBytes),
        );
      }
    }
  });

  it('splits 2Gi/2000m over the compatibility stack as the operator does (hand-computed, table A)', async () => {
    const ns = 'chainsaw-compatibility';
    const distributor = container(
      await t.api.get<Deployment>(REFS.deployments, 'tempo-simplest-distributor', ns),
      'tempo',
    );
    // 2000m × 0.27 = 540m, 30 % = 162m; 2Gi × 0.12 (float32) = 257698032, 30 % = 77309416.
    expect(distributor.resources).toEqual({
      limits: { cpu: '540m', memory: '257698032' },
      requests: { cpu: '162m', memory: '77309416' },
    });
    expect(distributor.env).toContainEqual({ name: 'GOMEMLIMIT', value: '206158425' });
    const ingester = container(
      await t.api.get<StatefulSet>(REFS.statefulSets, 'tempo-simplest-ingester', ns),
      'tempo',
    );
    // 2000m × 0.38 = 760m, 228m; 2Gi × 0.5 = 1Gi, 30 % = 322122560.
    expect(ingester.resources).toEqual({
      limits: { cpu: '760m', memory: '1Gi' },
      requests: { cpu: '228m', memory: '322122560' },
    });
    const qf = await t.api.get<Deployment>(REFS.deployments, 'tempo-simplest-query-frontend', ns);
    expect(qf.spec.template.spec.containers.map((c) => c.name)).toEqual([
      'tempo',
      'jaeger-query',
      'tempo-query',
    ]);
    // query-frontend share 0.045 cpu / 0.025 memory: 90m / 53687092 (float32) for tempo and
    // tempo-query alike.
    expect(container(qf, 'tempo').resources?.limits).toEqual({ cpu: '90m', memory: '53687092' });
    expect(container(qf, 'tempo-query').resources?.limits).toEqual({
      cpu: '90m',
      memory: '53687092',
    });
    const ingress = await t.api.get(REFS.ingresses, 'tempo-simplest-query-frontend', ns);
    expect(ingress.spec).toEqual({
      defaultBackend: {
        service: { name: 'tempo-simplest-query-frontend', port: { name: 'jaeger-ui' } },
      },
    });
  });

  it('uses the explicit resources of tmrs, with the tempo-query quirk and the computed OPA share', async () => {
    const ns = 'chainsaw-tempostack-resources';
    const get = async (component: string) =>
      await t.api.get<Deployment>(REFS.deployments, `tempo-tmrs-${component}`, ns);
    expect(container(await get('compactor'), 'tempo').resources).toEqual({
      limits: { cpu: '301m', memory: '349Mi' },
      requests: { cpu: '91m', memory: '105Mi' },
    });
    expect(container(await get('compactor'), 'tempo').env).toContainEqual({
      name: 'GOMEMLIMIT',
      value: '292762419',
    });
    expect(container(await get('distributor'), 'tempo').resources).toEqual({
      limits: { cpu: '521m', memory: '226Mi' },
      requests: { cpu: '157m', memory: '69Mi' },
    });
    const qf = await get('query-frontend');
    expect(container(qf, 'tempo').resources).toEqual({
      limits: { cpu: '161m', memory: '83Mi' },
      requests: { cpu: '49m', memory: '27Mi' },
    });
    expect(container(qf, 'jaeger-query').resources).toEqual({
      limits: { cpu: '167m', memory: '86Mi' },
      requests: { cpu: '49m', memory: '29Mi' },
    });
    expect(container(qf, 'tempo-query').resources).toEqual({
      limits: { cpu: '167m', memory: '86Mi' },
      requests: { cpu: '49m', memory: '29Mi' },
    });
    const gateway = await get('gateway');
    expect(container(gateway, 'tempo-gateway').resources).toEqual({
      limits: { cpu: '122m', memory: '104Mi' },
      requests: { cpu: '37m', memory: '32Mi' },
    });
    // Table B tempo-gateway-opa: 2000m × 0.02 = 40m (12m), 2Gi × 0.02 = 42949672 (12884902).
    expect(container(gateway, 'tempo-gateway-opa').resources).toEqual({
      limits: { cpu: '40m', memory: '42949672' },
      requests: { cpu: '12m', memory: '12884902' },
    });
    const ingester = container(
      await t.api.get<StatefulSet>(REFS.statefulSets, 'tempo-tmrs-ingester', ns),
      'tempo',
    );
    expect(ingester.resources).toEqual({
      limits: { cpu: '721m', memory: '1013Mi' },
      requests: { cpu: '217m', memory: '302Mi' },
    });
    const route = await t.api.get(REFS.routes, 'tempo-tmrs-gateway', ns);
    expect(route.spec).toMatchObject({
      host: 'tempo-tmrs-gateway-chainsaw-tempostack-resources.apps.sim.example.com',
      port: { targetPort: 'public' },
      tls: { termination: 'reencrypt' },
    });
    const role = await t.api.get(
      REFS.clusterRoles,
      'tempo-tmrs-gateway-chainsaw-tempostack-resources',
    );
    expect(role.rules).toContainEqual({
      apiGroups: ['authentication.k8s.io'],
      resources: ['tokenreviews'],
      verbs: ['create'],
    });
  });

  it('renders the route seed: host, annotations with the 2m timeout, oauth-proxy reencrypt', async () => {
    const route = await t.api.get(REFS.routes, 'tempo-simplest-query-frontend', 'chainsaw-route');
    expect(route.metadata.annotations).toEqual({
      example_annotation: 'example_value',
      'haproxy.router.openshift.io/timeout': '120s',
    });
    expect(route.spec).toEqual({
      host: 'example.com',
      to: { kind: 'Service', name: 'tempo-simplest-query-frontend', weight: 100 },
      port: { targetPort: 'oauth-proxy' },
      tls: { termination: 'reencrypt' },
      wildcardPolicy: 'None',
    });
    expect((route.status as { ingress: { host: string }[] }).ingress[0].host).toBe('example.com');
    const sts = await t.api.get<StatefulSet>(
      REFS.statefulSets,
      'tempo-simplest-ingester',
      'chainsaw-route',
    );
    expect(sts.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '200M' } },
          volumeMode: 'Filesystem',
        },
      },
    ]);
    expect(sts.spec.podManagementPolicy).toBe('Parallel');
    const pvc = await t.api.get(
      REFS.persistentVolumeClaims,
      'data-tempo-simplest-ingester-0',
      'chainsaw-route',
    );
    expect(pvc.status).toMatchObject({ phase: 'Bound' });
  });
});
