import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { FC } from 'react';
import { Link } from 'react-router';
import {
  isGroupVersionKindReference,
  kindForReference,
  referenceForGroupVersionKind,
} from '../k8s/model-ref';
import { resourcePathFromModel } from '../k8s/resource-url';
import { kindToAbbr } from '../models/model-factory';
import { findModel, useModelState } from '../models/model-store';

const useModelFor = (kind: string | undefined, gvk: SDK.K8sGroupVersionKind | undefined) => {
  const state = useModelState();
  const ref = referenceForGroupVersionKind(gvk) ?? kind;
  return { ref, model: findModel(state, ref) };
};

export const ResourceIcon: FC<SDK.ResourceIconProps> = ({ className, kind, groupVersionKind }) => {
  const { ref, model } = useModelFor(kind, groupVersionKind);
  const kindName = model?.kind ?? kindForReference(ref ?? '');
  const abbr = model?.abbr ?? kindToAbbr(kindName);
  return (
    <span
      className={['dev-console-resource-icon', className].filter(Boolean).join(' ')}
      title={kindName}
      style={model?.color ? { backgroundColor: model.color } : undefined}
      data-test="resource-icon"
    >
      {abbr}
    </span>
  );
};

/** The page of a kind or object even before discovery knows the kind (reference URLs for CRDs). */
export const pathFor = (
  model: SDK.K8sModel | undefined,
  ref: string | undefined,
  name: string | undefined,
  namespace: string | undefined,
): string | undefined => {
  if (model) return resourcePathFromModel(model, name, namespace);
  if (!ref) return undefined;
  const segment = isGroupVersionKindReference(ref) ? ref : `${ref.toLowerCase()}s`;
  const scope = namespace ? `ns/${namespace}` : 'all-namespaces';
  return `/k8s/${scope}/${segment}${name ? `/${encodeURIComponent(name)}` : ''}`;
};

export const ResourceLink: FC<SDK.ResourceLinkProps> = ({
  kind,
  groupVersionKind,
  className,
  displayName,
  inline,
  linkTo = true,
  name,
  namespace,
  hideIcon,
  title,
  dataTest,
  onClick,
  truncate,
  nameSuffix,
  children,
}) => {
  const { ref, model } = useModelFor(kind, groupVersionKind);
  if (!name && !displayName) return null;
  const value = displayName || name || '';
  const path = linkTo ? pathFor(model, ref, name, namespace) : undefined;
  const classes = [
    'dev-console-resource-link',
    inline ? 'dev-console-resource-link--inline' : '',
    truncate ? 'dev-console-resource-link--truncate' : '',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={classes} data-test-id="resource-link">
      {!hideIcon && (ref || model) ? <ResourceIcon kind={ref} /> : null}
      {path ? (
        <Link
          to={path}
          title={title}
          onClick={onClick}
          data-test-id={value}
          data-test={dataTest ?? value}
        >
          {value}
          {nameSuffix}
        </Link>
      ) : (
        <span title={title} data-test-id={value} data-test={dataTest ?? value}>
          {value}
          {nameSuffix}
        </span>
      )}
      {children}
    </span>
  );
};
