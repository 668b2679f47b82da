/**
 * The must-gather bundle layout: the paths and file names the Tempo Operator's must-gather tool
 * (v0.22.0, `cmd/gather`) writes, and where the plugin puts what it collects in addition
 * (must-gather.md §4, §5, §7). Every path is relative to the collection directory.
 */

/** The kind directory of a TempoStack inside `namespaces/<ns>/`. */
export const TEMPOSTACK_DIR = 'tempostack';

/** Lower-cased kind, as upstream derives the file prefix from the object's Kind. */
export const kindPrefix = (kind: string): string => kind.toLowerCase();

/** `metadata.name` with every `.` replaced by `-`, as upstream names files. */
export const fileSafeName = (name: string): string => name.replace(/\./g, '-');

/** `<kind>-<name>.yaml`: the file name upstream gives an object. */
export const objectFileName = (kind: string, name: string): string =>
  `${kindPrefix(kind)}-${fileSafeName(name)}.yaml`;

/** `namespaces/<ns>/tempostack/<name>`: the directory of one TempoStack and its owned objects. */
export const instanceDir = (namespace: string, name: string): string =>
  `namespaces/${namespace}/${TEMPOSTACK_DIR}/${name}`;

/** Path of the TempoStack itself or of an object it owns. */
export const instanceObjectPath = (
  namespace: string,
  stackName: string,
  kind: string,
  objectName: string,
): string => `${instanceDir(namespace, stackName)}/${objectFileName(kind, objectName)}`;

/** `deployment-<name>.yaml` at the root: the operator's Deployment (admins only). */
export const operatorDeploymentPath = (deploymentName: string): string =>
  objectFileName('Deployment', deploymentName);

/** The operator's `manager` log: a file named after the pod, without an extension. */
export const operatorLogPath = (podName: string): string => podName;

/** `olm/<kind>-<name>.yaml` (dots in the name become dashes, as upstream). */
export const olmObjectPath = (kind: string, name: string): string =>
  `olm/${objectFileName(kind, name)}`;

/** `timestamp` at the root: start and end time, one per line (as `oc adm must-gather` writes). */
export const TIMESTAMP_PATH = 'timestamp';

/** What the plugin collected, what failed and why, and the collector's counters. */
export const COLLECTION_REPORT_PATH = 'collection-report.yaml';

/*
 * Additions upstream leaves out. Pods, PVCs, events and container logs follow the layout of
 * `oc adm inspect` (which support tools such as omg read); the plugin's own findings go into a
 * `diagnostics/` directory beside the instance's object files.
 */

/** `namespaces/<ns>/core/<resource>.yaml`: a `List` of one kind (e.g. `pods`, `events`). */
export const coreListPath = (
  namespace: string,
  resource: 'pods' | 'persistentvolumeclaims' | 'events',
): string => `namespaces/${namespace}/core/${resource}.yaml`;

/** `namespaces/<ns>/pods/<pod>/<container>/<container>/logs/{current,previous}.log`. */
export const containerLogPath = (
  namespace: string,
  pod: string,
  container: string,
  previous: boolean,
): string =>
  `namespaces/${namespace}/pods/${pod}/${container}/${container}/logs/${previous ? 'previous' : 'current'}.log`;

/** `namespaces/<ns>/tempostack/<name>/diagnostics/<file>.yaml`: the plugin's findings. */
export const diagnosticsPath = (
  namespace: string,
  stackName: string,
  file: 'allocation' | 'validation' | 'health' | 'storage-secret' | 'inventory',
): string => `${instanceDir(namespace, stackName)}/diagnostics/${file}.yaml`;

/** Compact UTC time for file names: `20260701T101500Z`. */
export const fileTimestamp = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** `must-gather-tempostack-<ns>-<name>-<timestamp>`: the archive's base name and top directory. */
export const bundleBaseName = (namespace: string, name: string, date: Date): string =>
  `must-gather-tempostack-${namespace}-${name}-${fileTimestamp(date)}`;

/** `must-gather-tempostack-<ns>-<name>-<timestamp>.tar.gz`. */
export const bundleFileName = (namespace: string, name: string, date: Date): string =>
  `${bundleBaseName(namespace, name, date)}.tar.gz`;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A time as Go's `time.Time.String()` prints it in UTC, the format of the `timestamp` file of
 * `oc adm must-gather`: `2026-07-01 10:15:00.123 +0000 UTC` (no monotonic clock part).
 */
export const goTimeString = (date: Date): string => {
  const millis = date.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${pad(millis, 3).replace(/0+$/, '')}`;
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` +
    `${fraction} +0000 UTC`
  );
};

/** Content of the `timestamp` file: the start and the end of the collection. */
export const timestampFile = (startedAt: Date, finishedAt: Date): string =>
  `${goTimeString(startedAt)}\n${goTimeString(finishedAt)}\n`;
