import { emptyFormValues } from './form-values';
import { draftStorageKey, parseDraft, toDraft } from './draft';

describe('draft', () => {
  const values = () => {
    const v = emptyFormValues('team-a');
    v.name = 'tempo';
    v.storage.secretSource = 'new';
    v.newSecret = {
      preset: 'minio',
      region: '',
      data: { endpoint: 'http://minio:9000', access_key_secret: 'supersecret', bucket: '' },
    };
    return v;
  };

  it('never contains a Secret value, only the keys that had one', () => {
    const text = JSON.stringify(toDraft(values(), undefined, new Date('2026-01-02T03:04:05Z')));
    expect(text).not.toContain('supersecret');
    expect(text).not.toContain('http://minio:9000');
    const draft = parseDraft(text);
    expect(draft?.secretKeysEntered).toEqual(['endpoint', 'access_key_secret']);
    expect(draft?.values.newSecret.data).toEqual({});
    expect(draft?.savedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('restores the values and the YAML base', () => {
    const base = {
      apiVersion: 'tempo.grafana.com/v1alpha1' as const,
      kind: 'TempoStack' as const,
      metadata: { name: 'tempo' },
      spec: { storage: { secret: { name: 'x', type: 's3' as const } } },
    };
    const draft = parseDraft(JSON.stringify(toDraft(values(), base, new Date())));
    expect(draft?.values.name).toBe('tempo');
    expect(draft?.values.storage.secretSource).toBe('new');
    expect(draft?.base).toEqual(base);
  });

  it('fills fields missing from an older draft and ignores mistyped ones', () => {
    const stored = { format: 1, values: { name: 42, namespace: 'ns', query: { host: 'h' } } };
    const draft = parseDraft(JSON.stringify(stored));
    expect(draft?.values.name).toBe('');
    expect(draft?.values.namespace).toBe('ns');
    expect(draft?.values.query.host).toBe('h');
    expect(draft?.values.query.ingressType).toBe('none');
    expect(draft?.values.sizing.components.ingester.replicas).toBe('');
  });

  it.each([null, '', 'not json', '[]', '{"format":2,"values":{}}', '{"format":1}'])(
    'rejects %j',
    (text) => {
      expect(parseDraft(text)).toBeUndefined();
    },
  );

  it('keys the draft by the namespace the wizard was opened in', () => {
    expect(draftStorageKey('a')).not.toBe(draftStorageKey('b'));
    expect(draftStorageKey(undefined)).toBe(draftStorageKey(''));
  });
});
