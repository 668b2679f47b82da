/**
 * The object inventory of a TempoStack: every object the Tempo Operator v0.22.0 creates for the
 * stack's effective spec, and the objects other controllers create because of them
 * (components-and-naming.md §2).
 */
import type {
  Component,
  IngressSpec,
  QuantityValue,
  TempoStack,
  TLSRouteTermination,
} from './types';
import { COMPONENTS } from './types';
import type { OperatorFeatures, ResolvedOperatorFeatures } from './effective-spec';
import {
  effectiveStack,
  isDistributorTLSEnabled,
  isGatewayEnabled,
  isJaegerQueryEnabled,
  isMetricsGeneratorEnabled,
  isNetworkPolicyEnabled,
  isOauthProxyEnabled,
  replicasOf,
  resolveOperatorFeatures,
  routeTimeoutAnnotation,
  tenantMode,
  tenantNames,
  versionAtLeast,
} from './effective-spec';
import {
  commonLabels,
  componentLabels,
  defaultServiceAccountName,
  effectiveServiceAccount,
  GOSSIP_MEMBER_LABEL,
  ingesterPvcName,
  INJECT_CABUNDLE_ANNOTATION,
  instanceMatchLabels,
  LABEL_COMPONENT,
  mtlsSecretName,
  objectName,
  ROUTE_TIMEOUT_ANNOTATION,
  SERVING_CERT_ANNOTATION,
  workloadFor,
  ZONE_AWARE_LABEL,
} from './naming';
import type { ComponentLabelValue, ServiceComponent } from './naming';
import { containerNames, containerPorts, servicePorts } from './ports';
import type { ContainerName, ContainerPortSpec, ServicePortSpec } from './ports';

/** Which controller creates an object. */
export type ObjectCreator =
  'operator' | 'service-ca' | 'statefulset-controller' | 'cloud-credential-operator';

/** Short code of the condition under which an object exists. */
export type ExpectedObjectCondition =
  | 'always'
  | 'defaultServiceAccount'
  | 'distributorServingCerts'
  | 'jaegerRoute'
  | 'jaegerIngress'
  | 'jaegerOauthProxy'
  | 'jaegerMonitorTabOpenShift'
  | 'metricsGenerator'
  | 'gatewayEnabled'
  | 'gatewayServingCerts'
  | 'gatewayRoute'
  | 'gatewayIngress'
  | 'gatewayOpenShiftMode'
  | 'gatewayOpenShiftServingCerts'
  | 'serviceMonitors'
  | 'serviceMonitorsAndGateway'
  | 'prometheusRules'
  | 'grafanaDatasource'
  | 'networkPolicy'
  | 'networkPolicyAndGateway'
  | 'networkPolicyAndMetricsGenerator'
  | 'builtInCertManagement'
  | 'tokenCCO';

/** Kinds of objects in the inventory. */
export type ExpectedKind =
  | 'ConfigMap'
  | 'Secret'
  | 'ServiceAccount'
  | 'Service'
  | 'Deployment'
  | 'StatefulSet'
  | 'PersistentVolumeClaim'
  | 'PodDisruptionBudget'
  | 'Route'
  | 'Ingress'
  | 'Role'
  | 'RoleBinding'
  | 'ClusterRole'
  | 'ClusterRoleBinding'
  | 'NetworkPolicy'
  | 'ServiceMonitor'
  | 'PrometheusRule'
  | 'GrafanaDatasource'
  | 'CredentialsRequest';

/** A container of a workload's pod template. */
export interface ExpectedContainer {
  name: ContainerName;
  ports: ContainerPortSpec[];
}

