/**
 * Creating scenario objects: YAML files or object lists, each object created through the API (so
 * admission, defaults and validation apply) and left alone when it already exists.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { ClusterApi, KubeObject, RequestUser } from '../cluster/api';
import { isConflict } from '../controllers/api-errors';

/** The objects of a multi-document YAML file (empty documents skipped). */
export const readYamlObjects = (file: string): KubeObject[] =>
  parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null && typeof o === 'object' && 'kind' in o);

/** What {@link createObjects} did. */
export interface CreateReport {
  created: KubeObject[];
  existing: string[];
  warnings: string[];
}

/** Creates each object in order; an object that already exists is kept as it is. */
export const createObjects = async (
  api: ClusterApi,
  objects: KubeObject[],
  user?: RequestUser,
): Promise<CreateReport> => {
  const report: CreateReport = { created: [], existing: [], warnings: [] };
  for (const object of objects) {
    const ref = api.resourceFor(object.apiVersion, object.kind);
    try {
      const result = await api.create(ref, structuredClone(object), user ? { user } : {});
      report.created.push(result.object);
      report.warnings.push(...result.warnings);
    } catch (error) {
      if (!isConflict(error)) throw error;
      report.existing.push(
        `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`,
      );
    }
  }
  return report;
};

/** A namespace object, optionally labelled. */
export const namespace = (name: string, labels: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});

/** An Opaque Secret from plain-text values. */
export const secret = (ns: string, name: string, values: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: ns },
  type: 'Opaque',
  stringData: values,
});

/** A TempoStack. */
export const tempoStack = (
  ns: string,
  name: string,
  spec: Record<string, unknown>,
  labels?: Record<string, string>,
): KubeObject => ({
  apiVersion: 'tempo.grafana.com/v1alpha1',
  kind: 'TempoStack',
  metadata: { name, namespace: ns, ...(labels ? { labels } : {}) },
  spec,
});
