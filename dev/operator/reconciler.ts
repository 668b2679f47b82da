/**
 * The simulated Tempo Operator's TempoStack controller, following upstream v0.22.0: add the
 * finalizer; on deletion remove the cluster-scoped objects, then the finalizer; skip unmanaged
 * stacks; upgrade old instances; check storage and tenants (ConfigurationError, terminal);
 * create/update the objects and prune stale ones; then write the status from the component pods.
 * Watches (with upstream's predicates): TempoStacks (generation, annotations, deletion), owned
 * objects (generation change or deletion), owned Deployments/StatefulSets (also status changes)
 * and Secrets named as a stack's storage secret.
 */
import type { TempoStack } from '../../src/tempostack/types';
import { TEMPO_FINALIZER } from '../../src/tempostack/validation';
import type { KubeObject, ResourceRef } from '../cluster/api';
import { ignoreNotFound, isConflict } from '../controllers/api-errors';
import type { Controller, ControllerContext } from '../controllers/controller-context';
import { startInformer, type Informer } from '../controllers/informer';
import {
  canonicalJson,
  controllerOf,
  deepEqual,
  objectKey,
  splitKey,
} from '../controllers/objects';
import { REFS } from '../controllers/refs';
import { WorkQueue } from '../controllers/work-queue';
import { ConfigurationError } from './config-checks';
import { OPERATOR_VERSION, TEMPO_VERSION } from './constants';
import type { OperatorLog } from './operator-log';
import { reconcileObjects } from './reconcile-objects';
import {
  componentsCondition,
  componentsStatus,
  updateConditions,
  type WantedCondition,
} from './status';
import { finalizeStack, upgradeStack } from './lifecycle';

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : JSON.stringify(error);

/** Options of the reconciler. */
export interface ReconcilerOptions {
  /** Apps domain (route hosts, OAuth redirects); `null` = the base domain cannot be read. */
  appsDomain: string | null;
  /** The operator runs in a cloud-credential-operator STS/WIF environment. */
  ccoEnvironment?: boolean;
  log?: OperatorLog;
  /** Reconcile only stacks in namespaces this accepts (default: all). */
  namespaceFilter?: (namespace: string) => boolean;
}

const OWNED: ResourceRef[] = [
  REFS.configMaps,
  REFS.serviceAccounts,
  REFS.services,
  REFS.secrets,
  REFS.ingresses,
  REFS.podDisruptionBudgets,
  REFS.roles,
  REFS.roleBindings,
  REFS.routes,
  REFS.networkPolicies,
];

/** The TempoStack controller of the simulated operator. */
export class TempoStackReconciler implements Controller {
  readonly name = 'tempostack-controller';
  private readonly queue: WorkQueue;
  private informers: Informer[] = [];
  private readonly seen = new Map<string, string>();
  private readonly stacks = new Map<string, TempoStack>();
  private reconciles = 0;

  constructor(
    private readonly ctx: ControllerContext,
    private readonly options: ReconcilerOptions,
  ) {
    this.queue = new WorkQueue((key) => this.reconcile(key), ctx.queue);
  }

  /** Queues a reconcile of one stack. */
  enqueue(namespace: string, name: string): void {
    if (this.options.namespaceFilter && !this.options.namespaceFilter(namespace)) return;
    this.queue.add(`${namespace}/${name}`);
  }