/** One object the operator (or a controller acting on its objects) creates for a TempoStack. */
export interface ExpectedObject {
  apiVersion: string;
  kind: ExpectedKind;
  name: string;
  /** Absent for cluster-scoped objects. */
  namespace?: string;
  /** Value of the object's `app.kubernetes.io/component` label, when it has one. */
  component?: ComponentLabelValue;
  labels: Record<string, string>;
  /** Annotations the operator sets that do not depend on Secret contents. */
  annotations?: Record<string, string>;
  /** Carries a controller ownerReference to the TempoStack. */
  ownedByTempoStack: boolean;
  createdBy: ObjectCreator;
  when: ExpectedObjectCondition;
  /** Deployments / StatefulSet. */
  workload?: {
    replicas: number;
    selector: Record<string, string>;
    podLabels: Record<string, string>;
    serviceAccountName: string;
    containers: ExpectedContainer[];
  };
  /** Services. */
  service?: {
    ports: ServicePortSpec[];
    selector: Record<string, string>;
    headless: boolean;
    publishNotReadyAddresses: boolean;
  };
  /** PodDisruptionBudgets. */
  pdb?: { maxUnavailable: number; selector: Record<string, string> };
  /** Routes; `termination` absent means no TLS (`insecure`). */
  route?: {
    to: string;
    targetPort: string;
    termination?: Exclude<TLSRouteTermination, 'insecure'>;
    host?: string;
    wildcardPolicy?: 'None';
  };
  /** Ingresses; without `host` the backend is the default backend. */
  ingress?: {
    backendService: string;
    backendPort: string;
    host?: string;
    ingressClassName?: string;
  };
  /** PersistentVolumeClaims. */
  pvc?: {
    ordinal: number;
    storage: QuantityValue;
    storageClassName?: string;
    accessModes: ['ReadWriteOnce'];
  };
  /** Data keys of ConfigMaps / Secrets the operator writes. */
  dataKeys?: string[];
  /** Secret type. */
  secretType?: 'Opaque' | 'kubernetes.io/tls';
}

const API = {
  v1: 'v1',
  apps: 'apps/v1',
  policy: 'policy/v1',
  route: 'route.openshift.io/v1',
  networking: 'networking.k8s.io/v1',
  rbac: 'rbac.authorization.k8s.io/v1',
  monitoring: 'monitoring.coreos.com/v1',
  grafana: 'grafana.integreatly.org/v1beta1',
  cco: 'cloudcredential.openshift.io/v1',
} as const;

const THANOS_QUERIER_OPENSHIFT_MONITORING =
  'https://thanos-querier.openshift-monitoring.svc.cluster.local:9092';

/** What every section of the inventory needs to know about the stack. */
interface InventoryContext {
  /** The effective stack (admission defaults applied). */
  stack: TempoStack;
  features: ResolvedOperatorFeatures;
  name: string;
  ns?: string;
  v022: boolean;
  gateway: boolean;
  metricsGenerator: boolean;
  jaegerQuery: boolean;
  oauth: boolean;
  openshiftMode: boolean;
}

function oauthRedirectReference(routeName: string): string {
  return `{"kind":"OAuthRedirectReference","apiVersion":"v1","reference":{"kind":"Route","name":"${routeName}"}}`;
}

function object(
  ctx: InventoryContext,
  apiVersion: string,
  kind: ExpectedKind,
  name: string,
  component: ComponentLabelValue | undefined,
  labels: Record<string, string>,
  when: ExpectedObjectCondition,
  extra: Partial<ExpectedObject> = {},
): ExpectedObject {
  return {
    apiVersion,
    kind,
    name,
    ...(ctx.ns !== undefined ? { namespace: ctx.ns } : {}),
    ...(component ? { component } : {}),
    labels,
    ownedByTempoStack: true,
    createdBy: 'operator',
    when,
    ...extra,
  };
}

/** An object labelled with a component's labels. */
function componentObject(
  ctx: InventoryContext,
  apiVersion: string,
  kind: ExpectedKind,
  name: string,
  component: ComponentLabelValue,
  when: ExpectedObjectCondition,
  extra: Partial<ExpectedObject> = {},
): ExpectedObject {
  return object(
    ctx,
    apiVersion,
    kind,
    name,
    component,
    componentLabels(ctx.name, component),
    when,
    extra,
  );
}

function serviceAccountOf(ctx: InventoryContext, component: Component): string {
  if (component === 'query-frontend' && ctx.oauth) return objectName(ctx.name, component);
  if (component === 'gateway' && ctx.openshiftMode) return objectName(ctx.name, component);
  return effectiveServiceAccount(ctx.stack);
}

