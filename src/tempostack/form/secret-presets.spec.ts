import {
  buildStorageSecret,
  ibmCosEndpoint,
  presetFor,
  presetsFor,
  SECRET_PRESETS,
  storageSecretInput,
} from './secret-presets';

describe('secret presets', () => {
  it('offers the presets of each storage type with the keys the operator requires', () => {
    expect(presetsFor('s3').map((p) => p.id)).toEqual(['minio', 'ibm-cos', 'aws-sts']);
    expect(SECRET_PRESETS.minio.fields.map((f) => f.key)).toEqual([
      'bucket',
      'endpoint',
      'access_key_id',
      'access_key_secret',
    ]);
    expect(SECRET_PRESETS['aws-sts'].fields.map((f) => f.key)).toEqual([
      'bucket',
      'region',
      'role_arn',
    ]);
    expect(SECRET_PRESETS.azure.fields.map((f) => f.key)).toEqual([
      'container',
      'account_name',
      'account_key',
    ]);
    expect(SECRET_PRESETS.gcs.fields).toEqual([
      { key: 'bucketname', kind: 'text' },
      { key: 'key.json', kind: 'file' },
    ]);
  });

  it('masks secret keys', () => {
    const kinds = Object.fromEntries(SECRET_PRESETS.minio.fields.map((f) => [f.key, f.kind]));
    expect(kinds).toEqual({
      bucket: 'text',
      endpoint: 'url',
      access_key_id: 'text',
      access_key_secret: 'password',
    });
  });

  it('falls back to the first preset of the type', () => {
    expect(presetFor('azure', 's3').id).toBe('minio');
    expect(presetFor('unknown', 'gcs').id).toBe('gcs');
    expect(presetFor('ibm-cos', 's3').id).toBe('ibm-cos');
  });

  it('builds the IBM Cloud regional endpoint of the seed', () => {
    expect(ibmCosEndpoint('us-east')).toBe(
      'https://s3.us-east.cloud-object-storage.appdomain.cloud',
    );
  });

  it('sends only the preset keys that have a value', () => {
    const secret = buildStorageSecret('minio', 'ns', SECRET_PRESETS.minio, {
      bucket: 'tempo',
      endpoint: 'http://minio:9000',
      access_key_id: '',
      stray: 'not sent',
    });
    expect(secret).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'minio', namespace: 'ns' },
      type: 'Opaque',
      stringData: { bucket: 'tempo', endpoint: 'http://minio:9000' },
    });
    expect(storageSecretInput('minio', SECRET_PRESETS.minio, { bucket: 'b', stray: 'x' })).toEqual({
      name: 'minio',
      data: { bucket: 'b' },
    });
  });
});
