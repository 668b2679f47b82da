import { k8sCreate, k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage } from '../../hooks/api-error';
import { SecretModel, TempoStackModel } from '../../k8s/models';
import type { StorageSecretObject } from '../../tempostack/form/secret-presets';
import type { TempoStack } from '../../tempostack/types';

/** How a create attempt ended. */
export type CreateOutcome =
  | { ok: true; stack: TempoStack }
  | {
      ok: false;
      /** Which request failed. */
      failed: 'secret' | 'tempostack';
      /** The API server's message (never contains a Secret value: only the TempoStack is echoed). */
      message: string;
      /** After a failed TempoStack: whether the Secret created just before was removed again. */
      secretCleanup?: { name: string; removed: boolean; message?: string };
    };

/**
 * Creates the inline Secret (if any), then the TempoStack. If the TempoStack is rejected, the
 * Secret created here is deleted again, so nothing is left half-made; the outcome says whether
 * that worked.
 */
export const createTempoStack = async (
  stack: TempoStack,
  secret?: StorageSecretObject,
): Promise<CreateOutcome> => {
  if (secret) {
    try {
      await k8sCreate({ model: SecretModel, data: secret });
    } catch (error) {
      // The Secret's own error (e.g. AlreadyExists) names it but never echoes its data.
      return { ok: false, failed: 'secret', message: errorMessage(error) };
    }
  }
  try {
    const created = await k8sCreate<TempoStack & { metadata: { name: string } }>({
      model: TempoStackModel,
      data: stack as TempoStack & { metadata: { name: string } },
    });
    return { ok: true, stack: created };
  } catch (error) {
    const message = errorMessage(error);
    if (!secret) return { ok: false, failed: 'tempostack', message };
    const name = secret.metadata.name;
    try {
      await k8sDelete({
        model: SecretModel,
        resource: {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name, namespace: secret.metadata.namespace },
        },
      });
      return { ok: false, failed: 'tempostack', message, secretCleanup: { name, removed: true } };
    } catch (cleanupError) {
      return {
        ok: false,
        failed: 'tempostack',
        message,
        secretCleanup: { name, removed: false, message: errorMessage(cleanupError) },
      };
    }
  }
};
