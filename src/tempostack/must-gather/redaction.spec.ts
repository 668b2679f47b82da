import { describe, expect, it } from 'vitest';
import { createRedactor } from './redaction';
import { REDACTION_RULES, type RedactionRule } from './redaction-rules';
import { isRedactableValue, isSensitiveName, REDACTED } from './sensitive-names';
import { toYaml } from './yaml-writer';

describe('isSensitiveName', () => {
  it.each([
    'S3_SECRET_KEY',
    'S3_ACCESS_KEY',
    'access_key_id',
    'access_key_secret',
    'AZURE_ACCOUNT_KEY',
    'account_key',
    'clientSecret',
    'client_secret',
    'password',
    'DB_PASSWORD',
    'passwd',
    'token',
    'BEARER_TOKEN',
    'apiKey',
    'x-api-key',
    '--cookie-secret',
    'openshift.io/token-secret.value',
    'privateKey',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'sas_token',
    'connectionString',
    'secret',
  ])('%s holds a secret', (name) => {
    expect(isSensitiveName(name)).toBe(true);
  });

  it.each([
    'secretName',
    'serving-cert-secret-name',
    'service.beta.openshift.io/serving-cert-secret-name',
    'cookie-secret-file',
    'tls_key_path',
    'tenant_header_key',
    'endpoint',
    'bucket',
    'name',
    'key',
    'tls.key',
    'caName',
    'token_ttl',
    'openshift.io/token-secret.name',
    'secretRef',
    'password_file',
    'kubectl.kubernetes.io/last-applied-configuration',
    'keySecretHash',
    '',
    '---',
  ])('%s does not', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });
});

describe('isRedactableValue', () => {
  it.each(['abc', '"abc"', "'abc'", '12345678', '"!not-a-tag"', 'p@ss word'])(
    '%s is redacted',
    (v) => {
      expect(isRedactableValue(v)).toBe(true);
    },
  );
  it.each([
    '',
    '""',
    REDACTED,
    'true',
    'False',
    'null',
    '~',
    '/etc/secret/key',
    './x',
    '${S3_SECRET_KEY}',
    '$(TOKEN)',
    '$TOKEN',
    '|',
    '>-',
    '{}',
    '[]',
    '&a',
    '*a',
    '!tag',
  ])('%s is kept', (v) => {
    expect(isRedactableValue(v)).toBe(false);
  });
});

/** What the pass removes: one row per rule, the input and what is left. */
const REMOVES: [RedactionRule, string, string][] = [
  ['sensitiveField', 'password: hunter22', `password: ${REDACTED}`],
  ['sensitiveField', '  - client_secret: "abc"  ', `  - client_secret: "${REDACTED}"  `],
  [
    'sensitiveField',
    'openshift.io/token-secret.value: ey123',
    `openshift.io/token-secret.value: ${REDACTED}`,
  ],
  [
    'sensitiveField',
    'client_secret: |\n  line1\n  line2\nnext: 1',
    `client_secret: ${REDACTED}\nnext: 1`,
  ],
  [
    'sensitiveField',
    '{"clientSecret": "abc", "name": "x"}',
    `{"clientSecret": "${REDACTED}", "name": "x"}`,
  ],
  ['sensitiveField', '- --cookie-secret=abc123', `- --cookie-secret=${REDACTED}`],
  [
    'sensitiveField',
    'level=info access_key=AK msg="x"',
    `level=info access_key=${REDACTED} msg="x"`,
  ],
  ['sensitiveField', 'GET /x?token=abc&page=2', `GET /x?token=${REDACTED}&page=2`],
  ['sensitiveField', 'secret_key="quoted value"', `secret_key="${REDACTED}"`],
  [
    'privateKey',
    'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIE\n  -----END RSA PRIVATE KEY-----\n',
    `key: |\n  ${REDACTED} private key\n`,
  ],
  [
    'privateKey',
    '"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"',
    `"${REDACTED} private key\\n"`,
  ],
  [
    'urlCredentials',
    'endpoint: https://user:s3cr3t@minio:9000',
    `endpoint: https://user:${REDACTED}@minio:9000`,
  ],
  ['bearerToken', 'Authorization: Bearer abcdefgh12345', `Authorization: Bearer ${REDACTED}`],
  ['jwt', 'token eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl here', `token ${REDACTED} here`],
  ['awsAccessKeyId', 'key id AKIAIOSFODNN7EXAMPLE used', `key id ${REDACTED} used`],
];

/** What the pass keeps: names that only point at secrets, paths, references, ordinary config. */
const KEEPS = [
  'secretName: minio',
  'service.beta.openshift.io/serving-cert-secret-name: tempo-simplest-gateway-tls',
  '- --cookie-secret-file=/var/run/secrets/kubernetes.io/serviceaccount/token',
  '- --tls-key=/etc/tls/private/tls.key',
  'tls_key_path: /var/run/tls/server/tls.key',
  'tenant_header_key: x-scope-orgid',
  'secret_key: ${S3_SECRET_KEY}',
  'automountServiceAccountToken: true',
  'endpoint: http://minio:9000',
  'bucket: tempo',
  '- key: tempo.yaml',
  '  key: access_key_secret',
  'tempo.grafana.com/cert-hash-tempo-simplest-distributor-mtls: 3a4b',
  'level=info caller=main.go:118 msg="Starting Tempo" version=2.10.8',
  '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----',
  'Basic authentication is disabled',
];

