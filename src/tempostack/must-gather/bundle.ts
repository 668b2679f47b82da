/**
 * Assembles the files of a TempoStack diagnostics bundle from what the collector read: the
 * upstream must-gather files (same paths and names), the additions support asks for, the plugin's
 * findings, the `timestamp` file and a collection report. Every object and text passes through the
 * redaction pass before it is written.
 */
import type { PodLike, TempoStack } from '../types';
import type {
  BundleFile,
  CollectionFailure,
  CollectionNote,
  CollectionStats,
  KubeObjectLike,
} from './bundle-types';
import {
  allocationReport,
  healthReport,
  inventoryReport,
  storageCredentialValues,
  storageSecretReport,
  validationReport,
  type StorageSecretLookup,
} from './findings';
import {
  COLLECTION_REPORT_PATH,
  containerLogPath,
  coreListPath,
  diagnosticsPath,
  instanceObjectPath,
  olmObjectPath,
  operatorDeploymentPath,
  operatorLogPath,
  TIMESTAMP_PATH,
  timestampFile,
} from './layout';
import { createRedactor } from './redaction';
import { REDACTION_RULES, type RedactionCounts } from './redaction-rules';
import { describeNote, describePart } from './report-text';
import { UPSTREAM_KINDS_NOT_LISTED } from './selection';
import { toYaml } from './yaml-writer';

/** One container log as read (`previous`: the log of the container's previous instance). */
export interface ContainerLog {
  pod: string;
  container: string;
  previous: boolean;
  text: string;
}

/** The operator's own objects (admins only). */
export interface OperatorData {
  deployment?: KubeObjectLike;
  /** The pod whose `manager` log was read (upstream takes the first pod). */
  podName?: string;
  managerLog?: string;
  /** Operator, OperatorGroup, Subscription, InstallPlan, ClusterServiceVersion objects. */
  olm: KubeObjectLike[];
}

/** Everything the collector read for one TempoStack. */
export interface CollectedData {
  stack: TempoStack;
  startedAt: Date;
  finishedAt: Date;
  /** Objects selected by the upstream rule, with `apiVersion` and `kind` set. */
  owned: KubeObjectLike[];
  /** Kinds whose list succeeded (for the inventory comparison). */
  listedKinds: string[];
  pods: PodLike[];
  pvcs: KubeObjectLike[];
  events: KubeObjectLike[];
  logs: ContainerLog[];
  storageSecret?: StorageSecretLookup;
  operator?: OperatorData;
  failures: CollectionFailure[];
  /** Things deliberately not collected, and why (not failures). */
  notes: CollectionNote[];
  stats: CollectionStats;
  options: { tailLines: number; pluginVersion?: string };
}

/** What the bundle holds, for the summary shown before the download. */
export interface BundleSummary {
  files: number;
  bytes: number;
  ownedObjects: number;
  pods: number;
  logs: number;
  events: number;
  operatorIncluded: boolean;
  failures: number;
  redactions: RedactionCounts;
}

/** The bundle's files, sorted by path, and its summary. */
export interface Bundle {
  files: BundleFile[];
  summary: BundleSummary;
}

const list = (kind: string, items: readonly unknown[]) => ({
  apiVersion: 'v1',
  kind,
  metadata: {},
  items,
});

/** Builds the bundle's files (redacted) from the collected data. */
export const buildBundle = (data: CollectedData): Bundle => {
  const { stack } = data;
  const ns = stack.metadata.namespace ?? '';
  const name = stack.metadata.name ?? '';
  const redactor = createRedactor(storageCredentialValues(data.storageSecret));
  const files: BundleFile[] = [];
  const text = (path: string, content: string) =>
    files.push({ path, content: redactor.text(content) });
  const yaml = (path: string, value: unknown) => text(path, toYaml(redactor.object(value)));

  text(TIMESTAMP_PATH, timestampFile(data.startedAt, data.finishedAt));
  yaml(instanceObjectPath(ns, name, 'TempoStack', name), stack);
  for (const object of data.owned) {
    yaml(instanceObjectPath(ns, name, object.kind ?? '', object.metadata?.name ?? ''), object);
  }
  if (data.pods.length) yaml(coreListPath(ns, 'pods'), list('PodList', data.pods));
  if (data.pvcs.length)
    yaml(coreListPath(ns, 'persistentvolumeclaims'), list('PersistentVolumeClaimList', data.pvcs));
  if (data.events.length) yaml(coreListPath(ns, 'events'), list('EventList', data.events));
  for (const log of data.logs)
    text(containerLogPath(ns, log.pod, log.container, log.previous), log.text);

  yaml(diagnosticsPath(ns, name, 'allocation'), allocationReport(stack));
  yaml(diagnosticsPath(ns, name, 'validation'), validationReport(stack, data.storageSecret));
  yaml(diagnosticsPath(ns, name, 'health'), healthReport(stack, data.owned, data.pods));
  yaml(diagnosticsPath(ns, name, 'storage-secret'), storageSecretReport(stack, data.storageSecret));
  yaml(
    diagnosticsPath(ns, name, 'inventory'),
    inventoryReport(stack, data.owned, data.listedKinds),
  );

  const operator = data.operator;
  if (operator?.deployment?.metadata?.name) {
    yaml(operatorDeploymentPath(operator.deployment.metadata.name), operator.deployment);
  }
  if (operator?.podName && operator.managerLog !== undefined) {
    text(operatorLogPath(operator.podName), operator.managerLog);
  }
  for (const object of operator?.olm ?? []) {
    yaml(olmObjectPath(object.kind ?? '', object.metadata?.name ?? ''), object);
  }

  const counts = redactor.counts();
  // The report is the plugin's own text: only the API server's messages in it go through the
  // text pass (the object pass would redact counts such as `knownSecretValue: 2`).
  const failures = data.failures.map(({ target, ...f }) => ({
    what: describePart(target),
    ...f,
    reason: redactor.text(f.reason),
  }));
  files.push({
    path: COLLECTION_REPORT_PATH,
    content: toYaml({
      tool: 'tempo-console-plugin',
      ...(data.options.pluginVersion ? { pluginVersion: data.options.pluginVersion } : {}),
      tempoStack: { namespace: ns, name, uid: stack.metadata.uid ?? '' },
      startedAt: data.startedAt.toISOString(),
      finishedAt: data.finishedAt.toISOString(),
      complete: data.failures.length === 0,
      layout:
        'Tempo Operator must-gather (namespaces/<ns>/tempostack/<name>/<kind>-<name>.yaml, deployment-<operator>.yaml, olm/); pods, PVCs, events and logs as oc adm inspect writes them',
      options: { tailLines: data.options.tailLines },
      collected: {
        ownedObjects: data.owned.length,
        pods: data.pods.length,
        persistentVolumeClaims: data.pvcs.length,
        events: data.events.length,
        containerLogs: data.logs.length,
        operator: !!operator?.deployment,
        olmObjects: operator?.olm.length ?? 0,
      },
      failures,
      notes: data.notes.map((note) => redactor.text(describeNote(note))),
      upstreamKindsNotListed: UPSTREAM_KINDS_NOT_LISTED,
      redaction: { counts, rules: REDACTION_RULES },
      stats: data.stats,
    }),
  });

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const encoder = new TextEncoder();
  return {
    files,
    summary: {
      files: files.length,
      bytes: files.reduce((n, f) => n + encoder.encode(f.content).length, 0),
      ownedObjects: data.owned.length,
      pods: data.pods.length,
      logs: data.logs.length,
      events: data.events.length,
      operatorIncluded: !!operator?.deployment,
      failures: data.failures.length,
      redactions: counts,
    },
  };
};
