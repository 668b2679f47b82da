import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

/** `group~version~Kind`, the console's "reference" for a model (core group spelled `core`). */
export const getReference = ({ group, version, kind }: SDK.K8sGroupVersionKind): string =>
  [group || 'core', version, kind].join('~');

export const getReferenceForModel = (
  model: Pick<SDK.K8sModel, 'apiGroup' | 'apiVersion' | 'kind'>,
) => getReference({ group: model.apiGroup, version: model.apiVersion, kind: model.kind });

/** True for `group~version~Kind` strings (as opposed to a bare kind or a plural). */
export const isGroupVersionKindReference = (ref: string): boolean => ref.split('~').length === 3;

/** Parses `group~version~Kind`; the core group comes back as `''`. */
export const parseReference = (ref: string): SDK.K8sGroupVersionKind & { group: string } => {
  const [group = '', version = '', kind = ''] = ref.split('~');
  return { group: group === 'core' ? '' : group, version, kind };
};

export const kindForReference = (ref: string): string =>
  isGroupVersionKindReference(ref) ? parseReference(ref).kind : ref;

export const getAPIVersionForModel: typeof SDK.getAPIVersionForModel = (model) =>
  !model?.apiGroup ? model.apiVersion : `${model.apiGroup}/${model.apiVersion}`;

export const getGroupVersionKindForModel: typeof SDK.getGroupVersionKindForModel = ({
  apiGroup,
  apiVersion,
  kind,
}) => ({ ...(apiGroup ? { group: apiGroup } : {}), version: apiVersion, kind });

export const getGroupVersionKindForResource: typeof SDK.getGroupVersionKindForResource = (
  resource,
) => {
  const apiVersion = resource?.apiVersion;
  const kind = resource?.kind;
  const parts = apiVersion?.split('/') ?? [];
  if (parts.length > 2) {
    throw new Error('Provided resource has invalid apiVersion.');
  }
  if (!apiVersion || !kind) {
    // The console returns undefined here although the type says otherwise.
    return undefined as unknown as SDK.K8sGroupVersionKind;
  }
  return parts.length === 2
    ? { group: parts[0], version: parts[1], kind }
    : { version: apiVersion, kind };
};

/** A `K8sGroupVersionKind`, a `group~version~Kind` reference or a bare kind, as a lookup key. */
export const referenceForGroupVersionKind = (
  gvk: SDK.K8sGroupVersionKind | string | undefined,
): string | undefined => {
  if (!gvk) return undefined;
  return typeof gvk === 'string' ? gvk : getReference(gvk);
};

/** The reference of an object: `apps~v1~Deployment`. */
export const referenceForObject = (obj: SDK.K8sResourceCommon): string | undefined => {
  const gvk = getGroupVersionKindForResource(obj);
  return gvk ? getReference(gvk) : undefined;
};
