import { describe, expect, it } from 'vitest';
import type {
  ConfigMapInput,
  CredentialMode,
  ObjectStorageSpec,
  SecretInput,
  StorageType,
  TempoStackSpec,
} from './types';
import type { ValidationLookups } from './validation-types';
import {
  GCS_TOKEN_FILE,
  storageCredentialModeSupported,
  storageSecretRequirements,
  validateStorage,
} from './validation-storage';

const spec = (
  type: string,
  credentialMode?: CredentialMode,
  tls?: ObjectStorageSpec['tls'],
): TempoStackSpec => ({
  storage: {
    secret: {
      name: 'storage',
      type: type as StorageType,
      ...(credentialMode ? { credentialMode } : {}),
    },
    ...(tls ? { tls } : {}),
  },
});

const secret = (data: Record<string, string>): SecretInput => ({ name: 'storage', data });

const S3_STATIC = {
  bucket: 'tempo',
  endpoint: 'https://s3.example.com',
  access_key_id: 'AKIAEXAMPLE',
  access_key_secret: 'very-secret-value',
};
const S3_TOKEN = { bucket: 'tempo', region: 'eu-west-1', role_arn: 'arn:aws:iam::1:role/t' };
const AZURE_STATIC = { container: 'c', account_name: 'acct', account_key: 'azure-key-value' };
const AZURE_TOKEN = { container: 'c', account_name: 'acct', client_id: 'id', tenant_id: 'tid' };
const gcsKey = (key: unknown) => JSON.stringify(key);
const GCS_TOKEN = {
  bucketname: 'b',
  'key.json': gcsKey({ type: 'external_account', credential_source: { file: GCS_TOKEN_FILE } }),
};

const run = (s: TempoStackSpec, lookups: ValidationLookups) =>
  validateStorage(s, lookups).map(({ rule, path, severity, message }) => ({
    rule,
    path,
    severity,
    message,
  }));

const rules = (s: TempoStackSpec, lookups: ValidationLookups) =>
  validateStorage(s, lookups).map((f) => f.rule);

