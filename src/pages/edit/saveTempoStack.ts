import { k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, errorStatus } from '../../hooks/api-error';
import { withTypeMeta } from '../../hooks/useTempoStack';
import { TempoStackModel } from '../../k8s/models';
import type { JsonPatchOperation } from '../../tempostack/form/edit-patch';
import type { TempoStack } from '../../tempostack/types';

/** How a save ended. */
export type SaveOutcome =
  | { kind: 'saved'; stack: TempoStack }
  | { kind: 'conflict'; current: TempoStack }
  | { kind: 'error'; message: string };

/**
 * Sends the edit as a JSON patch guarded by the opened `resourceVersion`. On 409 Conflict it reads
 * the current object so the user can see what changed on the server.
 */
export const saveTempoStack = async (
  opened: TempoStack,
  patch: JsonPatchOperation[],
): Promise<SaveOutcome> => {
  try {
    const stack = await k8sPatch({ model: TempoStackModel, resource: opened, data: patch });
    return { kind: 'saved', stack: withTypeMeta(stack) };
  } catch (error) {
    if (errorStatus(error) !== 409) return { kind: 'error', message: errorMessage(error) };
    try {
      const current = await k8sGet<TempoStack>({
        model: TempoStackModel,
        name: opened.metadata.name,
        ns: opened.metadata.namespace,
      });
      return { kind: 'conflict', current: withTypeMeta(current) };
    } catch (readError) {
      return { kind: 'error', message: errorMessage(readError) };
    }
  }
};
