/**
 * Validation the API server applies to every object (names, labels) and to the built-in kinds the
 * simulated workloads use (selectors, containers, immutable fields), with Kubernetes' wording.
 */
import type { KubeObject } from './api';
import { type FieldError, notSupported } from './errors';
import { fromLabelSelectorObject, matchesLabels } from './label-selector';
import { deepEqual, getRecord, isRecord, type JsonObject } from './json-util';

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const qualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

const subdomainMessage =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelMessage =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const dns1035Message =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const labelValueMessage =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function checkName(name: string, kind: string, errors: FieldError[]): void {
  const field = 'metadata.name';
  if (kind === 'Namespace') {
    if (name.length > 63)
      errors.push({
        type: 'FieldValueInvalid',
        field,
        value: name,
        detail: 'must be no more than 63 characters',
      });
    if (!dns1123Label.test(name))
      errors.push({ type: 'FieldValueInvalid', field, value: name, detail: labelMessage });
  } else if (kind === 'Service') {
    if (name.length > 63)
      errors.push({
        type: 'FieldValueInvalid',
        field,
        value: name,
        detail: 'must be no more than 63 characters',
      });
    if (!dns1035Label.test(name))
      errors.push({ type: 'FieldValueInvalid', field, value: name, detail: dns1035Message });
  } else if (kind !== 'Event') {
    if (name.length > 253)
      errors.push({
        type: 'FieldValueInvalid',
        field,
        value: name,
        detail: 'must be no more than 253 characters',
      });
    if (!dns1123Subdomain.test(name))
      errors.push({ type: 'FieldValueInvalid', field, value: name, detail: subdomainMessage });
  }
}

function checkLabels(labels: unknown, errors: FieldError[]): void {
  if (!isRecord(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
    if (!qualifiedName.test(name) || name.length > 63) {
      errors.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        value: key,
        detail:
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      });
    }
    const v = typeof value === 'string' ? value : String(value);
    if (typeof value !== 'string' || !labelValue.test(v) || v.length > 63) {
      errors.push({
        type: 'FieldValueInvalid',
        field: 'metadata.labels',
        value: v,
        detail: labelValueMessage,
      });
    }
  }
}

/** Checks common to every kind: name and labels. */
export function validateObjectMeta(object: KubeObject): FieldError[] {
  const errors: FieldError[] = [];
  checkName(object.metadata.name, object.kind, errors);
  checkLabels(object.metadata.labels, errors);
  return errors;
}

function validatePodSpec(spec: JsonObject | undefined, path: string, errors: FieldError[]): void {
  const containers = spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    errors.push({ type: 'FieldValueRequired', field: `${path}.containers` });
    return;
  }
  containers.forEach((c, i) => {
    if (!isRecord(c) || !c.name)
      errors.push({ type: 'FieldValueRequired', field: `${path}.containers[${i}].name` });
    if (!isRecord(c) || !c.image)
      errors.push({ type: 'FieldValueRequired', field: `${path}.containers[${i}].image` });
  });
}

function validateWorkload(object: KubeObject, errors: FieldError[]): void {
  const spec = getRecord(object, 'spec') ?? {};
  if (typeof spec.replicas === 'number' && spec.replicas < 0) {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'spec.replicas',
      value: spec.replicas,
      detail: 'must be greater than or equal to 0',
    });
  }
  const template = getRecord(spec, 'template');
  const selector = fromLabelSelectorObject(spec.selector);
  if (!selector) errors.push({ type: 'FieldValueRequired', field: 'spec.selector' });
  else if (selector.length === 0 && object.kind !== 'Job') {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'spec.selector',
      value: spec.selector,
      detail: 'empty selector is invalid for deployment',
    });
  }
  const labels = getRecord(getRecord(template, 'metadata'), 'labels') as
    Record<string, string> | undefined;
  if (selector && selector.length && !matchesLabels(selector, labels)) {
    errors.push({
      type: 'FieldValueInvalid',
      field: 'spec.template.metadata.labels',
      value: labels ?? {},
      detail: '`selector` does not match template `labels`',
    });
  }
  validatePodSpec(getRecord(template, 'spec'), 'spec.template.spec', errors);
  if (object.kind === 'Job') {
    const restart = getRecord(template, 'spec')?.restartPolicy;
    if (restart !== 'OnFailure' && restart !== 'Never') {
      errors.push(
        notSupported('spec.template.spec.restartPolicy', restart ?? '', ['OnFailure', 'Never']),
      );
    }
  }
}