describe('validateStorage', () => {
  it('C3: a storage secret that cannot be fetched is a warning', () => {
    expect(
      validateStorage(spec('s3'), { storageSecret: { error: 'secrets "storage" not found' } }),
    ).toEqual([
      {
        rule: 'C3',
        path: 'spec.storage.secret.name',
        severity: 'warning',
        message:
          'could not fetch storage configuration secret: secrets "storage" not found. Tempo will start once the storage secret is available',
        code: 'storageSecretUnavailable',
        params: { secret: 'storage' },
        value: 'storage',
      },
    ]);
  });

  it('C3: a CA ConfigMap that cannot be fetched is a warning', () => {
    const lookups = {
      storageSecret: secret(S3_STATIC),
      caConfigMap: { error: 'configmaps "ca" not found' },
    };
    expect(run(spec('s3', undefined, { enabled: true, caName: 'ca' }), lookups)).toEqual([
      {
        rule: 'C3',
        path: 'spec.storage.tls.caName',
        severity: 'warning',
        message: 'could not fetch ConfigMap: configmaps "ca" not found',
      },
    ]);
  });

  it('C3: the fetch is the first stage, even before the type check', () => {
    expect(rules(spec(''), { storageSecret: { error: 'forbidden' } })).toEqual(['C3']);
  });

  it.each([[''], [undefined]])('C4: storage secret type %j is required', (type) => {
    const s: TempoStackSpec = { storage: { secret: { name: 'storage', type } } } as TempoStackSpec;
    expect(validateStorage(s, { storageSecret: secret(S3_STATIC) })).toEqual([
      expect.objectContaining({
        rule: 'C4',
        path: 'spec.storage.secret.type',
        message: 'storage secret type is required',
        severity: 'error',
      }),
    ]);
  });

  it('C5: an unknown storage type is rejected', () => {
    expect(run(spec('minio'), {})).toEqual([
      {
        rule: 'C5',
        path: 'spec.storage.secret.type',
        severity: 'error',
        message: 'minio is not an allowed storage secret type',
      },
    ]);
  });

  it.each([
    ['s3', { ...S3_STATIC, region: 'x' }],
    ['s3', { bucket: 'b', access_key_id: 'a', role_arn: 'r' }],
    ['azure', { ...AZURE_STATIC, tenant_id: 't' }],
  ])('C6: %s secret mixing long- and short-lived keys %j', (type, data) => {
    expect(run(spec(type), { storageSecret: secret(data) })).toEqual([
      {
        rule: 'C6',
        path: 'spec.storage.secret.name',
        severity: 'error',
        message: 'storage secret contains fields for long lived and short lived configuration',
      },
    ]);
  });

  it('C6: an explicit credential mode skips the discovery', () => {
    const data = { ...S3_STATIC, region: 'eu-west-1' };
    expect(validateStorage(spec('s3', 'static'), { storageSecret: secret(data) })).toEqual([]);
  });

  it.each(['bucket', 'endpoint', 'access_key_id', 'access_key_secret'])(
    'C7: S3 static secret without %s',
    (key) => {
      const data: Record<string, string> = { ...S3_STATIC };
      delete data[key];
      const findings = validateStorage(spec('s3'), { storageSecret: secret(data) });
      expect(findings).toEqual([
        expect.objectContaining({
          rule: 'C7',
          path: 'spec.storage.secret.name',
          message: `storage secret must contain "${key}" field`,
          code: 'storageSecretMissingKey',
          params: { key },
          value: 'storage',
        }),
      ]);
    },
  );

  it('C7: one error per missing or empty key', () => {
    const findings = run(spec('s3'), { storageSecret: secret({ bucket: '', access_key_id: 'a' }) });
    expect(findings.map((f) => f.message)).toEqual([
      'storage secret must contain "bucket" field',
      'storage secret must contain "endpoint" field',
      'storage secret must contain "access_key_secret" field',
    ]);
  });

  it.each([
    ['s3.amazonaws.com', ['C8']],
    ['', ['C7', 'C8']],
    ['http://minio:9000:1', ['C8']],
    ['/just/a/path', ['C8']],
    ['http://minio.minio.svc:9000', []],
    ['minio:9000', []],
  ])('C8: endpoint %j → %j', (endpoint, expected) => {
    const findings = validateStorage(spec('s3'), {
      storageSecret: secret({ ...S3_STATIC, endpoint }),
    });
    expect(findings.map((f) => f.rule)).toEqual(expected);
    if (expected.includes('C8')) {
      expect(findings.at(-1)?.message).toBe(
        '"endpoint" field of storage secret must be a valid URL',
      );
    }
  });

  it.each([
    ['token', 'discovered', S3_TOKEN, 'bucket', undefined],
    ['token', 'discovered', S3_TOKEN, 'region', undefined],
    ['token', 'explicit', S3_TOKEN, 'role_arn', 'token'],
    ['token-cco', 'explicit', { bucket: 'b', region: 'r' }, 'bucket', 'token-cco'],
    ['token-cco', 'explicit', { bucket: 'b', region: 'r' }, 'region', 'token-cco'],
  ] as const)('C9: S3 %s mode (%s) without %s', (_, __, data, key, mode) => {
    const withoutKey: Record<string, string> = { ...data };
    delete withoutKey[key];
    const findings = run(spec('s3', mode), { storageSecret: secret(withoutKey) });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'C9',
        message: `storage secret must contain "${key}" field`,
      }),
    ]);
  });

  it('C9: role_arn alone makes an S3 secret token-mode', () => {
    expect(rules(spec('s3'), { storageSecret: secret({ role_arn: 'r' }) })).toEqual(['C9', 'C9']);
  });

  it.each([
    ['static', AZURE_STATIC, 'account_key', 'static'],
    ['static', AZURE_STATIC, 'container', undefined],
    ['token', AZURE_TOKEN, 'client_id', undefined],
    ['token', AZURE_TOKEN, 'account_name', 'token'],
  ] as const)('C10: Azure %s secret without %s', (_, data, key, mode) => {
    const withoutKey: Record<string, string> = { ...data };
    delete withoutKey[key];
    expect(run(spec('azure', mode), { storageSecret: secret(withoutKey) })).toEqual([
      expect.objectContaining({
        rule: 'C10',
        message: `storage secret must contain "${key}" field`,
      }),
    ]);
  });

  it.each([[secret(AZURE_TOKEN)], [undefined]])('C11: Azure token-cco is rejected (%#)', (s) => {
    expect(validateStorage(spec('azure', 'token-cco'), { storageSecret: s })).toEqual([
      expect.objectContaining({
        rule: 'C11',
        path: 'spec.storage.secret.name',
        message: 'not supported by azure secret credential mode',
        value: 'token-cco',
        valueFormat: 'json',
      }),
    ]);
  });

  it('C12: Azure with custom TLS, once the keys are fine', () => {
    const s = spec('azure', undefined, { enabled: true });
    expect(run(s, { storageSecret: secret(AZURE_STATIC) })).toEqual([
      {
        rule: 'C12',
        path: 'spec.storage.tls.enabled',
        severity: 'error',
        message: 'custom TLS settings are not supported for Azure Storage',
      },
    ]);
    expect(rules(s, { storageSecret: secret({}) })).toEqual(['C10', 'C10', 'C10']);
    expect(rules(s, {})).toEqual(['C12']);
  });

  it.each([
    [{ bucketname: 'b' }, 'missing secret field key.json', 'gcsKeyJsonMissing'],
    [{ 'key.json': '' }, 'missing secret field key.json', 'gcsKeyJsonMissing'],
    [
      { 'key.json': '{not json' },
      'gcp storage secret cannot be parsed from JSON content',
      'gcsKeyJsonInvalid',
    ],
    [
      { 'key.json': '[]' },
      'gcp storage secret cannot be parsed from JSON content',
      'gcsKeyJsonInvalid',
    ],
    [
      { 'key.json': '{"type": 1}' },
      'gcp storage secret cannot be parsed from JSON content',
      'gcsKeyJsonInvalid',
    ],
    [
      { 'key.json': '{"credential_source": "x"}' },
      'gcp storage secret cannot be parsed from JSON content',
      'gcsKeyJsonInvalid',
    ],
    [
      { 'key.json': '{"credential_source": {"file": 3}}' },
      'gcp storage secret cannot be parsed from JSON content',
      'gcsKeyJsonInvalid',
    ],
  ])('C13: GCS mode discovery fails for %j', (data, message, code) => {
    expect(validateStorage(spec('gcs'), { storageSecret: secret(data) })).toEqual([
      expect.objectContaining({ rule: 'C13', path: 'spec.storage.secret.name', message, code }),
    ]);
  });

  it.each([
    ['a service account key', { type: 'service_account', private_key: 'pk' }],
    ['JSON null', null],
    ['no type', { credential_source: null, type: null }],
  ])('C13: GCS static (%s) needs no other key', (_, key) => {
    expect(
      validateStorage(spec('gcs'), { storageSecret: secret({ 'key.json': gcsKey(key) }) }),
    ).toEqual([]);
  });

  it('C14: a valid GCS workload identity secret passes', () => {
    expect(validateStorage(spec('gcs'), { storageSecret: secret(GCS_TOKEN) })).toEqual([]);
  });

  it('C14: GCS token mode needs bucketname', () => {
    const data: Record<string, string> = { ...GCS_TOKEN };
    delete data.bucketname;
    expect(run(spec('gcs'), { storageSecret: secret(data) })).toEqual([
      expect.objectContaining({
        rule: 'C14',
        message: 'storage secret must contain "bucketname" field',
      }),
    ]);
  });

  it.each([
    [{ type: 'external_account', credential_source: { file: '/tmp/token' } }],
    [{ type: 'external_account' }],
    [{ TYPE: 'external_account', Credential_Source: { FILE: '/other' } }],
  ])('C14: the credential source must point to the token file: %j', (key) => {
    const data = { bucketname: 'b', 'key.json': gcsKey(key) };
    expect(run(spec('gcs'), { storageSecret: secret(data) })).toEqual([
      expect.objectContaining({
        rule: 'C14',
        message: 'credential source in secret needs to point to token file',
      }),
    ]);
  });

  it('C14: Go matches key.json fields case-insensitively, the last one winning', () => {
    const keyJson =
      '{"type": "service_account", "Type": "external_account", "credential_source": {"file": "/x", "File": "' +
      GCS_TOKEN_FILE +
      '"}}';
    expect(
      validateStorage(spec('gcs'), {
        storageSecret: secret({ bucketname: 'b', 'key.json': keyJson }),
      }),
    ).toEqual([]);
  });

  it('C14: explicit token mode still parses key.json', () => {
    const data = { bucketname: 'b', 'key.json': 'nope' };
    expect(rules(spec('gcs', 'token'), { storageSecret: secret(data) })).toEqual(['C13']);
  });

  it.each([[secret(GCS_TOKEN)], [undefined]])('C15: GCS token-cco is rejected (%#)', (s) => {
    expect(run(spec('gcs', 'token-cco'), { storageSecret: s })).toEqual([
      expect.objectContaining({ rule: 'C15', message: 'credential mode not supported for GCS' }),
    ]);
  });

  it('C16: GCS with custom TLS', () => {
    const s = spec('gcs', 'static', { enabled: true });
    expect(run(s, { storageSecret: secret({}) })).toEqual([
      {
        rule: 'C16',
        path: 'spec.storage.tls.enabled',
        severity: 'error',
        message: 'custom TLS settings are not supported for Google Cloud Storage',
      },
    ]);
  });

  const configMap = (data: Record<string, string>): ConfigMapInput => ({ name: 'ca', data });

  it.each([
    [{}, ['C17']],
    [{ 'service-ca.crt': '' }, ['C17']],
    [{ 'tls.crt': 'x' }, ['C17']],
    [{ 'service-ca.crt': 'pem' }, []],
    [{ 'ca.crt': 'pem' }, []],
    [{ 'ca-bundle.crt': 'pem' }, []],
  ])('C17: CA ConfigMap %j → %j', (data, expected) => {
    const s = spec('s3', undefined, { enabled: true, caName: 'ca' });
    const findings = validateStorage(s, {
      storageSecret: secret(S3_STATIC),
      caConfigMap: configMap(data),
    });
    expect(findings.map((f) => f.rule)).toEqual(expected);
    if (expected.length > 0) {
      expect(findings[0]).toMatchObject({
        path: 'spec.storage.tls.caName',
        message: "CA ConfigMap must contain a 'service-ca.crt', 'ca.crt', or 'ca-bundle.crt' key",
        value: 'ca',
      });
    }
  });

  it('C17: the CA is checked only with TLS enabled and a caName, after the keys', () => {
    const bad = configMap({});
    expect(
      rules(spec('s3', undefined, { enabled: false, caName: 'ca' }), { caConfigMap: bad }),
    ).toEqual([]);
    expect(rules(spec('s3', undefined, { enabled: true }), { caConfigMap: bad })).toEqual([]);
    expect(
      rules(spec('s3', undefined, { enabled: true, caName: 'ca' }), {
        storageSecret: secret({}),
        caConfigMap: bad,
      }),
    ).toEqual(['C7', 'C7', 'C7', 'C7']);
    expect(
      rules(spec('s3', 'token', { enabled: true, caName: 'ca' }), { caConfigMap: bad }),
    ).toEqual(['C17']);
  });

  it('skips the secret checks while the secret is not looked up', () => {
    expect(validateStorage(spec('s3'), {})).toEqual([]);
    expect(validateStorage(spec('azure'), {})).toEqual([]);
    expect(validateStorage(spec('gcs'), {})).toEqual([]);
  });

  it('never puts a secret value into a finding', () => {
    const values = [
      'very-secret-value',
      'AKIAEXAMPLE',
      'azure-key-value',
      'pk-secret',
      's3.amazonaws.com',
    ];
    const cases: [TempoStackSpec, Record<string, string>][] = [
      [
        spec('s3'),
        {
          access_key_id: 'AKIAEXAMPLE',
          access_key_secret: 'very-secret-value',
          endpoint: 's3.amazonaws.com',
        },
      ],
      [spec('s3'), { access_key_secret: 'very-secret-value', region: 'eu' }],
      [spec('azure'), { account_key: 'azure-key-value' }],
      [spec('gcs'), { 'key.json': '{"private_key": "pk-secret", "type": 5}' }],
      [
        spec('gcs', 'token'),
        { 'key.json': '{"private_key": "pk-secret", "type": "external_account"}' },
      ],
    ];
    const findings = cases.flatMap(([s, data]) =>
      validateStorage(s, { storageSecret: secret(data) }),
    );
    expect(findings.length).toBeGreaterThanOrEqual(cases.length);
    const text = JSON.stringify(findings);
    for (const value of values) expect(text).not.toContain(value);
  });
});

