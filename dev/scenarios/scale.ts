/**
 * The `scale` scenario: many TempoStacks (default 1,000 in 200 namespaces `scale-000`…) for the
 * list page. Three modes trade realism for speed:
 * - `status` (default): the operator leaves the scale namespaces alone and the scenario writes each
 *   stack's status as the operator would for its pods (names, replicas and conditions computed
 *   with the domain core and the operator's status rules): about 88 % Ready, 5 % Pending (a pod
 *   not ready), 3 % Failed (a failed pod), 4 % ConfigurationError (missing storage secret).
 *   No workloads exist. Fast: suitable for tests.
 * - `objects`: the operator reconciles every stack (all objects created) but no pods run
 *   (start the world with `pods: false`); statuses are what the operator derives from no pods.
 * - `pods`: everything runs (slow; only for small counts).
 */
import { effectiveStack, replicasOf } from '../../src/tempostack/effective-spec';
import { objectName } from '../../src/tempostack/naming';
import type { ComponentStatus, TempoStack } from '../../src/tempostack/types';
import type { ClusterApi, KubeObject } from '../cluster/api';
import { REFS } from '../controllers/refs';
import { seededRandom } from '../controllers/sim-clock';
import { OPERATOR_VERSION, TEMPO_VERSION } from '../operator/constants';
import {
  COMPONENT_KEYS,
  CONDITIONS,
  updateConditions,
  type WantedCondition,
} from '../operator/status';
import { createObjects, namespace, secret, tempoStack } from './apply';

/** Options of the scale scenario. */
export interface ScaleOptions {
  stacks?: number;
  namespaces?: number;
  mode?: 'status' | 'objects' | 'pods';
  seed?: number;
}

/** Namespace of the i-th scale namespace. */
export const scaleNamespace = (i: number): string => `scale-${String(i).padStart(3, '0')}`;

/** True for namespaces of the scale scenario. */
export const isScaleNamespace = (ns: string): boolean => /^scale-\d{3}$/.test(ns);

const SIZES = [undefined, '1x.demo', '1x.pico', '1x.extra-small', '1x.small', '1x.medium'] as const;

const specFor = (i: number, missingSecret: boolean): Record<string, unknown> => {
  const size = SIZES[i % SIZES.length];
  return {
    storage: {
      secret: { name: missingSecret ? 'storage-not-created' : 'object-storage', type: 's3' },
    },
    ...(size
      ? { size }
      : {
          resources: {
            total: { limits: { cpu: `${1000 + (i % 4) * 500}m`, memory: `${2 + (i % 3)}Gi` } },
          },
        }),
    ...(i % 7 === 0
      ? {
          template: {
            queryFrontend: { jaegerQuery: { enabled: true, ingress: { type: 'route' } } },
          },
        }
      : {}),
  };
};

const suffix = (random: () => number, length: number): string =>
  Array.from({ length }, () => 'bcdfghjklmnpqrstvwxz2456789'[Math.floor(random() * 27)]).join('');

/** A status as the operator would write it for this stack's pods in the chosen state. */
const synthesizeStatus = (
  stack: TempoStack,
  state: 'ready' | 'pending' | 'failed' | 'config',
  random: () => number,
  now: string,
): Record<string, unknown> => {
  const effective = effectiveStack(stack);
  const name = stack.metadata.name ?? '';
  const components: ComponentStatus = {};
  for (const [key, component] of COMPONENT_KEYS) {
    const map: Record<string, string[]> = {};
    if (
      state !== 'config' &&
      (component !== 'gateway' || effective.spec.template?.gateway?.enabled)
    ) {
      const hash = suffix(random, 10);
      for (let r = 0; r < replicasOf(effective, component); r += 1) {
        const pod =
          component === 'ingester'
            ? `${objectName(name, component)}-${r}`
            : `${objectName(name, component)}-${hash}-${suffix(random, 5)}`;
        const odd = r === 0 && component === 'querier';
        const status =
          odd && state === 'pending' ? 'Running' : odd && state === 'failed' ? 'Failed' : 'Ready';
        (map[status] ??= []).push(pod);
      }
    }
    components[key] = map;
  }
  const wanted: WantedCondition =
    state === 'config'
      ? {
          type: 'ConfigurationError',
          reason: 'InvalidStorageConfig',
          message: `could not fetch storage configuration secret: secrets "storage-not-created" not found. Tempo will start once the storage secret is available`,
        }
      : state === 'pending'
        ? CONDITIONS.pending
        : state === 'failed'
          ? CONDITIONS.failed
          : CONDITIONS.ready;
  const conditions = updateConditions(
    state === 'ready' ? [] : updateConditions([], CONDITIONS.pending, now),
    wanted,
    now,
  );
  return { operatorVersion: OPERATOR_VERSION, tempoVersion: TEMPO_VERSION, components, conditions };
};

/** Creates the scale scenario's namespaces, secrets and stacks (and, in `status` mode, statuses). */
export const loadScale = async (api: ClusterApi, options: ScaleOptions = {}): Promise<string[]> => {
  const stacks = options.stacks ?? 1000;
  const namespaces = Math.max(1, Math.min(options.namespaces ?? 200, stacks));
  const random = seededRandom(options.seed ?? 7);
  const objects: KubeObject[] = [];
  for (let n = 0; n < namespaces; n += 1) {
    objects.push(
      namespace(scaleNamespace(n)),
      secret(scaleNamespace(n), 'object-storage', {
        endpoint: 'https://s3.us-east-1.amazonaws.com',
        bucket: `tempo-${scaleNamespace(n)}`,
        access_key_id: 'placeholder',
        access_key_secret: 'placeholder',
      }),
    );
  }
  const states: ('ready' | 'pending' | 'failed' | 'config')[] = [];
  for (let i = 0; i < stacks; i += 1) {
    const roll = random();
    const state =
      roll < 0.88 ? 'ready' : roll < 0.93 ? 'pending' : roll < 0.96 ? 'failed' : 'config';
    states.push(state);
    objects.push(
      tempoStack(
        scaleNamespace(i % namespaces),
        `tempo-${String(i).padStart(4, '0')}`,
        specFor(i, state === 'config'),
      ),
    );
  }
  const report = await createObjects(api, objects);
  if ((options.mode ?? 'status') === 'status') {
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const created = report.created.filter((o) => o.kind === 'TempoStack');
    for (const [i, object] of created.entries()) {
      const stack = object as unknown as TempoStack;
      const index = Number((stack.metadata.name ?? '').slice('tempo-'.length));
      const status = synthesizeStatus(stack, states[index] ?? states[i], random, now);
      await api.update(REFS.tempoStacks, { ...object, status }, { subresource: 'status' });
    }
  }
  return objects
    .filter((o) => o.kind === 'TempoStack')
    .map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`);
};
