/**
 * The operator part of a collection (admins): as upstream, the first Deployment labelled
 * `app.kubernetes.io/name=tempo-operator` in any namespace, the `manager` log of its first pod,
 * and the OLM objects in its namespace. Users who may not list Deployments cluster-wide skip it
 * with a note instead of a row of 403s.
 */
import type { OperatorData } from '../tempostack/must-gather/bundle';
import type { KubeObjectLike, ListedKind } from '../tempostack/must-gather/bundle-types';
import {
  listPath,
  logPath,
  OLM_KINDS,
  OPERATOR_CONTAINER,
  OPERATOR_SELECTOR,
  operatorPodSelector,
  selectOlm,
} from '../tempostack/must-gather/collection-plan';
import { withTypeMeta } from '../tempostack/must-gather/selection';
import type { Collection } from './collection';

const DEPLOYMENTS: ListedKind = {
  kind: 'Deployment',
  group: 'apps',
  version: 'v1',
  plural: 'deployments',
  optional: false,
};
const PODS: ListedKind = { kind: 'Pod', group: '', version: 'v1', plural: 'pods', optional: false };
/** The operator log is worth more lines than a component's. */
export const OPERATOR_LOG_LINES = 2000;

interface ListBody {
  items?: KubeObjectLike[];
}

/** Collects the operator's Deployment, log and OLM objects, or undefined with a note. */
export const collectOperator = async (c: Collection): Promise<OperatorData | undefined> => {
  const allowed = await c.canI({ verb: 'list', group: 'apps', resource: 'deployments' });
  if (allowed === false) {
    c.notes.push({ note: 'operatorNeedsClusterRead' });
    return undefined;
  }
  const deployments = await c.getJSON<ListBody>(
    { part: 'list', kind: 'Deployment' },
    listPath(DEPLOYMENTS, undefined, { labelSelector: OPERATOR_SELECTOR }),
  );
  const found = deployments?.items?.[0];
  if (!found) {
    if (deployments) c.notes.push({ note: 'operatorNotFound', selector: OPERATOR_SELECTOR });
    return undefined;
  }
  const deployment = withTypeMeta(found, DEPLOYMENTS);
  const namespace = deployment.metadata?.namespace ?? '';
  const selector = operatorPodSelector(deployment);
  const [podName, olm] = await Promise.all([
    selector
      ? c
          .getJSON<ListBody>(
            { part: 'list', kind: 'Pod' },
            listPath(PODS, namespace, { labelSelector: selector }),
          )
          .then((b) => b?.items?.[0]?.metadata?.name)
      : Promise.resolve(undefined),
    Promise.all(
      OLM_KINDS.map(async (kind) => {
        if (c.isServed && !c.isServed(kind)) {
          c.notes.push({ note: 'olmNotInstalled' });
          return [];
        }
        const body = await c.getJSON<ListBody>(
          { part: 'list', kind: kind.kind },
          listPath(kind, kind.clusterScoped ? undefined : namespace),
          {
            notFoundIsNote: { note: 'olmNotInstalled' },
          },
        );
        return selectOlm(kind, body?.items ?? []).map((item) => withTypeMeta(item, kind));
      }),
    ),
  ]);
  const managerLog = podName
    ? await c.getText(
        { part: 'operatorLog', pod: podName, container: OPERATOR_CONTAINER },
        logPath(namespace, podName, OPERATOR_CONTAINER, { tailLines: OPERATOR_LOG_LINES }),
      )
    : undefined;
  return {
    deployment,
    ...(podName ? { podName } : {}),
    ...(managerLog !== undefined ? { managerLog } : {}),
    olm: olm.flat(),
  };
};
