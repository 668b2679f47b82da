import { describe, expect, it } from 'vitest';
import type { KubeObject } from './api';
import { versionPriority } from './crd';
import { refs, statusOf, testCluster } from './test-support';

const widgetCrd: KubeObject = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.example.com' },
  spec: {
    group: 'example.com',
    names: { kind: 'Widget', plural: 'widgets', singular: 'widget', shortNames: ['wd'] },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1beta1',
        served: true,
        storage: false,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', properties: { size: { type: 'integer', default: 3 } } },
            },
          },
        },
      },
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', properties: { size: { type: 'integer', default: 1 } } },
            },
          },
        },
      },
    ],
  },
};
const widgets = { group: 'example.com', version: 'v1', resource: 'widgets' };

describe('CustomResourceDefinitions', () => {
  it('installs the Tempo and platform CRDs at start-up, established', async () => {
    const { api } = testCluster();
    const names = (await api.list(refs.crds)).items.map((c) => c.metadata.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'tempostacks.tempo.grafana.com',
        'tempomonolithics.tempo.grafana.com',
        'consoleplugins.console.openshift.io',
        'clusterserviceversions.operators.coreos.com',
      ]),
    );
    const crd = await api.get(refs.crds, 'tempostacks.tempo.grafana.com');
    expect(
      (crd.status as { conditions: { type: string; status: string }[] }).conditions.map(
        (c) => `${c.type}=${c.status}`,
      ),
    ).toEqual(['NamesAccepted=True', 'Established=True']);
    const plugin = await api.create(
      { group: 'console.openshift.io', version: 'v1', resource: 'consoleplugins' },
      {
        apiVersion: 'console.openshift.io/v1',
        kind: 'ConsolePlugin',
        metadata: { name: 'tempo-console-plugin', namespace: 'ignored' },
        spec: { backend: { type: 'Service' } },
      },
    );
    expect(plugin.object.metadata.namespace).toBeUndefined();
    expect(api.resourceFor('operators.coreos.com/v1alpha1', 'ClusterServiceVersion')).toEqual({
      group: 'operators.coreos.com',
      version: 'v1alpha1',
      resource: 'clusterserviceversions',
    });
  });

  it('serves a CRD created at run time in every served version, with its defaults', async () => {
    const { api } = testCluster();
    expect((await statusOf(api.list(widgets))).code).toBe(404);
    await api.create(refs.crds, widgetCrd);
    const created = await api.create(widgets, {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w', namespace: 'default' },
      spec: {},
    });
    expect(created.object.spec).toEqual({ size: 1 });
    const beta = await api.get({ ...widgets, version: 'v1beta1' }, 'w', 'default');
    expect(beta.apiVersion).toBe('example.com/v1beta1');
    expect(api.resourceFor('example.com/v1beta1', 'Widget').version).toBe('v1beta1');
    expect(
      (
        await statusOf(
          api.create(widgets, {
            apiVersion: 'example.com/v1',
            kind: 'Widget',
            metadata: { name: 'bad', namespace: 'default' },
            spec: { size: 'big' },
          }),
        )
      ).code,
    ).toBe(422);
  });

  it('validates CRDs and orders versions like Kubernetes', async () => {
    const { api } = testCluster();
    const status = await statusOf(
      api.create(refs.crds, { ...widgetCrd, metadata: { name: 'wrong.example.com' } }),
    );
    expect(status.message).toBe(
      'CustomResourceDefinition.apiextensions.k8s.io "wrong.example.com" is invalid: metadata.name: Invalid value: "wrong.example.com": must be spec.names.plural+"."+spec.group',
    );
    expect(
      ['v1alpha1', 'v2', 'v1beta2', 'v1', 'v1beta1'].sort(
        (a, b) => versionPriority(b) - versionPriority(a),
      ),
    ).toEqual(['v2', 'v1', 'v1beta2', 'v1beta1', 'v1alpha1']);
  });
});
