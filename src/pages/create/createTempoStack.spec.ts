import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildStorageSecret, SECRET_PRESETS } from '../../tempostack/form/secret-presets';
import type { TempoStack } from '../../tempostack/types';
import { createTempoStack } from './createTempoStack';

const sdk = vi.hoisted(() => ({
  k8sCreate: vi.fn<typeof SDK.k8sCreate>(),
  k8sDelete: vi.fn<typeof SDK.k8sDelete>(),
}));
vi.mock('@openshift-console/dynamic-plugin-sdk', () => sdk);

const stack: TempoStack = {
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name: 'simplest', namespace: 'team-a' },
  spec: { storage: { secret: { name: 'minio', type: 's3' } } },
};
const secret = buildStorageSecret('minio', 'team-a', SECRET_PRESETS.minio, {
  bucket: 'tempo',
  endpoint: 'http://minio:9000',
  access_key_id: 'tempo',
  access_key_secret: 'supersecret',
});
const rejected = (message: string) =>
  Object.assign(new Error(message), { code: 422, json: { message } });

beforeEach(() => {
  sdk.k8sCreate.mockReset();
  sdk.k8sDelete.mockReset();
});

describe('createTempoStack', () => {
  it('creates the Secret first, then the TempoStack', async () => {
    sdk.k8sCreate.mockImplementation(({ data }) => Promise.resolve(data));
    const outcome = await createTempoStack(stack, secret);
    expect(outcome).toEqual({ ok: true, stack });
    expect(sdk.k8sCreate.mock.calls.map(([options]) => [options.model.kind, options.data])).toEqual(
      [
        ['Secret', secret],
        ['TempoStack', stack],
      ],
    );
    expect(sdk.k8sDelete).not.toHaveBeenCalled();
  });

  it('creates only the TempoStack when the Secret exists', async () => {
    sdk.k8sCreate.mockImplementation(({ data }) => Promise.resolve(data));
    await createTempoStack(stack);
    expect(sdk.k8sCreate).toHaveBeenCalledTimes(1);
  });

  it('stops when the Secret is rejected', async () => {
    sdk.k8sCreate.mockRejectedValueOnce(rejected('secrets "minio" already exists'));
    expect(await createTempoStack(stack, secret)).toEqual({
      ok: false,
      failed: 'secret',
      message: 'secrets "minio" already exists',
    });
    expect(sdk.k8sCreate).toHaveBeenCalledTimes(1);
  });

  it('removes the Secret it created when the TempoStack is rejected', async () => {
    sdk.k8sCreate
      .mockImplementationOnce(({ data }) => Promise.resolve(data))
      .mockRejectedValueOnce(rejected('TempoStack.tempo.grafana.com "simplest" is invalid'));
    sdk.k8sDelete.mockResolvedValue({});
    const outcome = await createTempoStack(stack, secret);
    expect(outcome).toEqual({
      ok: false,
      failed: 'tempostack',
      message: 'TempoStack.tempo.grafana.com "simplest" is invalid',
      secretCleanup: { name: 'minio', removed: true },
    });
    expect(sdk.k8sDelete.mock.calls[0][0].resource.metadata).toEqual({
      name: 'minio',
      namespace: 'team-a',
    });
    expect(JSON.stringify(outcome)).not.toContain('supersecret');
  });

  it('says so when the Secret cannot be removed', async () => {
    sdk.k8sCreate
      .mockImplementationOnce(({ data }) => Promise.resolve(data))
      .mockRejectedValueOnce(rejected('denied'));
    sdk.k8sDelete.mockRejectedValue(rejected('secrets "minio" is forbidden'));
    expect(await createTempoStack(stack, secret)).toMatchObject({
      secretCleanup: { name: 'minio', removed: false, message: 'secrets "minio" is forbidden' },
    });
  });
});