function workloadObject(
  ctx: InventoryContext,
  component: Component,
  when: ExpectedObjectCondition,
): ExpectedObject {
  const { kind, name } = workloadFor(ctx.name, component);
  const podLabels = componentLabels(ctx.name, component);
  if (component !== 'gateway') podLabels[GOSSIP_MEMBER_LABEL] = 'true';
  const zoneAware = (ctx.stack.spec.replicationZones ?? []).length > 0;
  if (zoneAware && component !== 'compactor' && ctx.v022) podLabels[ZONE_AWARE_LABEL] = 'enabled';
  return componentObject(ctx, API.apps, kind, name, component, when, {
    workload: {
      replicas: replicasOf(ctx.stack, component),
      selector: componentLabels(ctx.name, component),
      podLabels,
      serviceAccountName: serviceAccountOf(ctx, component),
      containers: containerNames(ctx.stack, component, ctx.features).map((c) => ({
        name: c,
        ports: containerPorts(ctx.stack, component, c, ctx.features),
      })),
    },
  });
}

function serviceObject(
  ctx: InventoryContext,
  service: ServiceComponent,
  when: ExpectedObjectCondition,
  annotations?: Record<string, string>,
): ExpectedObject {
  const headless = service === 'gossip-ring' || service === 'query-frontend-discovery';
  const selector =
    service === 'gossip-ring'
      ? { ...commonLabels(ctx.name), [GOSSIP_MEMBER_LABEL]: 'true' }
      : componentLabels(
          ctx.name,
          service === 'query-frontend-discovery' ? 'query-frontend' : service,
        );
  return componentObject(ctx, API.v1, 'Service', objectName(ctx.name, service), service, when, {
    ...(annotations ? { annotations } : {}),
    service: {
      ports: servicePorts(ctx.stack, service, ctx.features),
      selector,
      headless,
      publishNotReadyAddresses: headless,
    },
  });
}

/** The component's PodDisruptionBudget (v0.22.0+). */
function pdbObjects(
  ctx: InventoryContext,
  component: Component,
  when: ExpectedObjectCondition,
): ExpectedObject[] {
  if (!ctx.v022) return [];
  const name = objectName(ctx.name, component);
  return [
    componentObject(ctx, API.policy, 'PodDisruptionBudget', name, component, when, {
      pdb: { maxUnavailable: 1, selector: componentLabels(ctx.name, component) },
    }),
  ];
}

/** A serving-certificate Secret the service-ca operator creates for an annotated Service. */
function serviceCaSecret(
  ctx: InventoryContext,
  name: string,
  when: ExpectedObjectCondition,
): ExpectedObject {
  return object(ctx, API.v1, 'Secret', name, undefined, {}, when, {
    ownedByTempoStack: false,
    createdBy: 'service-ca',
    secretType: 'kubernetes.io/tls',
  });
}

/** A ConfigMap the service-ca operator injects its CA bundle into. */
function caBundleConfigMap(
  ctx: InventoryContext,
  name: string,
  component: Component,
  when: ExpectedObjectCondition,
): ExpectedObject {
  return componentObject(ctx, API.v1, 'ConfigMap', name, component, when, {
    annotations: { [INJECT_CABUNDLE_ANNOTATION]: 'true' },
  });
}

function ingressObject(
  ctx: InventoryContext,
  component: 'query-frontend' | 'gateway',
  spec: IngressSpec | undefined,
  backendPort: string,
  when: ExpectedObjectCondition,
): ExpectedObject {
  const name = objectName(ctx.name, component);
  return componentObject(ctx, API.networking, 'Ingress', name, component, when, {
    ...(spec?.annotations ? { annotations: { ...spec.annotations } } : {}),
    ingress: {
      backendService: name,
      backendPort,
      ...(spec?.host ? { host: spec.host } : {}),
      ...(spec?.ingressClassName ? { ingressClassName: spec.ingressClassName } : {}),
    },
  });
}

function routeObject(
  ctx: InventoryContext,
  component: 'query-frontend' | 'gateway',
  spec: IngressSpec | undefined,
  targetPort: string,
  termination: TLSRouteTermination,
  when: ExpectedObjectCondition,
): ExpectedObject {
  const name = objectName(ctx.name, component);
  const annotations = { ...(spec?.annotations ?? {}) };
  if (!annotations[ROUTE_TIMEOUT_ANNOTATION]) {
    annotations[ROUTE_TIMEOUT_ANNOTATION] = routeTimeoutAnnotation(ctx.stack);
  }
  return componentObject(ctx, API.route, 'Route', name, component, when, {
    annotations,
    route: {
      to: name,
      targetPort,
      ...(termination !== 'insecure' ? { termination } : {}),
      ...(spec?.host ? { host: spec.host } : {}),
      ...(component === 'gateway' ? { wildcardPolicy: 'None' as const } : {}),
    },
  });
}

