import type { BundleArchive } from '../tempostack/must-gather/archive';

/** Hands the archive to the browser as a download named after it. */
export const saveArchive = (archive: BundleArchive): void => {
  const blob = new Blob([archive.bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = archive.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
