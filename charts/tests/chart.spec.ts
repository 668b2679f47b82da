import { describe, expect, it } from 'vitest';
import { CHART_DIR, find, helm, renderChart, type RenderedObject } from './helm';

const IMAGE = 'quay.io/example/tempo-console-plugin:1.0.0';

interface Container {
  name: string;
  image: string;
  ports: { containerPort: number }[];
  securityContext: Record<string, unknown>;
  volumeMounts: { mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  securityContext: Record<string, unknown>;
  containers: Container[];
  volumes: { name: string; secret?: { secretName: string }; configMap?: { name: string } }[];
}
const podSpec = (o: RenderedObject): PodSpec =>
  (o as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
const nginxConf = (objects: RenderedObject[]): string =>
  (find(objects, 'ConfigMap') as unknown as { data: { 'nginx.conf': string } }).data['nginx.conf'];

describe('helm chart', () => {
  it('passes helm lint --strict', async () => {
    const out = await helm(['lint', '--strict', CHART_DIR, '--set', `plugin.image=${IMAGE}`]);
    expect(out).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  it('renders the objects the console needs with the default values', async () => {
    const objects = await renderChart({ 'plugin.image': IMAGE });
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'ClusterRole/tempo-console-plugin-patcher',
      'ClusterRoleBinding/tempo-console-plugin-patcher',
      'ConfigMap/tempo-console-plugin',
      'ConsolePlugin/tempo-console-plugin',
      'Deployment/tempo-console-plugin',
      'Job/tempo-console-plugin-patcher',
      'PodDisruptionBudget/tempo-console-plugin',
      'Service/tempo-console-plugin',
      'ServiceAccount/tempo-console-plugin-patcher',
    ]);
    const plugin = find(objects, 'ConsolePlugin') as unknown as {
      metadata: { namespace?: string };
      spec: Record<string, unknown>;
    };
    expect(plugin.metadata.namespace).toBeUndefined();
    expect(plugin.spec).toEqual({
      displayName: 'Tempo Operator',
      i18n: { loadType: 'Preload' },
      backend: {
        type: 'Service',
        service: {
          name: 'tempo-console-plugin',
          namespace: 'tempo-console-plugin',
          port: 9443,
          basePath: '/',
        },
      },
    });
    const service = find(objects, 'Service');
    expect(service.metadata.annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name': 'tempo-console-plugin-cert',
    });
    const spec = podSpec(find(objects, 'Deployment'));
    expect(spec.containers[0].image).toBe(IMAGE);
    expect(spec.containers[0].ports).toEqual([
      { name: 'https', containerPort: 9443, protocol: 'TCP' },
    ]);
    expect(spec.volumes.find((v) => v.secret)?.secret?.secretName).toBe(
      'tempo-console-plugin-cert',
    );
    expect(nginxConf(objects)).toContain('listen 9443 ssl;');
  });

  it("runs under OpenShift's restricted-v2 SCC (non-root, no privilege escalation, no capabilities)", async () => {
    const objects = await renderChart({ 'plugin.image': IMAGE });
    for (const kind of ['Deployment', 'Job']) {
      const spec = podSpec(find(objects, kind));
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      // restricted-v2 assigns the UID from the namespace range: the chart must not pin one.
      expect(spec.securityContext).not.toHaveProperty('runAsUser');
      for (const container of spec.containers) {
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.securityContext).not.toHaveProperty('privileged', true);
      }
    }
    // A read-only root filesystem still lets nginx write its pid and temp files.
    expect(nginxConf(objects)).toContain('pid /tmp/nginx.pid;');
  });

  it('follows custom values: name, port, replicas, certificate secret, no console patch job', async () => {
    const objects = await renderChart(
      {
        'plugin.image': IMAGE,
        'plugin.name': 'tempo-plugin',
        'plugin.port': 8443,
        'plugin.replicas': 1,
        'plugin.certificateSecretName': 'my-cert',
        'plugin.i18nLoadType': 'Lazy',
        'jobs.patchConsoles.enabled': false,
      },
      'observability',
    );
    expect(objects.map((o) => o.kind).sort()).toEqual([
      'ConfigMap',
      'ConsolePlugin',
      'Deployment',
      'Service',
    ]);
    const plugin = find(objects, 'ConsolePlugin') as unknown as {
      metadata: { name: string };
      spec: { i18n: unknown; backend: { service: unknown } };
    };
    expect(plugin.metadata.name).toBe('tempo-plugin');
    expect(plugin.spec.i18n).toEqual({ loadType: 'Lazy' });
    expect(plugin.spec.backend.service).toEqual({
      name: 'tempo-plugin',
      namespace: 'observability',
      port: 8443,
      basePath: '/',
    });
    expect(find(objects, 'Service').metadata.annotations).toBeUndefined();
    const spec = podSpec(find(objects, 'Deployment'));
    expect(spec.volumes.find((v) => v.secret)?.secret?.secretName).toBe('my-cert');
    expect(nginxConf(objects)).toContain('listen 8443 ssl;');
  });

  it('refuses to render without an image, and the schema rejects bad values', async () => {
    await expect(renderChart()).rejects.toThrow(/plugin.image is required/);
    await expect(renderChart({ 'plugin.image': IMAGE, 'plugin.port': 80 })).rejects.toThrow(/port/);
    await expect(renderChart({ 'plugin.image': IMAGE, 'plugin.name': 'Bad_Name' })).rejects.toThrow(
      /name/,
    );
  });
});