/** Main ConfigMap and the default ServiceAccount. */
function configObjects(ctx: InventoryContext): ExpectedObject[] {
  const objects = [
    componentObject(ctx, API.v1, 'ConfigMap', objectName(ctx.name), 'config', 'always', {
      dataKeys: [
        'tempo.yaml',
        'tempo-query-frontend.yaml',
        'overrides.yaml',
        ...(ctx.jaegerQuery ? ['tempo-query.yaml'] : []),
      ],
    }),
  ];
  if (effectiveServiceAccount(ctx.stack) === defaultServiceAccountName(ctx.name)) {
    objects.push(
      componentObject(
        ctx,
        API.v1,
        'ServiceAccount',
        objectName(ctx.name),
        'serviceaccount',
        'defaultServiceAccount',
      ),
    );
  }
  return objects;
}

/** Distributor workload, Service (+ service-ca receiver certificate), PDB. */
function distributorObjects(ctx: InventoryContext): ExpectedObject[] {
  const tls = ctx.stack.spec.template?.distributor?.tls;
  const servingCerts =
    isDistributorTLSEnabled(ctx.stack) &&
    ctx.features.servingCertsService &&
    !tls?.caName &&
    !tls?.certName;
  const certName = `${objectName(ctx.name, 'distributor')}-serving-cert`;
  return [
    workloadObject(ctx, 'distributor', 'always'),
    serviceObject(
      ctx,
      'distributor',
      'always',
      servingCerts ? { [SERVING_CERT_ANNOTATION]: certName } : undefined,
    ),
    ...(servingCerts
      ? [
          caBundleConfigMap(
            ctx,
            `${objectName(ctx.name)}-serving-cabundle`,
            'distributor',
            'distributorServingCerts',
          ),
          serviceCaSecret(ctx, certName, 'distributorServingCerts'),
        ]
      : []),
    ...pdbObjects(ctx, 'distributor', 'always'),
  ];
}

/** Ingester StatefulSet, one PVC per replica, Service, PDB, and the gossip-ring Service. */
function ingesterObjects(ctx: InventoryContext): ExpectedObject[] {
  const pvcs: ExpectedObject[] = [];
  const storage: QuantityValue = ctx.stack.spec.storageSize ?? '10Gi';
  const storageClassName = ctx.stack.spec.storageClassName;
  for (let ordinal = 0; ordinal < replicasOf(ctx.stack, 'ingester'); ordinal += 1) {
    pvcs.push(
      componentObject(
        ctx,
        API.v1,
        'PersistentVolumeClaim',
        ingesterPvcName(ctx.name, ordinal),
        'ingester',
        'always',
        {
          ownedByTempoStack: false,
          createdBy: 'statefulset-controller',
          pvc: {
            ordinal,
            storage,
            ...(storageClassName ? { storageClassName } : {}),
            accessModes: ['ReadWriteOnce'],
          },
        },
      ),
    );
  }
  return [
    workloadObject(ctx, 'ingester', 'always'),
    ...pvcs,
    serviceObject(ctx, 'ingester', 'always'),
    ...pdbObjects(ctx, 'ingester', 'always'),
    serviceObject(ctx, 'gossip-ring', 'always'),
  ];
}

