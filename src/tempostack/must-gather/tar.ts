/**
 * A small POSIX tar (ustar) writer. Paths up to 100 bytes go into the header's `name`; longer ASCII
 * paths are split into `prefix` (≤155 bytes) and `name` at a `/`; paths that cannot be split, and
 * non-ASCII paths, get a PAX extended header (`typeflag x`, record `path=…`), which GNU tar,
 * bsdtar and Go's archive/tar read.
 */

/** One entry of the archive. Directories end with `/` or have `type: 'directory'`. */
export interface TarEntry {
  path: string;
  type?: 'file' | 'directory';
  /** File content (UTF-8 for strings). */
  data?: Uint8Array | string;
  /** Permission bits; default 0644 for files, 0755 for directories. */
  mode?: number;
  /** Modification time; default the archive's `mtime`. */
  mtime?: Date;
}

const BLOCK = 512;
const encoder = new TextEncoder();

const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** An octal field of `width` bytes: digits padded with zeros, then NUL. */
const octal = (value: number, width: number): string => {
  const digits = Math.floor(value).toString(8);
  if (digits.length > width - 1) throw new Error(`tar: value ${value} does not fit ${width} bytes`);
  return `${digits.padStart(width - 1, '0')}\0`;
};

const writeString = (
  header: Uint8Array,
  offset: number,
  width: number,
  value: string | Uint8Array,
) => {
  const bytes = typeof value === 'string' ? utf8(value) : value;
  header.set(bytes.subarray(0, width), offset);
};

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** `{ name, prefix }` for a ustar header, or undefined when the path needs a PAX header. */
export const splitUstarPath = (path: string): { name: string; prefix: string } | undefined => {
  if (!isAscii(path)) return undefined;
  if (path.length <= 100) return { name: path, prefix: '' };
  // The last '/' that leaves a prefix of at most 155 bytes and a non-empty name of at most 100.
  for (let i = Math.min(155, path.length - 1); i > 0; i -= 1) {
    if (path[i] !== '/') continue;
    const name = path.slice(i + 1);
    if (name.length === 0 || name.length > 100) return undefined;
    return { name, prefix: path.slice(0, i) };
  }
  return undefined;
};

const header = (fields: {
  name: string;
  prefix: string;
  mode: number;
  size: number;
  mtime: number;
  type: string;
}): Uint8Array => {
  const h = new Uint8Array(BLOCK);
  writeString(h, 0, 100, fields.name);
  writeString(h, 100, 8, octal(fields.mode, 8));
  writeString(h, 108, 8, octal(0, 8));
  writeString(h, 116, 8, octal(0, 8));
  writeString(h, 124, 12, octal(fields.size, 12));
  writeString(h, 136, 12, octal(fields.mtime, 12));
  writeString(h, 148, 8, '        ');
  writeString(h, 156, 1, fields.type);
  writeString(h, 257, 6, 'ustar\0');
  writeString(h, 263, 2, '00');
  writeString(h, 345, 155, fields.prefix);
  const sum = h.reduce((acc, b) => acc + b, 0);
  writeString(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
};

/** One PAX record: `<length> <key>=<value>\n`, the length counting itself. */
export const paxRecord = (keyword: string, value: string): string => {
  const body = ` ${keyword}=${value}\n`;
  const bodyLength = utf8(body).length;
  let length = bodyLength + 1;
  while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
  return `${length}${body}`;
};

const padding = (size: number): Uint8Array => new Uint8Array((BLOCK - (size % BLOCK)) % BLOCK);

/** A name that fits the ustar `name` field, for entries whose real path is in a PAX header. */
const fallbackName = (path: string): string => {
  const ascii = path.replace(/[^\x20-\x7e]/g, '_');
  return ascii.length <= 100 ? ascii : ascii.slice(ascii.length - 100);
};

/** Writes a tar archive (ends with two zero blocks). */
export const createTar = (
  entries: readonly TarEntry[],
  options: { mtime?: Date } = {},
): Uint8Array => {
  const chunks: Uint8Array[] = [];
  const defaultTime = Math.floor((options.mtime ?? new Date(0)).getTime() / 1000);
  for (const entry of entries) {
    const isDir = entry.type === 'directory' || entry.path.endsWith('/');
    const path = isDir && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
    if (path === '' || path.startsWith('/') || path.split('/').includes('..')) {
      throw new Error(`tar: unsafe path "${entry.path}"`);
    }
    const data = isDir
      ? new Uint8Array(0)
      : typeof entry.data === 'string'
        ? utf8(entry.data)
        : (entry.data ?? new Uint8Array(0));
    const mtime = entry.mtime ? Math.floor(entry.mtime.getTime() / 1000) : defaultTime;
    const mode = entry.mode ?? (isDir ? 0o755 : 0o644);
    let split = splitUstarPath(path);
    if (!split) {
      const pax = utf8(paxRecord('path', path));
      chunks.push(
        header({
          name: fallbackName(`PaxHeaders/${path}`),
          prefix: '',
          mode: 0o644,
          size: pax.length,
          mtime,
          type: 'x',
        }),
        pax,
        padding(pax.length),
      );
      split = { name: fallbackName(path), prefix: '' };
    }
    chunks.push(
      header({ ...split, mode, size: data.length, mtime, type: isDir ? '5' : '0' }),
      data,
      padding(data.length),
    );
  }
  chunks.push(new Uint8Array(BLOCK * 2));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
};

/**
 * The entries of a file tree under `root`: a directory entry for every directory (parents first),
 * then the files, all sorted by path.
 */
export const treeEntries = (
  root: string,
  files: readonly { path: string; content: string }[],
): TarEntry[] => {
  const dirs = new Set<string>([`${root}/`]);
  for (const file of files) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i += 1) dirs.add(`${root}/${parts.slice(0, i).join('/')}/`);
  }
  return [
    ...[...dirs].map((path) => ({ path, type: 'directory' as const, mode: 0o750 })),
    ...files.map((f) => ({ path: `${root}/${f.path}`, data: f.content })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
