/**
 * The `faults` scenario: a stack whose storage secret is missing (ConfigurationError), one whose
 * ingester crash-loops (OOMKilled), and one with a degraded querier (one of two replicas never
 * becomes ready). The kubelet faults are fault rules matched by the component labels.
 */
import { componentLabels } from '../../src/tempostack/naming';
import type { KubeObject } from '../cluster/api';
import type { FaultRule } from '../controllers/faults';
import { namespace, secret, tempoStack } from './apply';
import { DEV_TEAM_LABEL } from './demo';

/** Namespace of the fault scenario. */
export const FAULTS_NAMESPACE = 'tempo-faults';

/** The fault rules the scenario adds to the kubelet. */
export const faultRules = (): FaultRule[] => [
  {
    id: 'crashloop-ingester-oom',
    kind: 'crashLoop',
    reason: 'OOMKilled',
    crashBeforeReady: true,
    namespace: FAULTS_NAMESPACE,
    labels: componentLabels('crashloop', 'ingester'),
    container: 'tempo',
  },
  {
    id: 'degraded-querier',
    kind: 'neverReady',
    namespace: FAULTS_NAMESPACE,
    labels: componentLabels('degraded', 'querier'),
    container: 'tempo',
    maxPods: 1,
  },
];

/** The fault scenario's objects. */
export const faultObjects = (): KubeObject[] => [
  namespace(FAULTS_NAMESPACE, DEV_TEAM_LABEL),
  secret(FAULTS_NAMESPACE, 'minio', {
    endpoint: 'http://minio.minio.svc:9000',
    bucket: 'tempo-faults',
    access_key_id: 'tempo',
    access_key_secret: 'placeholder-secret-key',
  }),
  tempoStack(FAULTS_NAMESPACE, 'no-secret', {
    storage: { secret: { name: 'storage-that-does-not-exist', type: 's3' } },
  }),
  tempoStack(FAULTS_NAMESPACE, 'crashloop', {
    storage: { secret: { name: 'minio', type: 's3' } },
    resources: { total: { limits: { cpu: '1000m', memory: '512Mi' } } },
  }),
  tempoStack(FAULTS_NAMESPACE, 'degraded', {
    storage: { secret: { name: 'minio', type: 's3' } },
    template: { querier: { replicas: 2 } },
  }),
];
