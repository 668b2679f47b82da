/**
 * The dev console host's implementation of `@openshift-console/dynamic-plugin-sdk` 4.22: the
 * module the host puts into the module-federation share scope under that name, so plugins that
 * import the SDK get this at runtime, as they get the console's own inside OpenShift.
 *
 * The extension type guards and enums are the SDK package's own pure modules; everything else is
 * implemented here against the SDK's type declarations (see `conformance.ts`).
 */
export * from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
export {
  Operator,
  PrometheusEndpoint,
} from '@openshift-console/dynamic-plugin-sdk/lib/api/common-types';

// Data: watches, CRUD, fetch, models.
export { useK8sWatchResource, useK8sWatchResources } from './watch/use-k8s-watch';
export {
  k8sGet,
  k8sCreate,
  k8sUpdate,
  k8sPatch,
  k8sDelete,
  k8sList,
  k8sListItems,
  k8sGetResource,
  k8sCreateResource,
  k8sUpdateResource,
  k8sPatchResource,
  k8sDeleteResource,
  k8sListResource,
  k8sListResourceItems,
} from './k8s/k8s-resource';
export { consoleFetch, consoleFetchJSON, consoleFetchText } from './http/console-fetch';
export { HttpError } from './http/http-error';
export { useK8sModel, useK8sModels } from './models/model-store';
export {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
} from './k8s/model-ref';

// Access, flags, context.
export { checkAccess, useAccessReview, useAccessReviewAllowed } from './rbac/access-review';
export { useFlag } from './flags/flag-store';
export { useActiveNamespace, isAllNamespacesKey } from './context/active-namespace';
export { useActivePerspective, PerspectiveContext } from './context/perspective';
export { useUserPreference, useUserSettings } from './context/user-preference';
export { useResolvedExtensions } from './extensions/extension-store';

// Components.
export { ResourceLink, ResourceIcon } from './components/resource-link';
export { Timestamp, DocumentTitle } from './components/timestamp';
export {
  ListPageHeader,
  ListPageBody,
  ListPageCreate,
  ListPageCreateLink,
  ListPageCreateButton,
  ListPageCreateDropdown,
} from './components/list-page';
export { HorizontalNav } from './components/horizontal-nav';
export { ResourceYAMLEditor, CodeEditor, YAMLEditor } from './components/yaml-editor';
export { ResourceEventStream } from './components/event-stream';
export {
  StatusComponent,
  GenericStatus,
  SuccessStatus,
  ErrorStatus,
  InfoStatus,
  ProgressStatus,
  StatusIconAndText,
  PopoverStatus,
  ResourceStatus,
  CamelCaseWrap,
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  YellowExclamationTriangleIcon,
  BlueInfoCircleIcon,
} from './components/status';
export { useOverlay, useModal } from './components/overlay';
export { useDeleteModal, useLabelsModal, useAnnotationsModal } from './components/resource-modals';
export { NamespaceBar } from './components/namespace-bar';
export { ActionServiceProvider } from './components/actions';
export {
  VirtualizedTable,
  TableData,
  useActiveColumns,
  ListPageFilter,
  useListPageFilter,
} from './components/tables';
export {
  Overview,
  OverviewGrid,
  InventoryItem,
  InventoryItemTitle,
  InventoryItemBody,
  InventoryItemStatus,
  InventoryItemLoading,
  StatusPopupSection,
  StatusPopupItem,
  usePrometheusPoll,
  QueryBrowser,
  ErrorBoundaryFallbackPage,
  useQuickStartContext,
} from './components/misc';
