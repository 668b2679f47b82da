import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createTar, paxRecord, splitUstarPath, treeEntries } from './tar';

interface ReadEntry {
  path: string;
  type: string;
  mode: number;
  size: number;
  mtime: number;
  data: string;
}

const decoder = new TextDecoder();
const field = (block: Uint8Array, offset: number, width: number) =>
  decoder.decode(block.subarray(offset, offset + width)).replace(/\0.*$/s, '');
const octal = (block: Uint8Array, offset: number, width: number) =>
  parseInt(field(block, offset, width).trim() || '0', 8);

/** A reader written from the POSIX spec: checks every header's checksum and magic. */
const readTar = (archive: Uint8Array): ReadEntry[] => {
  const entries: ReadEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + 512 <= archive.length) {
    const block = archive.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const stored = octal(block, 148, 8);
    const sum = block.reduce((acc, b, i) => acc + (i >= 148 && i < 156 ? 32 : b), 0);
    expect(sum).toBe(stored);
    expect(field(block, 257, 6)).toBe('ustar');
    expect(field(block, 263, 2)).toBe('00');
    const size = octal(block, 124, 12);
    const type = field(block, 156, 1);
    const data = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      paxPath = /\d+ path=(.*)\n/.exec(decoder.decode(data))?.[1];
      continue;
    }
    const prefix = field(block, 345, 155);
    const name = field(block, 0, 100);
    entries.push({
      path: paxPath ?? (prefix ? `${prefix}/${name}` : name),
      type,
      mode: octal(block, 100, 8),
      size,
      mtime: octal(block, 136, 12),
      data: decoder.decode(data),
    });
    paxPath = undefined;
  }
  expect(archive.length % 512).toBe(0);
  expect(archive.subarray(archive.length - 1024).every((b) => b === 0)).toBe(true);
  return entries;
};

const longDir = `namespaces/${'n'.repeat(63)}/tempostack/${'s'.repeat(63)}`;
const FILES = [
  { path: 'timestamp', content: 'start\nend\n' },
  {
    path: 'namespaces/chainsaw-route/tempostack/simplest/tempostack-simplest.yaml',
    content: 'kind: TempoStack\n',
  },
  { path: `${longDir}/serviceaccount-${'x'.repeat(90)}.yaml`, content: 'prefix + name split' },
  { path: `${longDir}/configmap-${'y'.repeat(120)}.yaml`, content: 'needs a PAX header' },
  { path: 'namespaces/ns/pods/pod-ünïcode/tempo/tempo/logs/current.log', content: 'ünïcode ✓\n' },
  { path: 'empty.log', content: '' },
  { path: 'exactly-512', content: 'z'.repeat(512) },
];
const AT = new Date('2026-07-01T10:15:03Z');
const work = mkdtempSync(path.join(tmpdir(), 'tar-spec-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('splitUstarPath', () => {
  it.each([
    ['short', { name: 'short', prefix: '' }],
    [`${'a'.repeat(150)}/${'b'.repeat(100)}`, { name: 'b'.repeat(100), prefix: 'a'.repeat(150) }],
    [`${'a'.repeat(156)}/b`, undefined],
    [`a/${'b'.repeat(101)}`, undefined],
    ['ünïcode', undefined],
  ])('%s', (p, expected) => {
    expect(splitUstarPath(p)).toEqual(expected);
  });
});

describe('paxRecord', () => {
  it.each([
    ['path', 'a', '9 path=a\n'],
    ['path', 'x'.repeat(91), `101 path=${'x'.repeat(91)}\n`],
    ['path', 'x'.repeat(90), `99 path=${'x'.repeat(90)}\n`],
  ])('counts its own length (%s=%s)', (key, value, expected) => {
    const record = paxRecord(key, value);
    expect(record).toBe(expected);
    expect(Number(record.split(' ')[0])).toBe(new TextEncoder().encode(record).length);
  });
});

describe('createTar', () => {
  const entries = treeEntries('bundle', FILES);
  const archive = createTar(entries, { mtime: AT });

  it('writes headers a reader accepts, with long and non-ASCII paths intact', () => {
    const read = readTar(archive);
    expect(read.filter((e) => e.type === '0').map((e) => [e.path, e.data])).toEqual(
      [...FILES]
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((f) => [`bundle/${f.path}`, f.content]),
    );
    expect(read.find((e) => e.path === 'bundle/timestamp')).toMatchObject({
      mode: 0o644,
      mtime: AT.getTime() / 1000,
    });
  });

  it('adds every parent directory once, 0750, before its files', () => {
    const read = readTar(archive);
    const dirs = read.filter((e) => e.type === '5').map((e) => e.path);
    expect(dirs).toContain('bundle/');
    expect(dirs).toContain('bundle/namespaces/chainsaw-route/tempostack/simplest/');
    expect(new Set(dirs).size).toBe(dirs.length);
    expect(read.filter((e) => e.type === '5').every((e) => e.mode === 0o750 && e.size === 0)).toBe(
      true,
    );
    const index = (p: string) => read.findIndex((e) => e.path === p);
    expect(index('bundle/namespaces/')).toBeLessThan(
      index('bundle/namespaces/chainsaw-route/tempostack/simplest/tempostack-simplest.yaml'),
    );
  });

  it('is read by GNU tar (list and extract, gzip by fflate)', () => {
    const file = path.join(work, 'bundle.tar.gz');
    writeFileSync(file, gzipSync(archive, { mtime: AT }));
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(entries.map((e) => e.path));
    execFileSync('tar', ['-xzf', file, '-C', work]);
    for (const f of FILES) {
      expect(readFileSync(path.join(work, 'bundle', f.path), 'utf8')).toBe(f.content);
    }
  });

  it('round-trips through gzip', () => {
    expect(gunzipSync(gzipSync(archive))).toEqual(archive);
  });

  it.each(['/abs', '../up', 'a/../../b', ''])('refuses the unsafe path %j', (p) => {
    expect(() => createTar([{ path: p, data: 'x' }])).toThrow(/unsafe path/);
  });

  it('accepts bytes and explicit directory entries', () => {
    const read = readTar(
      createTar([
        { path: 'd', type: 'directory' },
        { path: 'd/b', data: new Uint8Array([104, 105]), mode: 0o600, mtime: AT },
      ]),
    );
    expect(read.map((e) => [e.path, e.type, e.data, e.mode])).toEqual([
      ['d/', '5', '', 0o755],
      ['d/b', '0', 'hi', 0o600],
    ]);
  });
});
