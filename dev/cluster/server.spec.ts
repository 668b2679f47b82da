import { X509Certificate } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startRunning } from './http-test-support';
import { refs, tempoStack } from './test-support';

let run: Running;
beforeAll(async () => {
  run = await startRunning();
});
afterAll(async () => {
  await run.stop();
});

describe('API server over HTTP', () => {
  it('requires a bearer token (401 Status) except for health checks', async () => {
    const anonymous = await run.request('/api/v1/namespaces', { token: null });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      apiVersion: 'v1',
      kind: 'Status',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
    expect((await run.request('/api/v1/namespaces', { token: 'wrong' })).status).toBe(401);
    expect(await (await run.request('/healthz', { token: null })).text()).toBe('ok');
    expect(await (await run.request('/version')).json()).toMatchObject({
      major: '1',
      minor: '33',
      gitVersion: 'v1.33.9',
    });
  });

  it('serves aggregated discovery when asked, legacy discovery otherwise', async () => {
    const accept =
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
    const response = await run.request('/apis', { headers: { Accept: accept } });
    expect(response.headers.get('content-type')).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    const body = (await response.json()) as {
      items: { metadata: { name: string }; versions: { resources: Record<string, unknown>[] }[] }[];
    };
    const tempo = body.items.find((g) => g.metadata.name === 'tempo.grafana.com');
    expect(tempo?.versions[0].resources.find((r) => r.resource === 'tempostacks')).toMatchObject({
      scope: 'Namespaced',
      shortNames: ['tempo', 'tempos'],
      responseKind: { group: 'tempo.grafana.com', version: 'v1alpha1', kind: 'TempoStack' },
      subresources: [{ subresource: 'status' }],
    });
    const legacy = (await (await run.request('/api/v1')).json()) as {
      resources: { name: string; shortNames?: string[] }[];
    };
    expect(legacy.resources.find((r) => r.name === 'pods')?.shortNames).toEqual(['po']);
    expect(legacy.resources.some((r) => r.name === 'pods/log')).toBe(true);
    const group: unknown = await (await run.request('/apis/apps')).json();
    expect(group).toMatchObject({
      kind: 'APIGroup',
      name: 'apps',
      preferredVersion: { groupVersion: 'apps/v1' },
    });
    expect((await run.request('/apis/nope/v1')).status).toBe(404);
  });

  it('publishes OpenAPI v3 and v2 with the CRD schemas and fieldValidation on PATCH', async () => {
    const index = (await (await run.request('/openapi/v3')).json()) as {
      paths: Record<string, { serverRelativeURL: string }>;
    };
    const url = index.paths['apis/tempo.grafana.com/v1alpha1'].serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/tempo\.grafana\.com\/v1alpha1\?hash=[0-9A-F]+$/);
    const doc = (await (await run.request(url)).json()) as {
      paths: Record<string, { patch?: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    const schema = doc.components.schemas['com.grafana.tempo.v1alpha1.TempoStack'];
    expect(schema['x-kubernetes-group-version-kind']).toEqual([
      { group: 'tempo.grafana.com', kind: 'TempoStack', version: 'v1alpha1' },
    ]);
    const patch =
      doc.paths['/apis/tempo.grafana.com/v1alpha1/namespaces/{namespace}/tempostacks/{name}'].patch;
    expect(patch?.parameters.map((p) => p.name)).toContain('fieldValidation');
    const v2 = (await (await run.request('/openapi/v2')).json()) as {
      swagger: string;
      definitions: Record<string, unknown>;
    };
    expect(v2.swagger).toBe('2.0');
    expect(Object.keys(v2.definitions)).toContain('com.grafana.tempo.v1alpha1.TempoStack');
    expect(Object.keys(v2.definitions)).not.toContain('io.k8s.api.apps.v1.Deployment');
  });

  it('creates with Warning headers, strict field validation, dry run, and Table output', async () => {
    run.cluster.api.registerAdmission({
      name: 'warn',
      match: { group: 'tempo.grafana.com', kind: 'TempoStack' },
      operations: ['CREATE'],
      validate: () => ['storage secret "minio" not found'],
    });
    const path = '/apis/tempo.grafana.com/v1alpha1/namespaces/default/tempostacks';
    const post = (body: unknown, query = '') =>
      run.request(`${path}${query}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
    const strict = await post(
      { ...tempoStack('s'), spec: { ...(tempoStack('s').spec as object), bogus: 1 } },
      '?fieldValidation=Strict',
    );
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { message: string }).message).toBe(
      'TempoStack in version "v1alpha1" cannot be handled as a TempoStack: strict decoding error: unknown field "spec.bogus"',
    );
    const dry = await post(tempoStack('dry'), '?dryRun=All');
    expect(dry.status).toBe(201);
    const created = await post(tempoStack('w'), '?fieldManager=kubectl');
    expect(created.status).toBe(201);
    expect(created.headers.get('warning')).toBe('299 - "storage secret \\"minio\\" not found"');
    const table = (await (
      await run.request(path, {
        headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
      })
    ).json()) as {
      kind: string;
      columnDefinitions: { name: string }[];
      rows: { cells: unknown[]; object: { kind: string } }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => c.name)).toEqual([
      'Name',
      'Management',
      'Tempo Version',
      'Ready',
      'Age',
    ]);
    expect(table.rows.map((r) => r.cells.slice(0, 4))).toEqual([['w', 'Managed', null, null]]);
    expect(table.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('impersonates for admins only, and serves pod logs as text', async () => {
    const asViewer = await run.request('/api/v1/namespaces/default/secrets', {
      headers: { 'Impersonate-User': 'viewer' },
    });
    expect(asViewer.status).toBe(403);
    const denied = await run.request('/api/v1/namespaces', {
      token: 'viewer-token',
      headers: { 'Impersonate-User': 'admin' },
    });
    expect(((await denied.json()) as { message: string }).message).toBe(
      'users "admin" is forbidden: User "viewer" cannot impersonate resource "users" in API group "" at the cluster scope',
    );
    await run.cluster.api.create(refs.pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default' },
      spec: { containers: [{ name: 'c', image: 'i' }] },
    });
    run.cluster.setPodLog('default', 'p', 'c', ['one', 'two', 'three']);
    const log = await run.request('/api/v1/namespaces/default/pods/p/log?tailLines=2');
    expect(log.headers.get('content-type')).toBe('text/plain');
    expect(await log.text()).toBe('two\nthree\n');
  });

  it('also speaks HTTPS on the same port with the certificate it hands out', async () => {
    const cert = new X509Certificate(run.server.ca);
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(
        `${run.server.httpsUrl}/version`,
        { ca: run.server.ca, headers: { Authorization: 'Bearer viewer-token' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(body)).toMatchObject({ gitVersion: 'v1.33.9' });
  });
});
