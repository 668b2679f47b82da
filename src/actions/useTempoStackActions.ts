import { useAccessReview, useDeleteModal } from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { useStackJaegerUi } from '../hooks/useStackJaegerUi';
import { withTypeMeta } from '../hooks/useTempoStack';
import { useTempoTranslation } from '../hooks/useTempoTranslation';
import { PodModel, TempoStackModel } from '../k8s/models';
import { safeHttpUrl } from '../tempostack/endpoints';
import type { TempoStack } from '../tempostack/types';
import { tempoStackDetailsPath, tempoStackEditPath, tempoStackListPath } from './tempoStackPaths';

/**
 * The actions on a TempoStack, each offered only when the user may use it: Edit (form) needs
 * `update` on the stack, Delete needs `delete`, Collect diagnostics needs `get` on pods in the
 * namespace (access reviews); Open Jaeger UI appears when the stack's Route or Ingress gives a
 * URL that `safeHttpUrl` accepts (one item per tenant with the gateway). `loaded` is false while
 * the access reviews are pending. Exposed to the console as `console.action/resource-provider`.
 */
export const useTempoStackActions = (resource: TempoStack): [Action[], boolean, unknown] => {
  const { t } = useTempoTranslation();
  const stack = useMemo(() => withTypeMeta(resource), [resource]);
  const name = stack.metadata.name ?? '';
  const namespace = stack.metadata.namespace ?? '';
  const stackAttributes = {
    group: TempoStackModel.apiGroup,
    resource: TempoStackModel.plural,
    name,
    namespace,
  };
  const [canUpdate, updatePending] = useAccessReview({ ...stackAttributes, verb: 'update' });
  const [canDelete, deletePending] = useAccessReview({ ...stackAttributes, verb: 'delete' });
  const [canGetPods, podsPending] = useAccessReview({
    group: '',
    resource: PodModel.plural,
    verb: 'get',
    namespace,
  });
  const { link } = useStackJaegerUi(stack);
  const { pathname } = useLocation();
  const onDetailsPage = pathname.startsWith(tempoStackDetailsPath(namespace, name));
  const launchDelete = useDeleteModal(
    stack,
    onDetailsPage ? tempoStackListPath(namespace) : undefined,
  );

  const actions = useMemo((): Action[] => {
    const list: Action[] = [];
    if (canUpdate) {
      list.push({
        id: 'edit-tempostack',
        label: t('Edit TempoStack'),
        description: t('Change the stack in a form'),
        cta: { href: tempoStackEditPath(namespace, name) },
      });
    }
    const jaegerLinks = link?.perTenant ?? (link ? [{ tenant: '', url: link.url }] : []);
    for (const { tenant, url } of jaegerLinks) {
      const safe = safeHttpUrl(url);
      if (!safe) continue;
      list.push({
        id: tenant ? `open-jaeger-ui-${tenant}` : 'open-jaeger-ui',
        label: tenant ? t('Open Jaeger UI ({{tenant}})', { tenant }) : t('Open Jaeger UI'),
        cta: { href: safe, external: true },
      });
    }
    if (canGetPods) {
      list.push({
        id: 'collect-diagnostics',
        label: t('Collect diagnostics'),
        cta: { href: tempoStackDetailsPath(namespace, name, 'diagnostics') },
      });
    }
    if (canDelete) {
      list.push({ id: 'delete-tempostack', label: t('Delete TempoStack'), cta: launchDelete });
    }
    return list;
  }, [t, canUpdate, canDelete, canGetPods, link, namespace, name, launchDelete]);

  return [actions, !(updatePending || deletePending || podsPending), undefined];
};