/** Query-frontend Services, Jaeger UI Ingress/Route (+ oauth-proxy objects), monitor-tab RBAC. */
function queryFrontendObjects(ctx: InventoryContext): ExpectedObject[] {
  const qfName = objectName(ctx.name, 'query-frontend');
  const oauthSecret = `${ctx.name}-ui-oauth-proxy-tls`;
  const jaegerQuery = ctx.stack.spec.template?.queryFrontend?.jaegerQuery;
  const ingress = jaegerQuery?.ingress;
  const objects = [
    serviceObject(
      ctx,
      'query-frontend',
      'always',
      ctx.oauth ? { [SERVING_CERT_ANNOTATION]: oauthSecret } : undefined,
    ),
    serviceObject(ctx, 'query-frontend-discovery', 'always'),
  ];
  if (!ctx.gateway && ingress?.type === 'ingress') {
    objects.push(ingressObject(ctx, 'query-frontend', ingress, 'jaeger-ui', 'jaegerIngress'));
  }
  if (!ctx.gateway && ingress?.type === 'route') {
    if (ctx.oauth) {
      objects.push(
        componentObject(
          ctx,
          API.v1,
          'ServiceAccount',
          qfName,
          'query-frontend',
          'jaegerOauthProxy',
          {
            annotations: {
              'serviceaccounts.openshift.io/oauth-redirectreference.primary':
                oauthRedirectReference(qfName),
            },
          },
        ),
        serviceCaSecret(ctx, oauthSecret, 'jaegerOauthProxy'),
      );
    }
    objects.push(
      ctx.oauth
        ? routeObject(ctx, 'query-frontend', ingress, 'oauth-proxy', 'reencrypt', 'jaegerRoute')
        : routeObject(
            ctx,
            'query-frontend',
            ingress,
            'jaeger-ui',
            ingress.route?.termination ?? 'edge',
            'jaegerRoute',
          ),
    );
  }
  objects.push(workloadObject(ctx, 'query-frontend', 'always'));
  const monitorTab = jaegerQuery?.monitorTab;
  if (
    ctx.jaegerQuery &&
    monitorTab?.enabled &&
    monitorTab.prometheusEndpoint === THANOS_QUERIER_OPENSHIFT_MONITORING
  ) {
    const reader = objectName(ctx.name, 'metrics-reader');
    const when = 'jaegerMonitorTabOpenShift';
    objects.push(
      componentObject(ctx, API.rbac, 'Role', reader, 'query-frontend', when),
      componentObject(ctx, API.rbac, 'RoleBinding', reader, 'query-frontend', when),
    );
  }
  return [...objects, ...pdbObjects(ctx, 'query-frontend', 'always')];
}

/** Querier, compactor (no PDB) and the optional metrics-generator. */
function backendObjects(ctx: InventoryContext): ExpectedObject[] {
  return [
    workloadObject(ctx, 'querier', 'always'),
    serviceObject(ctx, 'querier', 'always'),
    ...pdbObjects(ctx, 'querier', 'always'),
    workloadObject(ctx, 'compactor', 'always'),
    serviceObject(ctx, 'compactor', 'always'),
    ...(ctx.metricsGenerator
      ? [
          workloadObject(ctx, 'metrics-generator', 'metricsGenerator'),
          serviceObject(ctx, 'metrics-generator', 'metricsGenerator'),
          ...pdbObjects(ctx, 'metrics-generator', 'metricsGenerator'),
        ]
      : []),
  ];
}

/** Cluster-scoped TokenReview RBAC of the gateway in openshift mode (no owner; finalizer). */
function gatewayClusterRbac(ctx: InventoryContext, kind: ExpectedKind): ExpectedObject {
  return {
    apiVersion: API.rbac,
    kind,
    name: `${objectName(ctx.name, 'gateway')}-${ctx.ns ?? ''}`,
    component: 'gateway',
    labels: {
      ...commonLabels(ctx.name),
      'app.kubernetes.io/namespace': ctx.ns ?? '',
      [LABEL_COMPONENT]: 'gateway',
    },
    ownedByTempoStack: false,
    createdBy: 'operator',
    when: 'gatewayOpenShiftMode',
  };
}