describe('the text pass', () => {
  it('documents every rule it applies', () => {
    const documented = REDACTION_RULES.map((r) => r.rule);
    for (const [rule] of REMOVES) expect(documented).toContain(rule);
  });

  it.each(REMOVES)('%s: %j', (rule, input, output) => {
    const redactor = createRedactor();
    expect(redactor.text(input)).toBe(output);
    expect(redactor.counts()[rule]).toBeGreaterThan(0);
  });

  it.each(KEEPS)('keeps %j', (input) => {
    const redactor = createRedactor();
    expect(redactor.text(input)).toBe(input);
    expect(redactor.counts()).toEqual({});
  });

  it('scrubs known credential values of 8 characters or more everywhere, longest first', () => {
    const redactor = createRedactor(['supersecret', 'supersecret-longer', 'tempo']);
    expect(redactor.text('x=supersecret-longer y: supersecret bucket tempo')).toBe(
      `x=${REDACTED} y: ${REDACTED} bucket tempo`,
    );
    expect(redactor.counts().knownSecretValue).toBe(2);
  });

  it('escapes regular-expression characters in known values', () => {
    expect(createRedactor(['a.b*c(d)e[f]']).text('a.b*c(d)e[f] aXbbc')).toBe(`${REDACTED} aXbbc`);
  });
});

describe('the object pass', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'tempo-simplest-querier',
      managedFields: [{ manager: 'tempo-operator' }],
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"password":"x"}}',
        'tempo.grafana.com/config.hash': 'abc',
      },
    },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'tempo',
              args: ['-target=querier', '--password', 'hunter22', '--verbose', '--token', '-x'],
              env: [
                {
                  name: 'S3_SECRET_KEY',
                  valueFrom: { secretKeyRef: { name: 'minio', key: 'access_key_secret' } },
                },
                { name: 'DB_PASSWORD', value: 'hunter22' },
                { name: 'GOOGLE_APPLICATION_CREDENTIALS', value: '/etc/storage/secrets/key.json' },
                { name: 'GOMEMLIMIT', value: '1073741824' },
              ],
            },
          ],
        },
      },
    },
  };

  it('removes managed fields, last-applied-configuration, env values and flag values', () => {
    const redactor = createRedactor();
    const out = redactor.object(deployment);
    expect(out.metadata).toEqual({
      name: 'tempo-simplest-querier',
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': REDACTED,
        'tempo.grafana.com/config.hash': 'abc',
      },
    });
    const container = out.spec.template.spec.containers[0];
    expect(container.args).toEqual([
      '-target=querier',
      '--password',
      REDACTED,
      '--verbose',
      '--token',
      '-x',
    ]);
    expect(container.env).toEqual([
      {
        name: 'S3_SECRET_KEY',
        valueFrom: { secretKeyRef: { name: 'minio', key: 'access_key_secret' } },
      },
      { name: 'DB_PASSWORD', value: REDACTED },
      { name: 'GOOGLE_APPLICATION_CREDENTIALS', value: '/etc/storage/secrets/key.json' },
      { name: 'GOMEMLIMIT', value: '1073741824' },
    ]);
    expect(redactor.counts()).toEqual({
      managedFields: 1,
      lastAppliedConfiguration: 1,
      sensitiveEnvValue: 1,
      sensitiveFlagValue: 1,
    });
    expect(deployment.spec.template.spec.containers[0].env[1].value).toBe('hunter22');
  });

  it('never lets a Secret value through, keeping its key names', () => {
    const redactor = createRedactor();
    const secret = redactor.object({
      kind: 'Secret',
      metadata: { name: 'minio' },
      data: { a: 'c2VjcmV0', b: 'eA==' },
      stringData: { c: 'x' },
    });
    expect(secret).toEqual({
      kind: 'Secret',
      metadata: { name: 'minio' },
      data: { a: REDACTED, b: REDACTED },
      stringData: { c: REDACTED },
    });
    expect(redactor.counts().secretData).toBe(3);
  });

  it('redacts sensitive fields in nested structures (extraConfig) and keeps references', () => {
    const redactor = createRedactor();
    const spec = redactor.object({
      storage: { secret: { name: 'minio', type: 's3' } },
      extraConfig: {
        tempo: {
          storage: { trace: { s3: { secret_key: 'abc', access_key: 'AK', endpoint: 'e' } } },
        },
      },
      tokens: ['t1'],
    });
    expect(spec).toEqual({
      storage: { secret: { name: 'minio', type: 's3' } },
      extraConfig: {
        tempo: {
          storage: { trace: { s3: { secret_key: REDACTED, access_key: REDACTED, endpoint: 'e' } } },
        },
      },
      tokens: [REDACTED],
    });
  });

  it('leaves no secret in the YAML of a ConfigMap with embedded config', () => {
    const redactor = createRedactor();
    const configMap = {
      kind: 'ConfigMap',
      data: {
        'tempo.yaml':
          'storage:\n  trace:\n    s3:\n      endpoint: minio:9000\n      secret_key: abc123\n',
        'oidc.json': '{"issuer": "https://x", "client_secret": "abc123"}',
      },
    };
    const text = redactor.text(toYaml(redactor.object(configMap)));
    expect(text).not.toContain('abc123');
    expect(text).toContain('endpoint: minio:9000');
  });
});

describe('JSON inside a quoted string', () => {
  it('redacts \\"key\\": \\"value\\" pairs', () => {
    const redactor = createRedactor();
    expect(redactor.text('x: "{\\"client_secret\\": \\"abc\\", \\"id\\": \\"1\\"}"')).toBe(
      `x: "{\\"client_secret\\": \\"${REDACTED}\\", \\"id\\": \\"1\\"}"`,
    );
  });
});
