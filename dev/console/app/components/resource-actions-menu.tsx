import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { type FC, useState } from 'react';
import { useNavigate } from 'react-router';
import { ActionServiceProvider } from '../../sdk/components/actions';
import {
  useAnnotationsModal,
  useDeleteModal,
  useLabelsModal,
} from '../../sdk/components/resource-modals';
import { getReferenceForModel } from '../../sdk/k8s/model-ref';
import { resourcePathFromModel } from '../../sdk/k8s/resource-url';
import { useAccessReview } from '../../sdk/rbac/access-review';

const ActionItem: FC<{ action: SDK.Action; onDone: () => void }> = ({ action, onDone }) => {
  const navigate = useNavigate();
  const [allowed, loading] = useAccessReview(action.accessReview ?? {}, undefined, true);
  const denied = !!action.accessReview && !loading && !allowed;
  return (
    <DropdownItem
      value={action.id}
      isDisabled={action.disabled || denied}
      description={action.description}
      tooltipProps={
        action.disabled && action.disabledTooltip ? { content: action.disabledTooltip } : undefined
      }
      data-test-action={action.id}
      onClick={() => {
        onDone();
        const { cta } = action;
        if (typeof cta === 'function') cta();
        else if (cta.external) window.open(cta.href, '_blank', 'noopener');
        else void navigate(cta.href);
      }}
    >
      {action.label}
    </DropdownItem>
  );
};

/** The common actions the console offers on every resource (labels, annotations, YAML, delete). */
const useCommonActions = (
  model: SDK.K8sModel,
  obj: SDK.K8sResourceCommon,
  redirectTo: string,
): SDK.Action[] => {
  const navigate = useNavigate();
  const labels = useLabelsModal(obj);
  const annotations = useAnnotationsModal(obj);
  const remove = useDeleteModal(obj, redirectTo);
  const { name, namespace } = obj.metadata ?? {};
  const review = (verb: SDK.K8sVerb) => ({
    group: model.apiGroup ?? '',
    resource: model.plural,
    verb,
    name,
    namespace,
  });
  return [
    { id: 'edit-labels', label: 'Edit labels', cta: labels, accessReview: review('patch') },
    {
      id: 'edit-annotations',
      label: 'Edit annotations',
      cta: annotations,
      accessReview: review('patch'),
    },
    {
      id: 'edit-yaml',
      label: `Edit ${model.label}`,
      cta: () => void navigate(`${resourcePathFromModel(model, name, namespace)}/yaml`),
      accessReview: review('update'),
    },
    { id: 'delete', label: `Delete ${model.label}`, cta: remove, accessReview: review('delete') },
  ];
};

/** A kebab with the plugins' `console.action/resource-provider` actions and the common ones. */
export const ResourceActionsMenu: FC<{
  model: SDK.K8sModel;
  obj: SDK.K8sResourceCommon;
  variant?: 'kebab' | 'dropdown';
}> = ({ model, obj, variant = 'kebab' }) => {
  const [open, setOpen] = useState(false);
  const listPath = resourcePathFromModel(model, undefined, obj.metadata?.namespace);
  const common = useCommonActions(model, obj, listPath);
  const context = { [getReferenceForModel(model)]: obj };
  return (
    <ActionServiceProvider context={context}>
      {({ actions }) => (
        <Dropdown
          isOpen={open}
          onOpenChange={setOpen}
          popperProps={{ position: 'right' }}
          toggle={(ref) => (
            <MenuToggle
              ref={ref}
              variant={variant === 'kebab' ? 'plain' : 'default'}
              aria-label="Actions"
              data-test="actions-menu"
              onClick={() => setOpen(!open)}
              isExpanded={open}
              icon={variant === 'kebab' ? <EllipsisVIcon /> : undefined}
            >
              {variant === 'dropdown' ? 'Actions' : null}
            </MenuToggle>
          )}
        >
          <DropdownList>
            {[...actions, ...common].map((a) => (
              <ActionItem key={a.id} action={a} onDone={() => setOpen(false)} />
            ))}
          </DropdownList>
        </Dropdown>
      )}
    </ActionServiceProvider>
  );
};