/** Gateway ConfigMap/Secret/Service, OpenShift-mode objects, Ingress/Route, workload, PDB. */
function gatewayObjects(ctx: InventoryContext): ExpectedObject[] {
  if (!ctx.gateway) return [];
  const gwName = objectName(ctx.name, 'gateway');
  const tlsSecret = objectName(ctx.name, 'gateway-tls');
  const servingCerts = ctx.features.servingCertsService;
  const objects = [
    componentObject(ctx, API.v1, 'ConfigMap', gwName, 'gateway', 'gatewayEnabled', {
      dataKeys: ['rbac.yaml'],
    }),
    componentObject(ctx, API.v1, 'Secret', gwName, 'gateway', 'gatewayEnabled', {
      dataKeys: ['tenants.yaml'],
      secretType: 'Opaque',
    }),
    serviceObject(
      ctx,
      'gateway',
      'gatewayEnabled',
      servingCerts ? { [SERVING_CERT_ANNOTATION]: tlsSecret } : undefined,
    ),
  ];
  if (servingCerts) objects.push(serviceCaSecret(ctx, tlsSecret, 'gatewayServingCerts'));
  if (ctx.openshiftMode) {
    const annotations: Record<string, string> = {};
    for (const tenant of tenantNames(ctx.stack)) {
      annotations[`serviceaccounts.openshift.io/oauth-redirectreference.${tenant}`] =
        oauthRedirectReference(gwName);
    }
    objects.push(
      gatewayClusterRbac(ctx, 'ClusterRole'),
      gatewayClusterRbac(ctx, 'ClusterRoleBinding'),
      componentObject(ctx, API.v1, 'ServiceAccount', gwName, 'gateway', 'gatewayOpenShiftMode', {
        annotations,
      }),
    );
    if (servingCerts) {
      objects.push(
        caBundleConfigMap(
          ctx,
          objectName(ctx.name, 'gateway-cabundle'),
          'gateway',
          'gatewayOpenShiftServingCerts',
        ),
      );
    }
  }
  const ingress = ctx.stack.spec.template?.gateway?.ingress;
  if (ingress?.type === 'ingress') {
    objects.push(ingressObject(ctx, 'gateway', ingress, 'public', 'gatewayIngress'));
  } else if (ingress?.type === 'route') {
    const termination = ingress.route?.termination ?? 'reencrypt';
    objects.push(routeObject(ctx, 'gateway', ingress, 'public', termination, 'gatewayRoute'));
  }
  return [
    ...objects,
    workloadObject(ctx, 'gateway', 'gatewayEnabled'),
    ...pdbObjects(ctx, 'gateway', 'gatewayEnabled'),
  ];
}

/** ServiceMonitors, PrometheusRule (prometheusOperator gate) and GrafanaDatasource (grafanaOperator gate). */
function monitoringObjects(ctx: InventoryContext): ExpectedObject[] {
  const objects: ExpectedObject[] = [];
  const metrics = ctx.stack.spec.observability?.metrics;
  if (metrics?.createServiceMonitors && ctx.features.prometheusOperator) {
    const monitored: Component[] = [
      'compactor',
      'distributor',
      'ingester',
      'querier',
      'query-frontend',
    ];
    if (ctx.gateway) monitored.push('gateway');
    for (const component of monitored) {
      objects.push(
        object(
          ctx,
          API.monitoring,
          'ServiceMonitor',
          objectName(ctx.name, component),
          component,
          { ...(metrics.extraServiceMonitorLabels ?? {}), ...componentLabels(ctx.name, component) },
          component === 'gateway' ? 'serviceMonitorsAndGateway' : 'serviceMonitors',
        ),
      );
    }
  }
  if (metrics?.createPrometheusRules && ctx.features.prometheusOperator) {
    const labels = {
      ...(metrics.extraPrometheusRuleLabels ?? {}),
      ...commonLabels(ctx.name),
      'openshift.io/prometheus-rule-evaluation-scope': 'leaf-prometheus',
    };
    const name = `${ctx.name}-prometheus-rule`;
    objects.push(
      object(ctx, API.monitoring, 'PrometheusRule', name, undefined, labels, 'prometheusRules'),
    );
  }
  if (ctx.stack.spec.observability?.grafana?.createDatasource && ctx.features.grafanaOperator) {
    objects.push(
      object(
        ctx,
        API.grafana,
        'GrafanaDatasource',
        ctx.name,
        undefined,
        commonLabels(ctx.name),
        'grafanaDatasource',
      ),
    );
  }
  return objects;
}

