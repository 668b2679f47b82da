/**
 * The Kubernetes API simulator: `createCluster` (the in-process `ClusterApi`), `startApiServer`
 * (real kubectl works against it), `writeKubeconfig`, and the CLI's `main`.
 */
export type * from './api';
export { main, type CliOptions, type MainHooks } from './cli';
export { type Cluster, type ClusterOptions, createCluster, defaultNamespaces } from './cluster';
export { ApiError, isApiError } from './errors';
export { type FaultConfig, FaultInjector, type FaultVerb } from './faults';
export { kubeconfig, writeKubeconfig } from './kubeconfig';
export { type ApiServer, type ApiServerOptions, startApiServer } from './server';