  async start(): Promise<void> {
    const { api } = this.ctx;
    const changed = (object: KubeObject, fingerprint: string): boolean => {
      const uid = object.metadata.uid ?? objectKey(object);
      const previous = this.seen.get(uid);
      this.seen.set(uid, fingerprint);
      return previous !== undefined && previous !== fingerprint;
    };
    const enqueueOwner = (object: KubeObject): void => {
      const owner = controllerOf(object);
      if (owner?.kind === 'TempoStack') this.enqueue(object.metadata.namespace ?? '', owner.name);
    };
    this.informers = [
      startInformer<TempoStack & KubeObject>(api, REFS.tempoStacks, (type, stack) => {
        const key = objectKey(stack);
        if (type === 'DELETED') {
          this.stacks.delete(key);
          return;
        }
        this.stacks.set(key, stack);
        const fingerprint = `${stack.metadata.generation}|${canonicalJson(stack.metadata.annotations ?? {})}|${stack.metadata.deletionTimestamp ?? ''}`;
        if (changed(stack, fingerprint) || type === 'ADDED') {
          this.enqueue(stack.metadata.namespace ?? '', stack.metadata.name);
        }
      }),
      ...OWNED.map((ref) =>
        startInformer(api, ref, (type, object) => {
          if (type === 'DELETED') enqueueOwner(object);
          else if (changed(object, String(object.metadata.generation ?? ''))) enqueueOwner(object);
          if (ref === REFS.secrets) this.enqueueForSecret(object);
        }),
      ),
      ...[REFS.deployments, REFS.statefulSets].map((ref) =>
        startInformer(api, ref, (type, object) => {
          const fingerprint = `${object.metadata.generation}|${canonicalJson(object.status ?? {})}`;
          if (type === 'DELETED' || changed(object, fingerprint)) enqueueOwner(object);
        }),
      ),
    ];
    await Promise.all(this.informers.map((i) => i.synced));
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  async stop(): Promise<void> {
    this.informers.forEach((i) => i.stop());
    await this.queue.stop();
  }

  private enqueueForSecret(secret: KubeObject): void {
    for (const stack of this.stacks.values()) {
      if (
        stack.metadata.namespace === secret.metadata.namespace &&
        stack.spec?.storage?.secret?.name === secret.metadata.name
      ) {
        this.enqueue(stack.metadata.namespace ?? '', stack.metadata.name ?? '');
      }
    }
  }

  private async reconcile(key: string): Promise<void> {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const reconcileID = `${(this.reconciles += 1).toString(16).padStart(8, '0')}-sim0-4000-8000-${this.ctx.clock.randomHex(12)}`;
    const log = (
      level: 'info' | 'debug' | 'error',
      msg: string,
      fields?: Record<string, unknown>,
    ) => this.options.log?.reconcileLine(level, msg, namespace, name, reconcileID, fields);
    log('debug', 'starting reconcile loop');
    try {
      let stack = await ignoreNotFound(() =>
        api.get<TempoStack & KubeObject>(REFS.tempoStacks, name, namespace),
      );
      if (!stack) return;
      const finalizers = stack.metadata.finalizers ?? [];
      if (!stack.metadata.deletionTimestamp) {
        if (!finalizers.includes(TEMPO_FINALIZER)) {
          stack.metadata.finalizers = [...finalizers, TEMPO_FINALIZER];
          stack = (await api.update(REFS.tempoStacks, stack)).object;
        }
      } else {
        if (finalizers.includes(TEMPO_FINALIZER)) {
          if (stack.spec.managementState !== 'Unmanaged') await finalizeStack(api, stack);
          stack.metadata.finalizers = finalizers.filter((f) => f !== TEMPO_FINALIZER);
          await api.update(REFS.tempoStacks, stack);
        }
        return;
      }
      if (stack.spec.managementState !== 'Managed') {
        log('info', 'Skipping reconciliation for unmanaged TempoStack resource', { name: key });
        return;
      }
      let error: unknown;
      try {
        stack = await upgradeStack(this.ctx, stack, log);
        const report = await reconcileObjects(api, stack, this.options);
        report.deleted.forEach((object) =>
          log('info', 'pruning unmanaged resource', { objectName: object }),
        );
        report.created.forEach((object) =>
          log('debug', 'resource has been created', { objectName: object }),
        );
        report.updated.forEach((object) =>
          log('debug', 'resource has been updated', { objectName: object }),
        );
      } catch (e) {
        error = e;
      }
      await this.writeStatus(stack, error);
      if (error) {
        log('error', 'Reconciler error', {
          error:
            error instanceof ConfigurationError
              ? `terminal error: invalid configuration: ${error.message}`
              : errorMessage(error),
        });
        if (!(error instanceof ConfigurationError)) {
          throw error instanceof Error ? error : new Error(errorMessage(error));
        }
      }
    } finally {
      log('debug', 'finished reconcile loop');
    }
  }

  private async writeStatus(stack: TempoStack & KubeObject, error: unknown): Promise<void> {
    const { api, clock } = this.ctx;
    const components = await componentsStatus(api, stack);
    let wanted: WantedCondition;
    if (error instanceof ConfigurationError) {
      wanted = { type: 'ConfigurationError', reason: error.reason, message: error.message };
    } else if (error) {
      wanted = {
        type: 'Failed',
        reason: 'FailedReconciliation',
        message: errorMessage(error),
      };
    } else {
      wanted = componentsCondition(components);
    }
    for (let attempt = 0; ; attempt += 1) {
      const current =
        attempt === 0
          ? stack
          : await api.get<TempoStack & KubeObject>(
              REFS.tempoStacks,
              stack.metadata.name,
              stack.metadata.namespace,
            );
      const status = {
        ...current.status,
        operatorVersion: current.status?.operatorVersion || OPERATOR_VERSION,
        tempoVersion: current.status?.tempoVersion || TEMPO_VERSION,
        components,
        conditions: updateConditions(current.status?.conditions, wanted, clock.now()),
      };
      if (deepEqual(status, current.status ?? {})) return;
      try {
        await api.update(REFS.tempoStacks, { ...current, status }, { subresource: 'status' });
        return;
      } catch (e) {
        if (!isConflict(e) || attempt >= 5) throw e;
      }
    }
  }
}
