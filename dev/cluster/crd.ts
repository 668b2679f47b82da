/** CustomResourceDefinitions: loading the Tempo CRDs from `data/crds`, and turning a CRD into a served type. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from './api';
import { type FieldError, invalid } from './errors';
import {
  deepClone,
  getRecord,
  getString,
  getStringArray,
  isRecord,
  type JsonObject,
} from './json-util';
import type { PrinterColumn, ResourceType, VersionSpec } from './resource-type';
import { allVerbs } from './resource-type';

/** This file's directory, under both ESM (Vitest) and CommonJS (tsx without `"type": "module"`). */
const here =
  typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

/** `data/crds` of this repository. */
export const defaultCrdDir = path.resolve(here, '../../data/crds');

/** Parsed CRD files by directory (parsing the Tempo CRDs takes a while; clusters are many in tests). */
const parsedCrds = new Map<string, KubeObject[]>();

/** Reads every CRD in `*.yaml` files of a directory. */
export function loadCrdFiles(dir: string = defaultCrdDir): KubeObject[] {
  const cached = parsedCrds.get(dir);
  if (cached) return deepClone(cached);
  const crds: KubeObject[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(file)) continue;
    for (const doc of parseAllDocuments(readFileSync(path.join(dir, file), 'utf8'))) {
      const value: unknown = doc.toJS();
      if (isRecord(value) && value.kind === 'CustomResourceDefinition') {
        const crd = value as KubeObject;
        // Files exported from a cluster carry a null status and timestamp; the API server sets them.
        delete crd.status;
        delete crd.metadata.creationTimestamp;
        crds.push(crd);
      }
    }
  }
  parsedCrds.set(dir, crds);
  return deepClone(crds);
}

function printerColumns(version: JsonObject): PrinterColumn[] | undefined {
  const columns = version.additionalPrinterColumns;
  if (!Array.isArray(columns)) return undefined;
  return columns.filter(isRecord).map((c) => ({
    name: getString(c, 'name') ?? '',
    type: getString(c, 'type') ?? 'string',
    jsonPath: getString(c, 'jsonPath') ?? '',
    description: getString(c, 'description'),
    format: getString(c, 'format'),
    priority: typeof c.priority === 'number' ? c.priority : 0,
  }));
}

/** Validates the parts of a CRD the simulator relies on (422 in Kubernetes' wording). */
export function validateCrd(crd: KubeObject): void {
  const errors: FieldError[] = [];
  const spec = getRecord(crd, 'spec');
  const group = getString(spec, 'group') ?? '';
  const names = getRecord(spec, 'names');
  const plural = getString(names, 'plural') ?? '';
  if (!group) errors.push({ type: 'FieldValueRequired', field: 'spec.group' });
  if (!plural) errors.push({ type: 'FieldValueRequired', field: 'spec.names.plural' });
  if (!getString(names, 'kind'))
    errors.push({ type: 'FieldValueRequired', field: 'spec.names.kind' });
  const scope = getString(spec, 'scope');
  if (scope !== 'Namespaced' && scope !== 'Cluster') {
    errors.push({
      type: 'FieldValueNotSupported',
      field: 'spec.scope',
      value: scope ?? '',
      detail: 'supported values: "Cluster", "Namespaced"',
    });
  }
  if (group && plural && crd.metadata.name !== `${plural}.${group}`) {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'metadata.name',
      value: crd.metadata.name,
      detail: 'must be spec.names.plural+"."+spec.group',
    });
  }
  const versions = Array.isArray(spec?.versions) ? spec.versions.filter(isRecord) : [];
  if (versions.length === 0)
    errors.push({
      type: 'FieldValueInvalid',
      field: 'spec.versions',
      value: [],
      detail: 'must have exactly one version marked as storage version',
    });
  else if (versions.filter((v) => v.storage === true).length !== 1) {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'spec.versions',
      value: versions.map((v) => getString(v, 'name') ?? ''),
      detail: 'must have exactly one version marked as storage version',
    });
  }
  if (errors.length)
    throw invalid('apiextensions.k8s.io', 'CustomResourceDefinition', crd.metadata.name, errors);
}

