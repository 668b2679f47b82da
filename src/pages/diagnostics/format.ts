/** `1.5 KiB`, `12.3 MiB`: sizes in binary units with one decimal. */
export const formatBytes = (bytes: number): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`;
};

/** `2.5 s`: a duration in seconds with one decimal. */
export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