/** Operand NetworkPolicies (`spec.networkPolicy.enabled`, v0.20.0+). */
function networkPolicyObjects(ctx: InventoryContext): ExpectedObject[] {
  if (
    !isNetworkPolicyEnabled(ctx.stack) ||
    !versionAtLeast(ctx.features.operatorVersion, '0.20.0')
  ) {
    return [];
  }
  const root = objectName(ctx.name);
  const shared = (name: string) =>
    object(
      ctx,
      API.networking,
      'NetworkPolicy',
      name,
      undefined,
      instanceMatchLabels(ctx.name),
      'networkPolicy',
    );
  const perComponent = (component: Component, when: ExpectedObjectCondition) =>
    componentObject(
      ctx,
      API.networking,
      'NetworkPolicy',
      objectName(ctx.name, component),
      component,
      when,
    );
  return [
    shared(`${root}-gossip`),
    shared(`${root}-ingress-to-operand-metrics`),
    shared(ctx.features.openshift ? `${root}-allow-dns-openshift` : `${root}-allow-dns`),
    ...(['distributor', 'ingester', 'compactor', 'querier', 'query-frontend'] as const).map((c) =>
      perComponent(c, 'networkPolicy'),
    ),
    ...(ctx.gateway ? [perComponent('gateway', 'networkPolicyAndGateway')] : []),
    ...(ctx.metricsGenerator
      ? [perComponent('metrics-generator', 'networkPolicyAndMetricsGenerator')]
      : []),
  ];
}

/**
 * Signing CA, CA bundle and the per-component mTLS certificates (builtInCertManagement gate). All
 * seven certificates exist whether or not the gateway/metrics-generator are enabled (the
 * metrics-generator's since v0.22.0). Names are not sanitised for the CA objects.
 */
function certificateObjects(ctx: InventoryContext): ExpectedObject[] {
  if (!ctx.features.builtInCertManagement) return [];
  const labels = () => commonLabels(ctx.name);
  const when = 'builtInCertManagement';
  const tls = { secretType: 'kubernetes.io/tls' as const };
  return [
    object(ctx, API.v1, 'Secret', `tempo-${ctx.name}-signing-ca`, undefined, labels(), when, tls),
    object(ctx, API.v1, 'ConfigMap', `tempo-${ctx.name}-ca-bundle`, undefined, labels(), when, {
      dataKeys: ['service-ca.crt'],
    }),
    ...COMPONENTS.filter((c) => c !== 'metrics-generator' || ctx.v022).map((c) =>
      object(ctx, API.v1, 'Secret', mtlsSecretName(ctx.name, c), undefined, labels(), when, tls),
    ),
  ];
}

/** CredentialsRequest and the Secret the cloud-credential-operator writes (`token-cco` mode). */
function cloudCredentialObjects(ctx: InventoryContext): ExpectedObject[] {
  if (ctx.stack.spec.storage.secret.credentialMode !== 'token-cco') return [];
  if (!ctx.features.tokenCCOEnvironment) return [];
  return [
    object(ctx, API.cco, 'CredentialsRequest', ctx.name, undefined, {}, 'tokenCCO'),
    object(ctx, API.v1, 'Secret', `${ctx.name}-managed-credentials`, undefined, {}, 'tokenCCO', {
      ownedByTempoStack: false,
      createdBy: 'cloud-credential-operator',
    }),
  ];
}

/**
 * Every object the operator creates for the stack's *effective* spec (admission defaults applied,
 * see effective-spec.ts) with the given features (§2), plus the objects other controllers create
 * because of them (service-ca Secrets, ingester PVCs, the CCO Secret). Pods and ReplicaSets are
 * not listed. Features the facts mark "v0.20.0+"/"v0.22.0+" (network policies; PDBs,
 * metrics-generator, zone-aware label) follow the modelled operator version.
 */
export function expectedObjects(cr: TempoStack, features?: OperatorFeatures): ExpectedObject[] {
  const resolved = resolveOperatorFeatures(cr, features);
  const stack = effectiveStack(cr, resolved);
  const v022 = versionAtLeast(resolved.operatorVersion, '0.22.0');
  const ctx: InventoryContext = {
    stack,
    features: resolved,
    name: stack.metadata.name ?? '',
    ns: stack.metadata.namespace,
    v022,
    gateway: isGatewayEnabled(stack),
    metricsGenerator: isMetricsGeneratorEnabled(stack) && v022,
    jaegerQuery: isJaegerQueryEnabled(stack),
    oauth: isOauthProxyEnabled(stack, resolved),
    openshiftMode: tenantMode(stack) === 'openshift',
  };
  return [
    ...configObjects(ctx),
    ...distributorObjects(ctx),
    ...ingesterObjects(ctx),
    ...queryFrontendObjects(ctx),
    ...backendObjects(ctx),
    ...gatewayObjects(ctx),
    ...monitoringObjects(ctx),
    ...networkPolicyObjects(ctx),
    ...certificateObjects(ctx),
    ...cloudCredentialObjects(ctx),
  ];
}