/** The served type of a CRD. */
export function crdToType(crd: KubeObject): ResourceType {
  const spec = getRecord(crd, 'spec') ?? {};
  const names = getRecord(spec, 'names') ?? {};
  const kind = getString(names, 'kind') ?? '';
  const versions: (VersionSpec & { subresources?: JsonObject })[] = (
    Array.isArray(spec.versions) ? spec.versions : []
  )
    .filter(isRecord)
    .map((v) => ({
      name: getString(v, 'name') ?? '',
      served: v.served !== false,
      storage: v.storage === true,
      schema: getRecord(getRecord(v, 'schema'), 'openAPIV3Schema'),
      printerColumns: printerColumns(v),
      selectableFields: (Array.isArray(v.selectableFields) ? v.selectableFields : [])
        .map((f) => getString(f, 'jsonPath') ?? '')
        .filter(Boolean)
        .map((p) => p.replace(/^\./, '')),
      subresources: getRecord(v, 'subresources'),
    }))
    .filter((v) => v.served);
  versions.sort((a, b) => versionPriority(b.name) - versionPriority(a.name));
  const firstSub = versions[0]?.subresources ?? {};
  const subresources: string[] = [];
  if (isRecord(firstSub.status)) subresources.push('status');
  const scale = getRecord(firstSub, 'scale');
  if (scale) subresources.push('scale');
  return {
    group: getString(spec, 'group') ?? '',
    kind,
    listKind: getString(names, 'listKind') ?? `${kind}List`,
    plural: getString(names, 'plural') ?? '',
    singular: getString(names, 'singular') ?? kind.toLowerCase(),
    namespaced: getString(spec, 'scope') !== 'Cluster',
    shortNames: getStringArray(names, 'shortNames'),
    categories: getStringArray(names, 'categories'),
    versions: versions.map(({ subresources: _s, ...v }) => v),
    verbs: allVerbs,
    subresources,
    scale: scale
      ? {
          specReplicasPath: getString(scale, 'specReplicasPath') ?? '.spec.replicas',
          statusReplicasPath: getString(scale, 'statusReplicasPath') ?? '.status.replicas',
          labelSelectorPath: getString(scale, 'labelSelectorPath'),
        }
      : undefined,
    crd: true,
    generation: true,
    fieldSelectors: versions[0]?.selectableFields ?? [],
  };
}

/**
 * Kubernetes' version priority: GA > beta > alpha, then by major and minor number, then others
 * alphabetically (as `version.CompareKubeAwareVersionStrings`).
 */
export function versionPriority(version: string): number {
  const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!m) return 0;
  const major = Number(m[1]);
  const stage = m[2] === 'alpha' ? 1 : m[2] === 'beta' ? 2 : 3;
  const minor = m[3] ? Number(m[3]) : 0;
  return stage * 1_000_000 + major * 1_000 + minor;
}

/** The CRD status the API server reports once the names are accepted. */
export function establishedStatus(crd: KubeObject, now: string): JsonObject {
  const spec = getRecord(crd, 'spec') ?? {};
  const versions = (Array.isArray(spec.versions) ? spec.versions : []).filter(isRecord);
  const storage = versions.find((v) => v.storage === true);
  return {
    acceptedNames: getRecord(spec, 'names') ?? {},
    conditions: [
      {
        type: 'NamesAccepted',
        status: 'True',
        lastTransitionTime: now,
        reason: 'NoConflicts',
        message: 'no conflicts found',
      },
      {
        type: 'Established',
        status: 'True',
        lastTransitionTime: now,
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ],
    storedVersions: storage ? [getString(storage, 'name') ?? ''] : [],
  };
}
