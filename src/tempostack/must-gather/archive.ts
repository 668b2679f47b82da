/**
 * The bundle as a `.tar.gz`: every file under one top directory named like the archive
 * (`must-gather-tempostack-<ns>-<name>-<timestamp>/`), directories 0750 as upstream creates them,
 * gzip by fflate.
 */
import { gzipSync } from 'fflate';
import type { BundleFile } from './bundle-types';
import { bundleBaseName, bundleFileName } from './layout';
import { createTar, treeEntries } from './tar';

/** A finished archive: its file name and bytes. */
export interface BundleArchive {
  fileName: string;
  bytes: Uint8Array;
}

/** Packs the files into `must-gather-tempostack-<ns>-<name>-<timestamp>.tar.gz`. */
export const createBundleArchive = (
  files: readonly BundleFile[],
  stack: { namespace: string; name: string },
  createdAt: Date,
): BundleArchive => {
  const root = bundleBaseName(stack.namespace, stack.name, createdAt);
  const tar = createTar(treeEntries(root, files), { mtime: createdAt });
  return {
    fileName: bundleFileName(stack.namespace, stack.name, createdAt),
    bytes: gzipSync(tar, { level: 6, mtime: createdAt, filename: `${root}.tar` }),
  };
};
