/**
 * Finalization and upgrade of a TempoStack. Finalization deletes the cluster-scoped objects that
 * owner references cannot collect. Upgrade (an instance whose `status.operatorVersion` is older)
 * raises the version fields; an unparsable version fails as upstream does: a `FailedUpgrade`
 * Warning event (the only event the operator records) and a `FailedUpgrade` ConfigurationError.
 * The individual upstream upgrade steps (spec rewrites up to v0.22.0) are not modelled.
 */
import { parseOperatorVersion } from '../../src/tempostack/effective-spec';
import type { TempoStack } from '../../src/tempostack/types';
import type { ClusterApi, KubeObject } from '../cluster/api';
import type { ControllerContext } from '../controllers/controller-context';
import { REFS } from '../controllers/refs';
import { ConfigurationError } from './config-checks';
import { OPERATOR_VERSION, TEMPO_VERSION } from './constants';
import { deleteClusterScoped } from './reconcile-objects';

/** Deletes what the finalizer guards. */
export const finalizeStack = (api: ClusterApi, stack: TempoStack): Promise<void> =>
  deleteClusterScoped(api, stack);

/** Upgrades an instance written by an older operator; returns the (possibly updated) stack. */
export const upgradeStack = async (
  ctx: ControllerContext,
  stack: TempoStack & KubeObject,
  log: (level: 'info', msg: string, fields?: Record<string, unknown>) => void,
): Promise<TempoStack & KubeObject> => {
  const from = stack.status?.operatorVersion;
  if (!from || from === OPERATOR_VERSION) return stack;
  const parsed = /^\d+\.\d+\.\d+/.test(from) ? parseOperatorVersion(from) : undefined;
  if (!parsed) {
    const message = 'automated upgrade is not possible, the CR instance must be corrected manually';
    log('info', message, { from_version: from, to_version: OPERATOR_VERSION });
    void ctx.recorder.record(stack, 'Warning', 'FailedUpgrade', message, {
      component: 'tempo-operator',
    });
    throw new ConfigurationError('FailedUpgrade', `error during upgrade: Invalid Semantic Version`);
  }
  const current = parseOperatorVersion(OPERATOR_VERSION) ?? [0, 22, 0];
  const diff = parsed.map((v, i) => v - current[i]).find((d) => d !== 0) ?? 0;
  if (diff > 0) return stack; // Newer than the operator: left alone, as upstream.
  const status = {
    ...stack.status,
    operatorVersion: OPERATOR_VERSION,
    tempoVersion: TEMPO_VERSION,
  };
  const updated = (
    await ctx.api.update(REFS.tempoStacks, { ...stack, status }, { subresource: 'status' })
  ).object;
  log('info', 'upgraded instance', { from_version: from, to_version: OPERATOR_VERSION });
  return updated;
};
