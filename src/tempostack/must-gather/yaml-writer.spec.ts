import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './yaml-writer';

/** Reads YAML back as YAML 1.2 (core schema) and as YAML 1.1 (what go-yaml/kubectl speak). */
const readBoth = (text: string) => [
  parse(text) as unknown,
  parse(text, { version: '1.1' }) as unknown,
];

const TRICKY_STRINGS = [
  '',
  ' ',
  '  lead',
  'trail ',
  'true',
  'False',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'N',
  'null',
  'Null',
  '~',
  '0',
  '007',
  '1.5',
  '-1',
  '+1',
  '.5',
  '1e3',
  '0x1F',
  '0o17',
  '1_000',
  '12:30',
  '12:30:45',
  '2026-07-01',
  '2026-07-01T10:00:00Z',
  '.inf',
  '-.inf',
  '.nan',
  'NaN',
  'Infinity',
  '-',
  '- item',
  '? q',
  ': x',
  'a: b',
  'a #b',
  'a#b',
  '#comment',
  '&anchor',
  '*alias',
  '!tag',
  '!!str',
  '|',
  '>',
  '%YAML',
  '@at',
  '`tick',
  '"dq"',
  "'sq'",
  '[a]',
  '{a: 1}',
  ',',
  '<<',
  '=',
  'a:',
  'http://minio:9000',
  'docker.io/grafana/tempo:2.10.8',
  'a\tb',
  'tab\t',
  'ünïcode ✓',
  'emoji 🚀',
  'nul\u0000byte',
  'bell\u0007',
  'del\u007f',
  'nel\u0085',
  'ls\u2028ps\u2029',
  'bom\ufeff',
  'back\\slash',
  'line\nbreak',
  'trailing newline\n',
  'two\n\n',
  'keep\n\n\n',
  '\nleading newline',
  ' leading space\nline',
  'crlf\r\nline',
  '\t tab start\nx',
  'x\n  indented\n',
  'a\n\n\nb',
  'ends with space \nx',
  '---\ndoc marker',
  'x\n---\n...',
  '\n',
  '\n\n',
  'p: "q"\n- r\n',
];

describe('toYaml', () => {
  it.each(TRICKY_STRINGS.map((s) => [JSON.stringify(s), s]))(
    'reads %s back exactly (1.1 and 1.2)',
    (_label, s) => {
      for (const read of readBoth(toYaml({ value: s, [s]: 'as key', list: [s, [s]] }))) {
        expect(read).toEqual({ value: s, [s]: 'as key', list: [s, [s]] });
      }
    },
  );

  it('reads numbers, booleans, null and nesting back', () => {
    const data = {
      int: 42,
      negative: -7,
      float: 0.25,
      big: 1e21,
      bools: [true, false],
      nothing: null,
      empty: { map: {}, list: [] },
      nested: [{ a: [{ b: [1, [2, { c: 'd' }]] }] }, [], {}],
      'app.kubernetes.io/name': 'tempo',
    };
    for (const read of readBoth(toYaml(data))) expect(read).toEqual(data);
  });

  it('drops undefined like JSON and writes empty documents', () => {
    expect(toYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
    expect(toYaml({})).toBe('{}\n');
    expect(toYaml([])).toBe('[]\n');
    expect(toYaml(undefined)).toBe('null\n');
    expect(toYaml('text')).toBe('text\n');
    expect(readBoth(toYaml([undefined]))).toEqual([[null], [null]]);
  });

  it('writes like the Kubernetes serializer: sorted keys, sequences not indented, literal blocks', () => {
    const text = toYaml({
      metadata: { name: 'tempo-simplest', labels: { b: '2', a: '1' } },
      kind: 'ConfigMap',
      apiVersion: 'v1',
      data: { 'tempo.yaml': 'server:\n  http_listen_port: 3200\n' },
      items: [{ name: 'x', value: 'val' }, 'plain'],
    });
    expect(text).toBe(
      [
        'apiVersion: v1',
        'data:',
        '  tempo.yaml: |',
        '    server:',
        '      http_listen_port: 3200',
        'items:',
        '- name: x',
        '  value: val',
        '- plain',
        'kind: ConfigMap',
        'metadata:',
        '  labels:',
        '    a: "1"',
        '    b: "2"',
        '  name: tempo-simplest',
        '',
      ].join('\n'),
    );
  });

  it('round-trips random strings', () => {
    const alphabet = 'ab :#-\n\t"\'\\{}[],&*!|>%@`?~=+.0129yYnN\u00e9\u2028';
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 500; i += 1) {
      const s = Array.from(
        { length: Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      for (const read of readBoth(toYaml({ [s]: s, l: [s] })))
        expect(read).toEqual({ [s]: s, l: [s] });
    }
  });
});