describe('storageSecretRequirements', () => {
  it.each([
    ['s3', 'static', ['bucket', 'endpoint', 'access_key_id', 'access_key_secret']],
    ['s3', 'token', ['bucket', 'region', 'role_arn']],
    ['s3', 'token-cco', ['bucket', 'region']],
    ['azure', 'static', ['container', 'account_name', 'account_key']],
    ['azure', 'token', ['container', 'account_name', 'client_id', 'tenant_id']],
    ['azure', 'token-cco', []],
    ['gcs', 'static', ['bucketname', 'key.json']],
    ['gcs', 'token', ['bucketname', 'key.json']],
    ['gcs', 'token-cco', []],
  ] as const)('%s %s needs %j', (type, mode, expected) => {
    expect(storageSecretRequirements(type, mode)).toEqual(expected);
  });

  it('returns a fresh list each time', () => {
    const keys = storageSecretRequirements('s3', 'token');
    keys.push('extra');
    expect(storageSecretRequirements('s3', 'token')).toEqual(['bucket', 'region', 'role_arn']);
  });

  it.each([
    ['s3', 'token-cco', true],
    ['azure', 'token-cco', false],
    ['gcs', 'token-cco', false],
    ['gcs', 'static', true],
  ] as const)('storageCredentialModeSupported(%s, %s) is %s', (type, mode, expected) => {
    expect(storageCredentialModeSupported(type, mode)).toBe(expected);
  });
});
