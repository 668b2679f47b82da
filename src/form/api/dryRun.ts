import { SecretModel, TempoStackModel } from '../../k8s/models';
import type { JsonPatchOperation } from '../../tempostack/form/edit-patch';
import type { StorageSecretObject } from '../../tempostack/form/secret-presets';
import type { TempoStack } from '../../tempostack/types';
import type { DryRunAnswer } from '../review/useDryRun';
import { resourceUrl, sendForWarnings } from './k8sApi';

const DRY_RUN = { dryRun: 'All' };

/** What the wizard would create, checked by the API server without storing anything. */
export interface CreateDryRunInput {
  stack: TempoStack;
  secret?: StorageSecretObject;
}

/** Dry-runs the inline Secret (if any) and the TempoStack create requests. */
export const runCreateDryRun = async ({
  stack,
  secret,
}: CreateDryRunInput): Promise<DryRunAnswer[]> => {
  const namespace = stack.metadata.namespace ?? '';
  const answers: DryRunAnswer[] = [];
  if (secret) {
    answers.push({
      kind: 'Secret',
      answer: await sendForWarnings(
        'POST',
        resourceUrl(SecretModel, namespace, undefined, DRY_RUN),
        secret,
      ),
    });
  }
  answers.push({
    kind: 'TempoStack',
    answer: await sendForWarnings(
      'POST',
      resourceUrl(TempoStackModel, namespace, undefined, DRY_RUN),
      stack,
    ),
  });
  return answers;
};

/** An edit of a stored TempoStack, checked by the API server without storing anything. */
export interface PatchDryRunInput {
  opened: TempoStack;
  patch: JsonPatchOperation[];
}

/** Dry-runs the edit's JSON patch (with its resourceVersion guard). */
export const runPatchDryRun = async ({
  opened,
  patch,
}: PatchDryRunInput): Promise<DryRunAnswer[]> => [
  {
    kind: 'TempoStack',
    answer: await sendForWarnings(
      'PATCH',
      resourceUrl(TempoStackModel, opened.metadata.namespace ?? '', opened.metadata.name, DRY_RUN),
      patch,
      'application/json-patch+json',
    ),
  },
];