/** Kind-specific validation of a new or updated object. */
export function validateBuiltin(object: KubeObject, old?: KubeObject): FieldError[] {
  const errors = validateObjectMeta(object);
  const spec = getRecord(object, 'spec');
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'Job':
      validateWorkload(object, errors);
      break;
    case 'Pod':
      validatePodSpec(spec, 'spec', errors);
      break;
    case 'Service':
      if (
        spec?.type !== 'ExternalName' &&
        spec?.clusterIP !== 'None' &&
        !(Array.isArray(spec?.ports) && spec.ports.length)
      ) {
        errors.push({ type: 'FieldValueRequired', field: 'spec.ports' });
      }
      break;
    case 'PodDisruptionBudget':
      if (spec && spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
        errors.push({
          type: 'FieldValueInvalid',
          field: 'spec',
          value: spec,
          detail: 'minAvailable and maxUnavailable cannot be both set',
        });
      }
      break;
  }
  if (old) validateImmutable(object, old, errors);
  return errors;
}

function without(value: JsonObject | undefined, keys: string[]): JsonObject {
  const copy: JsonObject = { ...(value ?? {}) };
  for (const k of keys) delete copy[k];
  return copy;
}

function validateImmutable(object: KubeObject, old: KubeObject, errors: FieldError[]): void {
  const spec = getRecord(object, 'spec');
  const oldSpec = getRecord(old, 'spec');
  const immutable = (field: string, a: unknown, b: unknown): void => {
    if (!deepEqual(a, b))
      errors.push({ type: 'FieldValueInvalid', field, value: a, detail: 'field is immutable' });
  };
  switch (object.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      immutable('spec.selector', spec?.selector, oldSpec?.selector);
      break;
    case 'StatefulSet': {
      const allowed = [
        'replicas',
        'ordinals',
        'template',
        'updateStrategy',
        'persistentVolumeClaimRetentionPolicy',
        'minReadySeconds',
      ];
      if (!deepEqual(without(spec, allowed), without(oldSpec, allowed))) {
        errors.push({
          type: 'FieldValueForbidden',
          field: 'spec',
          detail:
            "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
        });
      }
      break;
    }
    case 'Job':
      immutable('spec.selector', spec?.selector, oldSpec?.selector);
      immutable('spec.template', spec?.template, oldSpec?.template);
      immutable('spec.completions', spec?.completions, oldSpec?.completions);
      break;
    case 'Service':
      if (
        oldSpec?.clusterIP &&
        spec?.clusterIP !== undefined &&
        spec.clusterIP !== oldSpec.clusterIP
      ) {
        errors.push({
          type: 'FieldValueInvalid',
          field: 'spec.clusterIPs[0]',
          value: spec.clusterIP,
          detail: 'may not change once set',
        });
      }
      break;
    case 'Pod': {
      // Images, activeDeadlineSeconds and tolerations may change; nodeName may be set once (binding).
      const mutable = (s: JsonObject | undefined): unknown => {
        const copy = without(s, [
          'activeDeadlineSeconds',
          'tolerations',
          'terminationGracePeriodSeconds',
        ]);
        if (!oldSpec?.nodeName) delete copy.nodeName;
        for (const key of ['containers', 'initContainers']) {
          if (Array.isArray(copy[key]))
            copy[key] = (copy[key] as unknown[]).map((c) =>
              without(isRecord(c) ? c : {}, ['image']),
            );
        }
        return copy;
      };
      if (!deepEqual(mutable(spec), mutable(oldSpec))) {
        errors.push({
          type: 'FieldValueForbidden',
          field: 'spec',
          detail:
            'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
        });
      }
      break;
    }
    case 'PersistentVolumeClaim': {
      const keep = (s: JsonObject | undefined): JsonObject => {
        const copy = without(s, ['resources', 'volumeAttributesClassName']);
        if (!oldSpec?.volumeName) delete copy.volumeName;
        return copy;
      };
      if (!deepEqual(keep(spec), keep(oldSpec))) {
        errors.push({
          type: 'FieldValueForbidden',
          field: 'spec',
          detail:
            'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
        });
      }
      break;
    }
    case 'Secret':
    case 'ConfigMap':
      if (old.immutable === true) {
        if (!deepEqual(object.data, old.data))
          errors.push({
            type: 'FieldValueForbidden',
            field: 'data',
            detail: 'field is immutable when `immutable` is set',
          });
        if (object.immutable !== true)
          errors.push({
            type: 'FieldValueForbidden',
            field: 'immutable',
            detail: 'field is immutable when `immutable` is set',
          });
      }
      break;
  }
}
