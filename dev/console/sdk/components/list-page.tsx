import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Dropdown,
  DropdownItem,
  DropdownList,
  MenuToggle,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { type FC, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { useActiveNamespace } from '../context/active-namespace';
import {
  isGroupVersionKindReference,
  parseReference,
  referenceForGroupVersionKind,
} from '../k8s/model-ref';
import { ALL_NAMESPACES_KEY, resourceCreatePath } from '../k8s/resource-url';
import { findModel, useModelState } from '../models/model-store';
import { useAccessReview } from '../rbac/access-review';

export const ListPageHeader: FC<SDK.ListPageHeaderProps> = ({
  title,
  badge,
  helpText,
  helpAlert,
  children,
}) => (
  <PageSection hasBodyWrapper={false} className="dev-console-page-header">
    {title ? (
      <div className="dev-console-page-header__row">
        <Title headingLevel="h1" data-test="page-heading">
          {title}
          {badge ? <span className="dev-console-page-header__badge">{badge}</span> : null}
        </Title>
        {children ? <div className="dev-console-page-header__actions">{children}</div> : null}
      </div>
    ) : (
      <>
        {badge}
        {children}
      </>
    )}
    {helpText ? <div className="dev-console-page-header__help">{helpText}</div> : null}
    {helpAlert ? <div className="dev-console-page-header__alert">{helpAlert}</div> : null}
  </PageSection>
);

export const ListPageBody: FC<{ children?: ReactNode }> = ({ children }) => (
  <PageSection hasBodyWrapper={false} className="dev-console-list-body">
    {children}
  </PageSection>
);

/** Resolves `createAccessReview` to "may create" (true while there is nothing to check). */
const useCanCreate = (review: SDK.CreateWithPermissionsProps['createAccessReview']): boolean => {
  const state = useModelState();
  const ref = review ? referenceForGroupVersionKind(review.groupVersionKind) : undefined;
  const model = ref ? findModel(state, ref) : undefined;
  const gvk = ref && isGroupVersionKindReference(ref) ? parseReference(ref) : undefined;
  const [allowed, loading] = useAccessReview(
    {
      group: model?.apiGroup ?? gvk?.group ?? '',
      resource: model?.plural ?? '',
      verb: 'create',
      namespace: review?.namespace,
    },
    undefined,
    true,
  );
  if (!review) return true;
  return !loading && allowed;
};

export const ListPageCreateLink: FC<SDK.ListPageCreateLinkProps> = ({
  to,
  createAccessReview,
  children,
}) => {
  const canCreate = useCanCreate(createAccessReview);
  if (!canCreate) return null;
  return (
    <Link to={to} className="pf-v6-c-button pf-m-primary" data-test="item-create">
      <span className="pf-v6-c-button__text">{children}</span>
    </Link>
  );
};

export const ListPageCreateButton: FC<SDK.ListPageCreateButtonProps> = ({
  createAccessReview,
  ...buttonProps
}) => {
  const canCreate = useCanCreate(createAccessReview);
  if (!canCreate) return null;
  return <Button variant="primary" data-test="item-create" {...buttonProps} />;
};

export const ListPageCreate: FC<SDK.ListPageCreateProps> = ({
  groupVersionKind,
  createAccessReview,
  children,
}) => {
  const [namespace] = useActiveNamespace();
  const state = useModelState();
  const ref = referenceForGroupVersionKind(groupVersionKind) ?? '';
  const model = findModel(state, ref);
  const ns = namespace === ALL_NAMESPACES_KEY ? 'default' : namespace;
  const to = model ? resourceCreatePath(model, ns) : `/k8s/ns/${ns}/${ref}/~new`;
  return (
    <ListPageCreateLink
      to={to}
      createAccessReview={createAccessReview ?? { groupVersionKind, namespace: ns }}
    >
      {children}
    </ListPageCreateLink>
  );
};

export const ListPageCreateDropdown: FC<SDK.ListPageCreateDropdownProps> = ({
  items,
  onClick,
  createAccessReview,
  children,
}) => {
  const [open, setOpen] = useState(false);
  const canCreate = useCanCreate(createAccessReview);
  if (!canCreate) return null;
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={(_e, value) => {
        setOpen(false);
        onClick(String(value));
      }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="primary"
          onClick={() => setOpen(!open)}
          isExpanded={open}
          data-test="item-create"
        >
          {children}
        </MenuToggle>
      )}
    >
      <DropdownList>
        {Object.entries(items).map(([key, label]) => (
          <DropdownItem key={key} value={key}>
            {label}
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
};
