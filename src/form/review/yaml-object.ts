import type { TempoStack } from '../../tempostack/types';
import { TEMPOSTACK_API_VERSION, TEMPOSTACK_KIND } from '../../tempostack/types';
import { isJsonObject } from '../../tempostack/form/object-path';

/** The object as the YAML editor shows it: without status and managed fields. */
export const editableObject = (stack: TempoStack): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...stack };
  delete copy.status;
  const metadata: Record<string, unknown> = { ...stack.metadata };
  delete metadata.managedFields;
  return { ...copy, metadata };
};

export type YamlObjectProblem = 'notTempoStack' | 'nameChanged';

/** Checks a parsed YAML document; returns the TempoStack (status taken from `current`) or a problem. */
export const readYamlObject = (
  parsed: unknown,
  current: TempoStack,
  lockName: boolean,
): TempoStack | YamlObjectProblem => {
  if (
    !isJsonObject(parsed) ||
    parsed.apiVersion !== TEMPOSTACK_API_VERSION ||
    parsed.kind !== TEMPOSTACK_KIND ||
    !isJsonObject(parsed.metadata) ||
    !isJsonObject(parsed.spec)
  ) {
    return 'notTempoStack';
  }
  const stack = parsed as unknown as TempoStack;
  if (
    lockName &&
    (stack.metadata.name !== current.metadata.name ||
      stack.metadata.namespace !== current.metadata.namespace)
  ) {
    return 'nameChanged';
  }
  const managedFields = current.metadata?.managedFields;
  return {
    ...stack,
    metadata: managedFields ? { ...stack.metadata, managedFields } : stack.metadata,
    ...(current.status ? { status: current.status } : {}),
  };
};
