/**
 * Creating and deleting an in-cluster must-gather run's objects through the console proxy, with
 * the user's identity. A failed creation removes what it had created; deletion treats 404 as done.
 */
import { consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { listPath, objectPath } from '../tempostack/must-gather/collection-plan';
import type { RunObject } from '../tempostack/must-gather/in-cluster-run';
import type { CleanupStep } from '../tempostack/must-gather/run-cleanup';
import { errorMessage, errorStatus } from './collector-api';
import { K8S_API_PREFIX } from './console-collector-api';

/** The objects created so far, by kind. */
export type CreatedKinds = string[];

/** A deletion that failed. */
export interface CleanupError {
  kind: string;
  name: string;
  status?: number;
  message: string;
}

/** Creates the objects in order; reports each one created. Throws the first failure. */
export const createRunObjects = async (
  objects: readonly RunObject[],
  onCreated: (kind: string) => void,
  isCancelled: () => boolean,
): Promise<void> => {
  for (const { resource, object } of objects) {
    if (isCancelled()) return;
    const namespace = resource.namespaced ? object.metadata.namespace : undefined;
    await consoleFetchJSON.post(`${K8S_API_PREFIX}${listPath(resource, namespace)}`, object);
    onCreated(object.kind);
  }
};

/** Deletes every step (in order); returns the deletions that failed (404 counts as deleted). */
export const deleteRunObjects = async (steps: readonly CleanupStep[]): Promise<CleanupError[]> => {
  const errors: CleanupError[] = [];
  for (const step of steps) {
    try {
      await consoleFetchJSON.delete(
        `${K8S_API_PREFIX}${objectPath(step.resource, step.name, step.namespace)}`,
        { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: 'Background' },
      );
    } catch (error) {
      const status = errorStatus(error);
      if (status !== 404) {
        errors.push({
          kind: step.kind,
          name: step.name,
          ...(status ? { status } : {}),
          message: errorMessage(error),
        });
      }
    }
  }
  return errors;
};
